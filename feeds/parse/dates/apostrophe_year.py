"""A year written as an apostrophe and two digits, ``['26]``, ``'24:``, ``**’99**``
(year precision; the century as in :mod:`.short_year`).

Not in :data:`~feeds.parse.dates.grammar.RULES`: inside a sentence ``at CVPR '18`` belongs to
the venue. It is read only where it opens an item, and (as every bare year there) only
before a bracket or a delimiter: ``'26 was a good year`` is words.
"""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import make_day, span
from .month_joined_year import APOSTROPHES
from .short_year import full_year

PATTERN = rf"[{APOSTROPHES}](?P<ay>\d\d)(?![\d{APOSTROPHES}]|[./-]\d|\s?s\b)"


def build(m: re.Match[str]) -> DateSpan | None:
    year = full_year(m["ay"])
    return span(make_day(year, 1, 1), make_day(year, 12, 31), Precision.YEAR, False)
