"""Month precision: ``Aug, 2022``, ``August 2022``, ``Jul--Aug 2022``, ``Dec 2022 -- Jan 2023``,
and in other languages ``juin 2023``, ``Mai 2023``, ``marzo de 2024``."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import DASH, OF_AFTER, make_day, month_end, month_number, month_re, span, year_re

PATTERN = (
    rf"{month_re('mm1')}(?:,?\s*{year_re('my1')})?"
    rf"(?:{DASH}{month_re('mm2')})?{OF_AFTER},?\s*{year_re('my2')}"
)


def build(m: re.Match[str]) -> DateSpan | None:
    year2 = int(m["my2"])
    month1 = month_number(m["mm1"])
    if not m["mm2"]:
        if m["my1"]:
            return None
        return span(make_day(year2, month1, 1), month_end(year2, month1), Precision.MONTH, False)
    month2 = month_number(m["mm2"])
    year1 = int(m["my1"]) if m["my1"] else (year2 - 1 if month1 > month2 else year2)
    return span(make_day(year1, month1, 1), month_end(year2, month2), Precision.MONTH, True)
