"""Numeric day-month forms: ``11/18/2022`` (US), ``18.11.2022`` / ``18/11/2022`` (day
first when the day or the page's reading gives it away), and month precision
``09/2022``, ``03.2025``; the slash may have spaces around it (``05 / 2025``)."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import SLASH, make_day, month_end, span
from .reading import day_first, dotted_day_first

PATTERN = (
    rf"(?:(?P<na>[0-3]?\d)(?:(?P<nsep>\.)|{SLASH})(?P<nb>[0-3]?\d)(?(nsep)\.|{SLASH})"
    rf"|(?P<nm>[01]?\d){SLASH}|(?P<nd>0[1-9]|1[0-2])\.)"
    r"(?P<ny>(?:19|20)\d\d)(?![\d/.-])"
)


def build(m: re.Match[str]) -> DateSpan | None:
    year = int(m["ny"])
    if m["nm"] is not None or m["nd"] is not None:
        month = int(m["nm"] or m["nd"])
        if not 1 <= month <= 12:
            return None
        return span(make_day(year, month, 1), month_end(year, month), Precision.MONTH, False)
    a, b = int(m["na"]), int(m["nb"])
    # US order (month/day) unless impossible, or the page's reading (:mod:`.reading`)
    # says day first; dotted, day first (European) unless the page's reading says not.
    dotted = m["nsep"] is not None
    first = a > 12 or ((dotted_day_first() if dotted else day_first()) and b <= 12)
    month, day = (b, a) if first else (a, b)
    found = make_day(year, month, day)
    return span(found, found, Precision.DAY, ranged=False)
