"""A range of named months without a year, ``June - August``, ``Jun–Aug``, ``from June to
August``, ``de junio a agosto``: only with a context year (a year heading, or the item's
leading date, :mod:`..event_days`), like :mod:`.month_only`. The range starts in that
year; an end month before the start is the next year's (``Nov - Feb``). Month precision."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import DASH, make_day, month_end, month_number, month_re, span
from .words import MONTHS_FROM, MONTHS_TO, words_re

PATTERN = (
    rf"(?:{words_re(MONTHS_FROM)}\s+)?{month_re('mr1')}"
    rf"(?:{DASH}|\s+{words_re(MONTHS_TO)}\s+){month_re('mr2')}"
)


def build(m: re.Match[str], year: int) -> DateSpan | None:
    first, last = month_number(m["mr1"]), month_number(m["mr2"])
    if first == last:
        return None
    end_year = year + 1 if last < first else year
    return span(make_day(year, first, 1), month_end(end_year, last), Precision.MONTH, True)
