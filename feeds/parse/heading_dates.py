"""A heading inside a news section that names one item and ends with its month in
parentheses, ``### Student paper award (2023년 11월)``, ``### 论文获奖 (2023年11月)``,
``### Lab retreat (Nov 2023)``: the entries under it are of that month, as under a
``### November 2023`` heading; the next heading as large or larger ends that month (an
undated ``### Lab retreat`` after it is not of it). A year alone (``(2023)``, often a
paper's) or a day does not date the entries.
"""

from __future__ import annotations

import re

from ..model import Precision
from .dates import parse_date

_TRAILING = re.compile(r"[(（]\s*(?P<date>[^()（）]{4,30}?)\s*[)）][\s*_]*$")
_WORD = re.compile(r"[^\W\d_]")


def trailing_month(name: str) -> tuple[int, int] | None:
    """(year, month) of a heading with words ending in a month in parentheses."""
    found = _TRAILING.search(name)
    if found is None or not _WORD.search(name[: found.start()]):
        return None
    span = parse_date(found["date"])
    if span is None or span.precision is not Precision.MONTH or span.ranged:
        return None
    return span.start.year, span.start.month


class HeadingMonths:
    """The month of the item heading open (its level), and the year and month of the
    entries before it, which the next heading as large or larger gives back."""

    def __init__(self) -> None:
        self.level = 0
        self.before: tuple[int | None, int | None] = (None, None)

    def restored(self, level: int, year: int | None, month: int | None) -> tuple:
        """The (year, month) of the entries under a heading at ``level`` before its own
        date is read: those before the item heading it ends, else ``year``, ``month``."""
        if self.level and level <= self.level:
            self.level = 0
            return self.before
        return year, month

    def opened(self, level: int, name: str, year: int | None, month: int | None) -> tuple:
        """(year, month) of heading ``name`` at ``level`` when it ends with a month (the
        entries above it are of ``year``, ``month``), else (None, None)."""
        found = trailing_month(name)
        if found is None:
            return None, None
        self.level, self.before = level, (year, month)
        return found
