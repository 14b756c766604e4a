"""ISO and numeric dates: ``2022-11-18``, ``2022/11/18``, ``2022.11.18``,
``2022-11-18--2022-11-20``, ``2022-11-18--20``, ``2023-10-09/13``, and month precision
``2022-11``; a slash may have spaces around it (``2025 / 05 / 12``)."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import DASH, SLASH, make_day, month_end, span

_AGAIN = rf"(?(isep)(?P=isep)|{SLASH})"  # the separator the date began with
PATTERN = (
    rf"(?P<iy1>(?:19|20)\d\d)(?:(?P<isep>[-.])|{SLASH})(?P<im1>[01]?\d)(?:{_AGAIN}(?P<id1>[0-3]?\d))?"
    rf"(?:(?:{DASH}|/)(?:(?:(?P<iy2>(?:19|20)\d\d){_AGAIN})?(?P<im2>[01]?\d){_AGAIN})?"
    r"(?P<id2>[0-3]?\d))?(?![\d/.-])"
)


def build(m: re.Match[str]) -> DateSpan | None:
    if m["id1"] is None:
        if m["id2"] is not None:
            return None
        if not 1 <= int(m["im1"]) <= 12:
            return None
        year, month = int(m["iy1"]), int(m["im1"])
        return span(make_day(year, month, 1), month_end(year, month), Precision.MONTH, False)
    start = make_day(m["iy1"], m["im1"], m["id1"])
    if m["id2"] is None:
        return span(start, start, Precision.DAY, ranged=False)
    end = make_day(m["iy2"] or m["iy1"], m["im2"] or m["im1"], m["id2"])
    return span(start, end, Precision.DAY, ranged=True)
