"""A season without a year opening an item under a year heading (``Spring: Talk at MIT``,
``**Fall semester:** …``, ``[Sommer] …``): that season of the heading's year, at year
precision as :mod:`.season` publishes seasons. Only where it opens an item (a season word
ending a sentence is more often a name: "Silver Spring")."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import make_day, month_end, span
from .season import MONTHS
from .words import season_number, season_re

PATTERN = rf"{season_re('os')}(?:\s+(?:semester|term|quarter))?"


def build(m: re.Match[str], year: int) -> DateSpan | None:
    first, last = MONTHS[season_number(m["os"])]
    end_year = year + 1 if last < first else year
    return span(make_day(year, first, 1), month_end(end_year, last), Precision.YEAR, False)
