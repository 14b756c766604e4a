"""A month with an apostrophe and a two-digit year: ``June'18``, ``Feb '18``,
``Sept. ’19`` (month precision; the century as in :mod:`.short_year`)."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import make_day, month_end, month_number, month_re, span
from .short_year import full_year

PATTERN = rf"{month_re('qm')}\s?['’‘]\s?(?P<qy>\d\d)(?![\d'’])"


def build(m: re.Match[str]) -> DateSpan | None:
    year, month = full_year(m["qy"]), month_number(m["qm"])
    return span(make_day(year, month, 1), month_end(year, month), Precision.MONTH, False)
