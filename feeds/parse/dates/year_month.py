"""Year before month: ``2025 Sept``, ``2026 Jul``, ``2024 March`` (month precision), as
lists written newest first with the year in front (``2025 Sept: two papers …``)."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import make_day, month_end, month_number, month_re, span, year_re

# Not followed by a day or another number ("2025 May 3" is not a month; "2024 Mar 2025" neither).
PATTERN = rf"{year_re('yy')}\s+{month_re('ym')}(?!\s*\d)"


def build(m: re.Match[str]) -> DateSpan | None:
    year, month = int(m["yy"]), month_number(m["ym"])
    return span(make_day(year, month, 1), month_end(year, month), Precision.MONTH, False)
