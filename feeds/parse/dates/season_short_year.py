"""A season and a two-digit year opening an item, ``Summer 19: David interns at …``,
``[Fall 23]``, ``Spring 24 –`` (year precision and the season's months, as
:mod:`.season`; the century as in :mod:`.short_year`).

Not in :data:`~feeds.parse.dates.grammar.RULES`: inside a sentence ``Summer 19 students`` may
count something. It is read only where it opens an item with no context year, and only
before a colon, a dash or a closing bracket.
"""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import make_day, month_end, span
from .season import MONTHS
from .short_year import full_year
from .words import season_number, season_re

PATTERN = rf"{season_re('ss')},?\s+(?P<ssy>\d\d)(?=\s*[:)\]–—-](?!\d))"


def build(m: re.Match[str]) -> DateSpan | None:
    first, last = MONTHS[season_number(m["ss"])]
    year = full_year(m["ssy"])
    end_year = year + 1 if last < first else year
    return span(make_day(year, first, 1), month_end(end_year, last), Precision.YEAR, False)
