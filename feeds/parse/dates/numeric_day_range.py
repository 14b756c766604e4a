"""A range of two numeric days without a year, ``09/07-09/13``, ``09.07 – 09.13``,
``04.05.-06.05.``: only with a context year (a ``## 2025`` heading), like
:mod:`.day_month_slash` for one day. Read as the page reads its numeric dates
(:mod:`.reading`) unless a number over 12 gives the order away; an end month before the
start's is in the next year (``12/28-01/03``)."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import DASH, make_day, span
from .reading import day_first

_N = r"[0-3]?\d"
PATTERN = (
    rf"(?<![\w/.])(?P<nra>{_N})(?P<nrs>[./])(?P<nrb>{_N})\.?{DASH}"
    rf"(?P<nrc>{_N})(?P=nrs)(?P<nrd>{_N})\.?(?![\d/.-])"
)


def build(m: re.Match[str], year: int) -> DateSpan | None:
    a, b, c, d = (int(m[g]) for g in ("nra", "nrb", "nrc", "nrd"))
    first = a > 12 or c > 12 or (day_first() and b <= 12 and d <= 12)
    (month1, day1), (month2, day2) = ((b, a), (d, c)) if first else ((a, b), (c, d))
    start = make_day(year, month1, day1)
    end = make_day(year + (month2 < month1), month2, day2)
    if start is None or end is None or end <= start:
        return None
    return span(start, end, Precision.DAY, ranged=True)
