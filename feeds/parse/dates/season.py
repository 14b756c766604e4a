"""Seasons, as month ranges: ``Fall 2022``, ``Spring, 2023``, ``Winter 2022``."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import make_day, month_end, span, year_re

SEASONS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "fall": (9, 11),
    "autumn": (9, 11),
    "winter": (12, 2),
}

PATTERN = rf"(?P<season>spring|summer|fall|autumn|winter),?\s*{year_re('sy')}"


def build(m: re.Match[str]) -> DateSpan | None:
    first, last = SEASONS[m["season"].lower()]
    year = int(m["sy"])
    end_year = year + 1 if last < first else year
    return span(make_day(year, first, 1), month_end(end_year, last), Precision.MONTH, True)
