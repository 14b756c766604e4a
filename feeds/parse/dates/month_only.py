"""A month without a year, ``April``, ``Sept.``, or numeric ``11.20`` / ``11/20`` (month
first, or day first when the page reads numeric dates day first, :mod:`.reading`): only
with a context year, like :mod:`.month_day`."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import make_day, month_end, month_number, month_re, span
from .reading import day_first

# English names only: "Mars", "Mai" ending a sentence are more often not months.
PATTERN = (
    rf"(?:{month_re('om1', ('en',))}(?![a-z])|(?P<on1>[01]?\d)[./](?P<od1>[0-3]\d))(?![\d./-])"
)


def build(m: re.Match[str], year: int) -> DateSpan | None:
    if m["om1"]:
        month = month_number(m["om1"])
        return span(make_day(year, month, 1), month_end(year, month), Precision.MONTH, False)
    month, day = m["on1"], m["od1"]
    if day_first() and int(day) <= 12:  # "05.03" on a page that writes "18.11": 5 March
        month, day = day, month
    day = make_day(year, month, day)
    return span(day, day, Precision.DAY, ranged=False)
