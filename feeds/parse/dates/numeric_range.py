"""Ranges of numeric dates: ``5/3/2022 - 5/6/2022``, ``03.05.2022 – 06.05.2022``, the
first without its year (``5/3-5/6/2022``, ``03.05.-06.05.2022``), days of one month
(``18-20/11/2024``, ``18.-20.11.2024``: the days first, so day first), and months
(``08/2024 - 09/2024``, ``08.2024-09.2024``, ``08-09/2024``).

Day or month first as :mod:`.numeric` decides for one date: day first when a number
gives it away, for dotted dates, or when the page's reading says so.
"""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import DASH, make_day, month_end, span
from .reading import day_first, dotted_day_first

_YEAR = r"(?:19|20)\d\d"
_D = r"[0-3]?\d"
_M = r"[01]?\d"
PATTERN = (
    rf"(?:(?P<ua>{_D})(?P<us>[./])(?P<ub>{_D})(?:(?P=us)(?P<uy1>{_YEAR}))?\.?{DASH}"
    rf"(?P<uc>{_D})(?P<us2>[./])(?P<ud>{_D})(?P=us2)(?P<uy2>{_YEAR})"  # 31.10-1/11/2025
    rf"|(?P<ue>{_D})\.?{DASH}(?P<uf>{_D})(?P<ut>[./])(?P<ug>{_M})(?P=ut)(?P<uy3>{_YEAR})"
    rf"|(?P<um1>{_M})(?:[./](?P<umy1>{_YEAR}))?{DASH}(?P<um2>{_M})[./](?P<umy2>{_YEAR}))"
    r"(?![\d/.-])"
)


def build(m: re.Match[str]) -> DateSpan | None:
    if m["um1"] is not None:
        year2, month2, month1 = int(m["umy2"]), int(m["um2"]), int(m["um1"])
        year1 = int(m["umy1"] or year2)
        if not (1 <= month1 <= 12 and 1 <= month2 <= 12) or (year2, month2) <= (year1, month1):
            return None
        return span(make_day(year1, month1, 1), month_end(year2, month2), Precision.MONTH, True)
    if m["ue"] is not None:
        year, month = int(m["uy3"]), int(m["ug"])
        return _days(make_day(year, month, m["ue"]), make_day(year, month, m["uf"]))
    a, b, c, d = (int(m[g]) for g in ("ua", "ub", "uc", "ud"))
    reads = dotted_day_first() if m["us"] == "." else day_first()
    first = a > 12 or c > 12 or (reads and b <= 12 and d <= 12)
    (month1, day1), (month2, day2) = ((b, a), (d, c)) if first else ((a, b), (c, d))
    year2 = int(m["uy2"])
    return _days(make_day(m["uy1"] or year2, month1, day1), make_day(year2, month2, day2))


def _days(start, end) -> DateSpan | None:
    if start is None or end is None or end <= start:
        return None
    return span(start, end, Precision.DAY, ranged=True)
