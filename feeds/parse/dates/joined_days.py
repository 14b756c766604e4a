"""Two or more days of one month joined by ``&``, ``and`` or commas: ``Nov 12 & 25, 2022``,
``March 3 and 10, 2025``, ``March 3, 10 and 17, 2025``, ``12 & 25 Nov 2022``,
``18 and 19 November 2023``, ``3 et 10 mars 2024``.

Dated by the first day; days that follow each other (``18 and 19``, ``3, 4 & 5``) are one
event over them, a range as ``18--19 November`` is; others (``12 & 25``) are the first day
alone, never a range over the days between. The days rise (``25 & 12`` is no such date).
Day first, the last days are joined by ``&`` or a word (``3, 10 and 17 March``): a comma
alone before a day is the text's (``Room 3, 12 Nov 2022``).
"""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import (
    OF_AFTER,
    OF_BEFORE,
    WEEKDAY,
    make_day,
    month_number,
    month_re,
    span,
    year_re,
)  # fmt: skip
from .words import DAYS_AND, ORDINAL, words_re

_DAY = rf"[0-3]?\d(?:{ORDINAL})?(?!\d)"
_AND = rf"(?:\s*&\s*|\s+{words_re(DAYS_AND)}\s+|\s*,\s*(?:(?:&|{words_re(DAYS_AND)})\s+)?)"
_AND_LAST = rf"(?:\s*,?\s*&\s*|,?\s+{words_re(DAYS_AND)}\s+)"
MONTH_DAYS = rf"{_DAY}(?:{_AND}{_DAY})+"  # after the month: "12 & 25", "3, 10 and 17"
DAYS_MONTH = rf"{_DAY}(?:\s*,\s*{_DAY})*{_AND_LAST}{_DAY}"  # before it: "3, 10 and 17"

PATTERN = (
    rf"{WEEKDAY}{month_re('jm1')}\s*(?P<jds1>{MONTH_DAYS}),?\s*{year_re('jy1')}"
    rf"|{WEEKDAY}(?P<jds2>{DAYS_MONTH})\s+{OF_BEFORE}{month_re('jm2')}{OF_AFTER},?\s*"
    rf"{year_re('jy2')}"
)


def joined(year: int, month: int, days: str) -> DateSpan | None:
    """The date of ``days`` (``12 & 25``) of ``month`` in ``year``: the first day, or the
    range over them when they follow each other; ``None`` unless they rise."""
    numbers = [int(d) for d in re.findall(r"\d+", days)]
    if any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)):
        return None
    start = make_day(year, month, numbers[0])
    end = make_day(year, month, numbers[-1])
    if end is None:
        return None
    if numbers[-1] - numbers[0] == len(numbers) - 1:
        return span(start, end, Precision.DAY, ranged=True)
    return span(start, start, Precision.DAY, ranged=False)


def build(m: re.Match[str]) -> DateSpan | None:
    if m["jds1"]:
        return joined(int(m["jy1"]), month_number(m["jm1"]), m["jds1"])
    return joined(int(m["jy2"]), month_number(m["jm2"]), m["jds2"])
