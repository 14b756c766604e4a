"""A month joined to its four-digit year by a mark, not a space: ``Mar'2026``,
``June'2024``, ``Sept.’2019`` (any apostrophe), ``Mar-2026``, ``Oct/2025`` (month
precision). The two-digit ``June'18`` is :mod:`.month_short_year`'s."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import make_day, month_end, month_number, month_re, span, year_re

APOSTROPHES = "'’‘`´"  # straight, typographic and the accents people type for one
PATTERN = rf"{month_re('jm')}\s?(?:[{APOSTROPHES}]|\s?[-/]\s?)\s?{year_re('jy')}(?!\d)"


def build(m: re.Match[str]) -> DateSpan | None:
    year, month = int(m["jy"]), month_number(m["jm"])
    return span(make_day(year, month, 1), month_end(year, month), Precision.MONTH, False)
