"""Day-first dates without a year, ``21 Feb``, ``3 January``, ``9--11 Dec``: only with a
context year (a ``### 2023`` heading or a ``- 2023`` group), like :mod:`.month_day`."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import FROM, OF_BEFORE, TO, WEEKDAY, day_re, make_day, month_number, month_re, span

PATTERN = (
    rf"{WEEKDAY}{FROM}{day_re('zd1')}(?:{TO}{day_re('zd2')})?\s+{OF_BEFORE}{month_re('zm1')}"
    rf"(?![\d,]*\s*(?:19|20)\d\d)"
)


def build(m: re.Match[str], year: int) -> DateSpan | None:
    month = month_number(m["zm1"])
    start = make_day(year, month, m["zd1"])
    if not m["zd2"]:
        return span(start, start, Precision.DAY, ranged=False)
    return span(start, make_day(year, month, m["zd2"]), Precision.DAY, ranged=True)
