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
    r"\s*[.:]?\s*[\[“\"]?$"
)


def cited_title(flat: Flat, start: int) -> str | None:
    """The linked title of an item whose words from ``start`` (past its date) are an
    author list followed by a link with a title of three words or more; else ``None``."""
    links = [span for span in flat.links if span.start >= start]
    if not links or not _AUTHOR_LIST.fullmatch(flat.text, start, links[0].start):
        return None
    title, end = squash(flat.link_text(links[0])), links[0].end
    for span in links[1:]:  # "[Name](code): [A package for X](doi)": one title
        if not _JOINED.fullmatch(flat.text, end, span.start):
            break
        title, end = f"{title}: {squash(flat.link_text(span))}", span.end
    return shorten(title) if len(title.split()) >= 3 else None


_JOINED = re.compile(r"\]?\s*[:–—-]\s*\[?")
