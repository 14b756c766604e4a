"""A date that opens an entry's words in brackets, when the entry has no ``date`` key
(a custom Hugo widget's ``title = "[29-04-2026] Our paper was accepted"``): numeric
``[DD-MM-YYYY]`` (``-``, ``.`` or ``/`` between) or ``[YYYY-MM-DD]``.

Which of the first two numbers is the day is decided for the whole list, as a reader
reads it: a number above 12 in one entry gives the order away for all; when none does,
``-`` and ``.`` are read day first (the European forms) and ``/`` month first."""

from __future__ import annotations

import datetime as dt
import re

from ..model import DateSpan, Precision

_LEADING = re.compile(
    r"\s*[\[(]\s*(?:(?P<a>[0-3]?\d)(?P<sep>[-./])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)"
    r"|(?P<iy>(?:19|20)\d\d)(?P<isep>[-./])(?P<im>[01]?\d)(?P=isep)(?P<id>[0-3]?\d))"
    r"\s*[\])]\s*[:\-–—]?\s*"
)


def leading_dates(words: list[str]) -> list[tuple[DateSpan, str] | None]:
    """For each entry's words: (its day, the words without it), or ``None`` when they do
    not open with a bracketed numeric date."""
    found = [_LEADING.match(w) for w in words]
    numeric = [m for m in found if m is not None and m["a"] is not None]
    day_first = _day_first(numeric)
    spans: list[tuple[DateSpan, str] | None] = []
    for text, m in zip(words, found, strict=True):
        day = _day(m, day_first) if m is not None else None
        spans.append((DateSpan(day, day, Precision.DAY), text[m.end() :]) if day and m else None)
    return spans


def _day_first(found: list[re.Match[str]]) -> bool:
    if any(int(m["a"]) > 12 for m in found):
        return True
    if any(int(m["b"]) > 12 for m in found):
        return False
    return bool(found) and found[0]["sep"] != "/"


def _day(m: re.Match[str], day_first: bool) -> dt.date | None:
    if m["iy"] is not None:
        year, month, day = int(m["iy"]), int(m["im"]), int(m["id"])
    else:
        a, b = int(m["a"]), int(m["b"])
        year, (day, month) = int(m["y"]), (a, b) if day_first else (b, a)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
