"""A range of numeric months: ``2024.08-09``, ``2024/08-09``, ``2024.11–2025.02``,
``2024-08 – 2024-09`` (start month precision, to the end of the last month).

Only forms that cannot be a day: the end without its year follows a ``.`` or ``/``
month (``2024-08-09`` stays the ninth of August, :mod:`.iso`); with ``-`` inside the
months both ends give their year. A yearless end before the start (``2024.08-03``) is
no date.
"""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import DASH, make_day, month_end, span

_YEAR = r"(?:19|20)\d\d"
PATTERN = (
    rf"(?P<ry1>{_YEAR})(?:(?P<rsep>[./])(?P<rm1>[01]?\d){DASH}(?:(?P<ry2>{_YEAR})(?P=rsep))?"
    rf"(?P<rm2>[01]?\d)|-(?P<rm3>[01]?\d){DASH}(?P<ry3>{_YEAR})-(?P<rm4>[01]?\d))(?![\d/.-])"
)


def build(m: re.Match[str]) -> DateSpan | None:
    year1 = int(m["ry1"])
    if m["rm3"] is not None:
        month1, year2, month2 = int(m["rm3"]), int(m["ry3"]), int(m["rm4"])
    else:
        month1, year2, month2 = int(m["rm1"]), int(m["ry2"] or year1), int(m["rm2"])
    if not (1 <= month1 <= 12 and 1 <= month2 <= 12) or (year2, month2) <= (year1, month1):
        return None
    start = make_day(year1, month1, 1)
    return span(start, month_end(year2, month2), Precision.MONTH, ranged=True)
