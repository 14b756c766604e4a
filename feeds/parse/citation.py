"""The title of an item written as a citation: ``A. Author, **B. Writer**. [Title](…). *Venue*``.

Lists of papers under a ``Publications`` heading are often written this way: the item's
first words are its authors, and the linked text after them is what the item is about.
"""

from __future__ import annotations

import re

from ..text import shorten, squash
from .inline import Flat

# A name: "Ann Author", "A. Author", "Ann-Marie de Writer", "J.-P. Coder".
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’.-]*){0,3}\*?"
# Two names or more, then the end of the author list: "A. Author, B. Writer, and C. Coder."
_AUTHOR_LIST = re.compile(
    rf"\s*{_NAME}(?:\s*,\s*(?:and\s+|&\s*)?{_NAME}|\s+(?:and|&)\s+{_NAME})+\s*(?:et al\.?)?"
    r"\s*[.:,]?\s*[\[“\"]?$"
)


def cited_title(flat: Flat, start: int) -> str | None:
    """The linked or quoted title of an item whose words from ``start`` (past its date)
    are an author list (whose names may be links: ``[A. Author](…), B. Writer. [Title](…)``)
    followed by a title of three words or more; else ``None``."""
    links = [span for span in flat.links if span.start >= start]
    first = _title_link(flat, start, links)
    if first is None:
        return _quoted_title(flat, start, links)
    title, end = squash(flat.link_text(links[first])), links[first].end
    for span in links[first + 1 :]:  # "[Name](code): [A package for X](doi)": one title
        if not _JOINED.fullmatch(flat.text, end, span.start):
            break
        title, end = f"{title}: {squash(flat.link_text(span))}", span.end
    return shorten(title) if len(title.split()) >= 3 else None


def opens_citation(flat: Flat, start: int) -> bool:
    """Whether the words from ``start`` are an author list before a title, so that a bold
    first name there (``**A. Author**, B. Writer. [Title](…)``) is an author, not a label."""
    links = [span for span in flat.links if span.start >= start]
    return _title_link(flat, start, links) is not None or _quoted(flat, start, links) is not None


def _title_link(flat: Flat, start: int, links: list) -> int | None:
    """The index in ``links`` of the first link after an author list from ``start``: the
    links before it must each be one name of the list."""
    for index, link in enumerate(links):
        if index and not _ONE_NAME.fullmatch(flat.link_text(links[index - 1])):
            return None
        if _AUTHOR_LIST.fullmatch(flat.text, start, link.start):
            return index
    return None


def _quoted(flat: Flat, start: int, links: list) -> re.Match[str] | None:
    """The quoted title right after an author list (``A. Author, B. Writer, "Title", …``)."""
    quote = _QUOTED.search(flat.text, start)
    if quote is None or not _AUTHOR_LIST.fullmatch(flat.text, start, quote.start() + 1):
        return None
    inside = [span for span in links if span.start < quote.end()]
    if any(not _ONE_NAME.fullmatch(flat.link_text(span)) for span in inside):
        return None
    return quote


def _quoted_title(flat: Flat, start: int, links: list) -> str | None:
    quote = _quoted(flat, start, links)
    title = squash(quote["title"]).rstrip(",.") if quote else ""
    return shorten(title) if len(title.split()) >= 3 else None


_JOINED = re.compile(r"\]?\s*[:–—-]\s*\[?")
_ONE_NAME = re.compile(rf"\s*{_NAME}\s*")
_QUOTED = re.compile(r"[“\"](?P<title>[^“”\"\n]{3,300})[”\"]")
