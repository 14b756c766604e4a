"""Numeric day-first dates without a year: ``27.09.``, ``3.12.`` (a dot after the month,
as written in German), and ``27.09`` / ``27/09`` / ``27/9`` where the day gives it away
(over 12; a dotted month has two digits, so ``25.3`` stays a number).

Only with a context year (a ``### 2024`` heading), like :mod:`.month_day`; month-first
``09.27`` / ``09/27`` is :mod:`.month_only`'s. A bold ``**3.12.**`` alone is read
without its last dot (as every date is), so month-first: write ``3.12.`` unbolded or
with the day over 12."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import make_day, span

PATTERN = (
    r"(?:(?P<gd1>[0-3]?\d)\.(?P<gm1>[01]?\d)\.(?![\d./-])"
    r"|(?P<gd2>1[3-9]|2\d|3[01])(?:\.(?P<gm2>0[1-9]|1[0-2])|/(?P<gm3>0?[1-9]|1[0-2]))"
    r"(?![\d/-]|\.\d))"
)


def build(m: re.Match[str], year: int) -> DateSpan | None:
    day, month = (m["gd1"], m["gm1"]) if m["gd1"] else (m["gd2"], m["gm2"] or m["gm3"])
    found = make_day(year, month, day)
    return span(found, found, Precision.DAY, ranged=False)
