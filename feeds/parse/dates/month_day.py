"""Dates without a year, ``Nov 18``, ``Oct 3--5``, ``Oct 31 - Nov 2``: only under a
heading or group that gives the year (``### 2023``, ``- 2021`` with nested items).

Not in :data:`~feeds.parse.dates.grammar.RULES`: it is tried only with a context year.
"""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import DASH, WEEKDAY, day_re, make_day, month_number, month_re, span

PATTERN = (
    rf"{WEEKDAY}{month_re('ym1')}\s*{day_re('yd1')}"
    rf"(?:{DASH}(?:{month_re('ym2')}\s*)?{day_re('yd2')})?(?![\d,]*\s*(?:19|20)\d\d)"
)


def build(m: re.Match[str], year: int) -> DateSpan | None:
    month1 = month_number(m["ym1"])
    start = make_day(year, month1, m["yd1"])
    if not m["yd2"]:
        return span(start, start, Precision.DAY, ranged=False)
    month2 = month_number(m["ym2"]) if m["ym2"] else month1
    end_year = year + 1 if month2 < month1 else year
    return span(start, make_day(end_year, month2, m["yd2"]), Precision.DAY, ranged=True)
