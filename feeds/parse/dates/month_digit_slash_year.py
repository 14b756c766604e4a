"""A one-digit month and a two-digit year opening an item, ``8/24: Award …`` (August
2024; month precision; the century as in :mod:`.short_year`).

Not in :data:`~feeds.parse.dates.grammar.RULES`: ``8/24`` is the 24th of August on most pages
(:mod:`feeds.parse.yearless` finds its year). It is read as a month and year only while
:func:`reading_slash_years` holds, which the page decides for its whole list
(:mod:`feeds.parse.slash_year_lists`): a list whose ``M/YY`` heads run down (or up) in
time with nothing giving a year. ``12/24`` with two digits is :mod:`.month_slash_year`.
"""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import PageReading, make_day, month_end, span
from .short_year import full_year

PATTERN = r"(?P<om>[1-9])\s?/\s?(?P<oy>\d\d)(?![\d/.-])"

_READING = PageReading("month_digit_slash_years")
read_as_years = _READING.on  # whether the page reads ``8/24`` opening an item as a month and year
reading_slash_years = _READING.during  # ``with reading_slash_years(True):`` reads it so meanwhile


def build(m: re.Match[str]) -> DateSpan | None:
    year, month = full_year(m["oy"]), int(m["om"])
    return span(make_day(year, month, 1), month_end(year, month), Precision.MONTH, False)
