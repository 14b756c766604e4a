"""A month and a two-digit year opening an item, ``05/25 One paper accepted``,
``10/24: Tutorial at X`` (May 2025, October 2024; month precision; the century as in
:mod:`.short_year`).

Not in :data:`~feeds.parse.dates.grammar.RULES`: ``05/25`` inside a sentence may be a day
(25 May), so it is read only where it opens an item and no heading or group above
gives the year (then :mod:`.month_only` reads it as a day of that year). The month is
written with two digits, as such lists write it: ``2/10`` in a list of full dates is a
day and a month whose year the list gives (:mod:`feeds.parse.yearless`), not February 2010.
"""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import make_day, month_end, span
from .short_year import full_year

PATTERN = r"(?P<sm>1[0-2]|0[1-9])\s?/\s?(?P<sy>\d\d)(?![\d/.-])"


def build(m: re.Match[str]) -> DateSpan | None:
    year, month = full_year(m["sy"]), int(m["sm"])
    return span(make_day(year, month, 1), month_end(year, month), Precision.MONTH, False)
