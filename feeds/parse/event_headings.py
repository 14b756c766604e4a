"""Headings that are events: inside a news section, a subsection heading that names the
day of what it announces among its words, not first (``#### Online-Workshop am 15. Juli
2025``, ``### Lab retreat at the coast (May 5, 2024)``, ``#### Group at BiblioCon 2026
(19.05. - 22.05.2026)``), over what happened there (a programme, the talks given, slides),
is one item: the heading is its title and date, and everything written under it up to the
next heading of its level or above is its body, not items of their own (a schedule's
``- 14:00-14:30 Welcome`` lines are no news).

A heading that opens with its date is a heading item (:mod:`.heading_items`); one dated
only to a month or a year (``### Awards (Nov 2023)``, ``### 2023 Highlights``) names a
part of the news whose entries are items; a heading that is only a date dates the items
under it; one naming two or more dates (``### Talks 12 May 2024 and 3 June 2024``) is
none of these.
"""

from __future__ import annotations

import re

from markdown_it.token import Token

from ..model import Precision
from .dates import find_dates, match_prefix

_MARKUP = re.compile(r"[*_\\`]|!?\[(?=[^\]]*\]\()|\]\([^)]*\)|<[^>]*>")
_WORD = re.compile(r"[^\W\d_]{2,}")
_LEAST_WORDS = 2  # words besides the date: "Online-Workshop am 15. Juli 2025"
_LEAST_SIBLINGS = 2  # headings of one level naming their day: an archive of events


def event_date(text: str) -> str | None:
    """The day heading ``text`` (Markdown inline text) names among other words, its date
    not opening it, as written (``15. Juli 2025``, ``19.05. - 22.05.2026``); else ``None``.
    Years alone beside it are names (``DHd 2026``); any other date makes it no event."""
    plain = " ".join(_MARKUP.sub("", text).split())
    if not plain or match_prefix(plain) is not None:
        return None
    finer = [d for d in find_dates(plain, 0, len(plain)) if d.span.precision is not Precision.YEAR]
    if len(finer) != 1 or finer[0].span.precision is not Precision.DAY:
        return None
    found = finer[0]
    rest = plain[: found.start] + " " + plain[found.end :]
    return plain[found.start : found.end] if len(_WORD.findall(rest)) >= _LEAST_WORDS else None


def event_headings(tokens: list[Token]) -> dict[int, str]:
    """The index of each top-level ``heading_open`` of ``tokens`` that opens an event, and
    the event's date as written: a heading naming its day (:func:`event_date`), and, among
    two or more such headings of one level under the same heading, a sibling that names
    its month or year alone the same way (``#### Arbeitstreffen Oktober 2023 in Dresden``,
    ``#### Neujahrskolloquium 2021/22``): one archive of events, each dated as it can be."""
    found: dict[int, str] = {}
    groups: dict[tuple[int, int], list[tuple[int, str]]] = {}
    above: list[tuple[int, int]] = []  # (level, index) of the headings enclosing this one
    for k, tok in enumerate(tokens):
        if tok.type != "heading_open" or tok.level != 0 or k + 1 >= len(tokens):
            continue
        level, text = int(tok.tag[1]), tokens[k + 1].content
        while above and above[-1][0] >= level:
            above.pop()
        groups.setdefault((level, above[-1][1] if above else -1), []).append((k, text))
        above.append((level, k))
        if (day := event_date(text)) is not None:
            found[k] = day
    for members in groups.values():
        if sum(k in found for k, _ in members) < _LEAST_SIBLINGS:
            continue
        for k, text in members:
            if k not in found and (date := _coarser_date(text)) is not None:
                found[k] = date
    return found


def _coarser_date(text: str) -> str | None:
    """The one date heading ``text`` names among other words, not opening it, to a month
    or a year; else ``None``."""
    plain = " ".join(_MARKUP.sub("", text).split())
    if not plain or match_prefix(plain) is not None:
        return None
    dates = find_dates(plain, 0, len(plain))
    if len(dates) != 1 or dates[0].span.precision is Precision.DAY:
        return None
    found = dates[0]
    rest = plain[: found.start] + " " + plain[found.end :]
    return plain[found.start : found.end] if len(_WORD.findall(rest)) >= _LEAST_WORDS else None


def section_end(tokens: list[Token], start: int, level: int) -> int:
    """The index of the first heading at or above ``level`` after ``tokens[start]`` (a
    heading's ``heading_open``), else the end of ``tokens``."""
    for k in range(start + 1, len(tokens)):
        tok = tokens[k]
        if tok.type == "heading_open" and tok.level == 0 and int(tok.tag[1]) <= level:
            return k
    return len(tokens)
