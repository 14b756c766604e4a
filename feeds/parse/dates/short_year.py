"""Numeric dates with a two-digit year: ``10/26/17`` (US), ``26/10/17`` (day first when
the day or the page's reading gives it away), ``26.10.17`` (dotted: two-digit day and
month, day first unless the page's dotted dates are month first, :mod:`.reading`).

Century: as POSIX ``strptime``'s ``%y``, ``69``–``99`` are 1969–1999 and ``00``–``68``
2000–2068, so a page reads the same whenever it is built.
"""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import make_day, span
from .reading import day_first, dotted_day_first

PATTERN = (
    r"(?:(?P<ta>[01]?\d|[23]\d)/(?P<tb>[0-3]?\d)/|(?P<tda>[0-3]\d)\.(?P<tdb>[01]\d)\.)"
    r"(?P<ty>\d\d)(?![\d/.-]|\.\d)"
)


def full_year(two_digits: str) -> int:
    """``17`` → 2017, ``98`` → 1998."""
    short = int(two_digits)
    return (1900 if short >= 69 else 2000) + short


def build(m: re.Match[str]) -> DateSpan | None:
    year = full_year(m["ty"])
    if m["tda"]:
        day, month = int(m["tda"]), int(m["tdb"])
        if day <= 12 and not dotted_day_first():  # "08.31.23" elsewhere on the page
            day, month = month, day
    else:
        a, b = int(m["ta"]), int(m["tb"])
        month, day = (b, a) if a > 12 or (day_first() and b <= 12) else (a, b)
    found = make_day(year, month, day)
    return span(found, found, Precision.DAY, ranged=False)
