"""Each file read once while a site is read: a page asked for again is not read and
decoded again.

A site's readers each ask about the homepage (is it a news file, a talks page, headless,
its title, its permalink, its listings, its languages…): ten readings of its whole text,
3 ms each for a 1.2 MB page. While :func:`reading_once` holds (a build, a listing:
:mod:`feeds.build`), :func:`~feeds.parse.front_matter.read_text` keeps each text it
made, under the file's path, size and modification time.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

_Key = tuple[int, int, int, int]  # the file (device, inode), its size and modification time
_TEXTS: ContextVar[dict[_Key, str] | None] = ContextVar("texts", default=None)


@contextmanager
def reading_once() -> Iterator[None]:
    """Meanwhile, the text of a file read before (unchanged since) is given again (inside
    another such reading: the texts that one keeps)."""
    kept = _TEXTS.get()
    token = _TEXTS.set({} if kept is None else kept)
    try:
        yield
    finally:
        _TEXTS.reset(token)


def once(path: Path, read: Callable[[], str]) -> str:
    """``read()``, the text of ``path``; while :func:`reading_once` holds, that of the
    reading before of the same file when its size and modification time are the same."""
    texts = _TEXTS.get()
    if texts is None:
        return read()
    try:
        info = os.stat(path)
    except OSError:
        return read()  # says why it cannot be read
    key = (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)  # by whatever path
    if (text := texts.get(key)) is None:
        text = texts[key] = read()
    return text
