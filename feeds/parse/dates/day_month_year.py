"""``18 Nov 2022``, ``15--19 January 2023``, ``31 Oct -- 3 Nov 2021`` (day first)."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import DASH, WEEKDAY, day_re, make_day, month_number, month_re, span, year_re

PATTERN = (
    rf"{WEEKDAY}{day_re('dd1')}\s*(?:{month_re('dm1')}\s*(?:,?\s*{year_re('dy1')})?)?"
    rf"(?:{DASH}{WEEKDAY}{day_re('dd2')})?\s+{month_re('dm2')},?\s*{year_re('dy2')}"
)


def build(m: re.Match[str]) -> DateSpan | None:
    year2 = int(m["dy2"])
    month2 = month_number(m["dm2"])
    if not m["dd2"]:
        if m["dm1"]:
            return None
        day = make_day(year2, month2, m["dd1"])
        return span(day, day, Precision.DAY, ranged=False)
    month1 = month_number(m["dm1"]) if m["dm1"] else month2
    year1 = int(m["dy1"]) if m["dy1"] else (year2 - 1 if month1 > month2 else year2)
    start = make_day(year1, month1, m["dd1"])
    return span(start, make_day(year2, month2, m["dd2"]), Precision.DAY, ranged=True)
