"""Parsed pages kept between builds, so a rebuild does not parse an unchanged page again.

A deploy rebuilds the feeds although the news page rarely changed: tokenising and
reading the items of a long page is most of a build's time. Each page read for news
keeps one file in the cache folder (named after the page's path): the page, its items
and the problems reading it reported, under a key made of everything the result
depends on: the page's text after includes are expanded, the settings the parser reads,
the parser's own source code and the versions of the Markdown libraries. A different
key is a miss: the page is parsed and its file replaced. A hit replays the problems, so
a rebuild says what the first build said.

The folder (setting ``cache``, env ``FEEDS_CACHE``; default ``$XDG_CACHE_HOME/feeds``
or ``~/.cache/feeds``; ``off`` for none) is outside the output folder, holds only what
can be derived again and is safe to delete. Its files are pickles, so only a folder
that belongs to the user running the build and that no one else may write to is read.
"""

from __future__ import annotations

import copy
import hashlib
import os
import pickle
import stat
import sys
import tempfile
from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from ..diagnostics import Problem
from ..model import Item
from ..parse.page import Page

OFF = ("off", "none", "no", "false", "0")
# The packages that read pages (import names): an upgrade rewrites their files.
_LIBRARIES = ("markdown_it", "mdit_py_plugins", "nh3", "frontmatter", "yaml", "emoji")


def cache_folder(setting: str) -> Path | None:
    """The folder the ``cache`` setting names (``None``: no cache)."""
    if setting.strip().lower() in OFF:
        return None
    if setting.strip():
        return Path(setting).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "feeds"


@cache
def _code_digest() -> str:
    """What the parser is: this package's source files and the libraries it reads pages
    with. A source file counts by its size and modification time, as Python checks a
    module's bytecode against its source: what the key says is the code that runs
    (reading the ~1.5 MB of source cost ~6 ms a build, its size and time ~1 ms)."""
    digest = hashlib.sha256(sys.version.encode())
    digest.update(_sources_digest(str(Path(__file__).resolve().parent.parent)).encode())
    for name in _LIBRARIES:  # found, not imported (importlib.metadata costs ~10 ms a build)
        spec = find_spec(name)
        origin = Path(spec.origin) if spec is not None and spec.origin else None
        info = origin.stat() if origin is not None and origin.is_file() else None
        stamp = (info.st_size, info.st_mtime_ns) if info is not None else None
        digest.update(f"{name}={stamp}".encode())
    return digest.hexdigest()


def _sources_digest(package: str) -> str:
    """The names, sizes and modification times of the ``*.py`` files under ``package``."""
    digest = hashlib.sha256()
    for parts in _sources(package):  # as sorted(package.rglob("*.py")), at half the cost
        info = os.stat(os.path.join(package, *parts))
        digest.update(f"{os.path.join(*parts)}={info.st_size},{info.st_mtime_ns};".encode())
    return digest.hexdigest()


def _sources(package: str) -> list[tuple[str, ...]]:
    """The ``*.py`` files under ``package``, each as its path's parts below it, in the
    order of their paths (a folder's files sort by the parts, as :class:`Path` does)."""
    found = []
    for folder, _, names in os.walk(package):
        below = os.path.relpath(folder, package)
        start = () if below == os.curdir else tuple(below.split(os.sep))
        found += [(*start, name) for name in names if name.endswith(".py")]
    return sorted(found)


def page_key(*parts: Any) -> str:
    """The key of a parse: the code's digest and ``parts`` (text, settings, flags)."""
    digest = hashlib.sha256(_code_digest().encode())
    digest.update(repr(parts).encode())
    return digest.hexdigest()


@dataclass
class Parsed:
    page: Page
    items: list[Item]
    problems: list[Problem]


class ParsedPages:
    """The cache folder: :meth:`load` a page's parse by key, :meth:`store` a new one."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder if folder is not None and _private(folder) else None

    def _slot(self, source: str) -> Path:
        assert self.folder is not None
        name = hashlib.sha256(os.path.abspath(source).encode()).hexdigest()[:32]
        return self.folder / f"{name}.pickle"

    def load(self, source: str, key: str) -> Parsed | None:
        if self.folder is None:
            return None
        try:
            with self._slot(source).open("rb") as file:
                stored_key, parsed = pickle.load(file)
        except Exception:  # missing, half-written or from another version: parse again
            return None
        return parsed if stored_key == key and isinstance(parsed, Parsed) else None

    def store(self, source: str, key: str, parsed: Parsed) -> None:
        """Keep ``parsed`` (its page without the tokens, which no later stage reads)."""
        if self.folder is None:
            return
        page = copy.copy(parsed.page)
        page.items = []
        try:
            data = pickle.dumps((key, Parsed(page, parsed.items, parsed.problems)), protocol=5)
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            handle, temp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temp, self._slot(source))
        except (OSError, pickle.PicklingError, RecursionError, TypeError):
            pass  # a cache that cannot be written costs the next build time, nothing else


def _private(folder: Path) -> bool:
    """``folder`` (or the first of its parents that exists) is the user's, and only the
    user may write there: a pickle someone else could plant is never loaded."""
    probe = folder
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    try:
        info = probe.stat()
    except OSError:
        return False
    if not hasattr(os, "getuid"):
        return True
    if probe == folder:
        return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    return info.st_uid == os.getuid() or not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def parsed_pages(setting: str) -> ParsedPages:
    """The cache the ``cache`` setting names."""
    return ParsedPages(cache_folder(setting))
