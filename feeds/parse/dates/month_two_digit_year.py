"""A short month name and a two-digit year opening an item, ``Aug 25, Attending …``
(August 2025; month precision; the century as in :mod:`.short_year`), or joined by a
hyphen, ``(Apr-25) New paper …`` (a spreadsheet's ``mmm-yy``: April 2025).

Not in :data:`~feeds.parse.dates.grammar.RULES`: ``Aug 25`` is the 25th of August on most pages.
It is read as a month and year only while :func:`reading_years` holds, which the page
decides for its whole list (:mod:`feeds.parse.month_year_lists`). Short names of every
language of :data:`.words.MONTH_NAMES` count here, their first three or four letters too
(``Set`` settembre, ``Ott``, ``Dez``, ``Févr.``): in a list that opens every item this
way a common word such as ``set`` is a month.
"""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import PageReading, make_day, month_end, span
from .short_year import full_year
from .words import MONTH_NAMES, MONTH_NUMBERS, fold, names_re


def _short_names() -> dict[str, int]:
    """Every spelling of a month and its first three and four letters, where those
    letters name one month only (``jui`` is juin and juillet: left out)."""
    months: dict[str, set[int]] = {}
    for names in MONTH_NAMES.values():
        for number, spellings in enumerate(names, start=1):
            for spelling in spellings:
                for name in (spelling[:3], spelling[:4]):
                    months.setdefault(fold(name), set()).add(number)
    short = {name: next(iter(n)) for name, n in months.items() if len(n) == 1}
    return {**short, **MONTH_NUMBERS}


SHORT_MONTHS = _short_names()
MONTH = rf"(?P<wm>{names_re(set(SHORT_MONTHS))})(?![^\W\d_])\.?"
PATTERN = rf"{MONTH}(?:\s?|(?P<wh>-))(?P<wy>\d\d)(?![\d'’]|[./-]\d)"

_READING = PageReading("month_two_digit_years")
read_as_years = _READING.on  # whether the page reads ``Aug 25`` opening an item as a month and year
reading_years = _READING.during  # ``with reading_years(True):`` reads it so meanwhile


def build(m: re.Match[str]) -> DateSpan | None:
    year, month = full_year(m["wy"]), SHORT_MONTHS[fold(m["wm"])]
    return span(make_day(year, month, 1), month_end(year, month), Precision.MONTH, False)
