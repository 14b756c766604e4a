"""``Nov 18, 2022``, ``Oct 26 2021``, ``October, 12th 2021``, ``Jan 15--19, 2023``,
``Oct 31--Nov 03, 2021``, ``Dec 30, 2022 -- Jan 2, 2023`` (month name first, US style)."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import DASH, WEEKDAY, day_re, make_day, month_number, month_re, span, year_re

PATTERN = (
    rf"{WEEKDAY}{month_re('m1')},?\s*{day_re('d1')}(?:,?\s*{year_re('y1')})?"
    rf"(?:{DASH}{WEEKDAY}(?:{month_re('m2')}\s*)?{day_re('d2')})?,?\s*{year_re('y2')}"
)


def build(m: re.Match[str]) -> DateSpan | None:
    year2 = int(m["y2"])
    year1 = int(m["y1"]) if m["y1"] else year2
    if m["y1"] and not m["d2"]:
        return None  # "Nov 18, 2022 2023" is not a date
    month1 = month_number(m["m1"])
    month2 = month_number(m["m2"]) if m["m2"] else month1
    start = make_day(year1, month1, m["d1"])
    if not m["d2"]:
        return span(start, start, Precision.DAY, ranged=False)
    if not m["y1"] and month2 < month1:
        year1 = year2 - 1  # "Dec 30--Jan 2, 2023" crosses New Year
        start = make_day(year1, month1, m["d1"])
    return span(start, make_day(year2, month2, m["d2"]), Precision.DAY, ranged=True)
