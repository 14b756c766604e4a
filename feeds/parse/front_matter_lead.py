"""White space before a page's front matter, read as the site's generator reads it.

Hugo's page lexer skips blank lines, spaces, tabs and a BOM before the ``---``/``+++``
that opens front matter, and Pandoc (Quarto, R Markdown) reads a YAML block after blank
lines too: such a page is rendered with its front matter. Jekyll, Hexo and Eleventy
(gray-matter) want the fence on the first line, else the file has none. A build reads
its inputs inside :func:`reading_spaced_front_matter`, told which kind its site is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_SPACED: ContextVar[bool] = ContextVar("spaced_front_matter", default=False)
_LEAD = re.compile(r"\A\ufeff?(?:[ \t]*\n)*[ \t]*(?=---[ \t]*\n|\+\+\+)")  # a key may follow +++


@contextmanager
def reading_spaced_front_matter(on: bool) -> Iterator[None]:
    """Meanwhile, front matter after white space is read (``on``) or not."""
    token = _SPACED.set(on)
    try:
        yield
    finally:
        _SPACED.reset(token)


def keys_after_fence() -> bool:
    """Whether a key may follow the opening ``+++`` on its line, as Hugo's page lexer reads
    it (front matter starts right after the fence); read while the site is Hugo's (or
    Pandoc's, which has no ``+++`` front matter at all). Other readers (Zola) want the
    fence alone."""
    return _SPACED.get()


def spaced_lead(text: str) -> tuple[str, str]:
    """(the white space before the front matter of ``text`` as that many empty lines,
    the text from its fence on) while the site's generator skips it; else ``("", text)``."""
    if not _SPACED.get():
        return "", text
    match = _LEAD.match(text)
    if match is None:
        return "", text
    return "\n" * match.group().count("\n"), text[match.end() :]
