"""Year before month: ``2025 Sept``, ``2026 Jul``, ``2024 March`` (month precision), as
lists written newest first with the year in front (``2025 Sept: two papers …``), and
with a day after the month: ``2024 May 3``, ``2024 Sept 12th`` (day precision)."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import make_day, month_end, month_number, month_re, span, year_re

# A day of one or two digits after the month, else no number ("2024 Mar 2025" is no date).
PATTERN = (
    rf"{year_re('yy')}\s+{month_re('ym')}"
    rf"(?:\s+(?P<yd>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|[:/.-]\d))?(?!\s*\d)"
)


def build(m: re.Match[str]) -> DateSpan | None:
    year, month = int(m["yy"]), month_number(m["ym"])
    if m["yd"] is not None:
        day = make_day(year, month, m["yd"])
        return span(day, day, Precision.DAY, ranged=False)
    return span(make_day(year, month, 1), month_end(year, month), Precision.MONTH, False)
