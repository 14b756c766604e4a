"""A day with its month and an apostrophe's two-digit year: ``Jan 28 '25``, ``Sep 12 '19``,
``Jan 8 ’18``, ``Mar 10, '24`` (day precision; the century as in :mod:`.short_year`), the
compact form of date formatters (``MMM d ''yy``) that news lists and posts print."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import WEEKDAY, day_re, make_day, month_number, month_re, span
from .month_joined_year import APOSTROPHES
from .short_year import full_year

PATTERN = (
    rf"{WEEKDAY}{month_re('qdm')}\s*{day_re('qdd')},?\s+[{APOSTROPHES}](?P<qdy>\d\d)"
    rf"(?![\d{APOSTROPHES}])"
)


def build(m: re.Match[str]) -> DateSpan | None:
    year, month = full_year(m["qdy"]), month_number(m["qdm"])
    start = make_day(year, month, m["qdd"])
    return span(start, start, Precision.DAY, False)
