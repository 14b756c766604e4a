"""Months in Roman numerals, as Polish, Czech, Italian and Russian pages write them:
``12.IV.2024``, ``12 IV 2024``, ``12-IV-2024`` (a day), ``IV 2024``, ``IV.2024`` (a month).

The numeral is in capitals (``I`` … ``XII``, never the words "i" or "x"), a whole word
(not the ``X`` of ``XL``) and next to its year."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import make_day, month_end, span

NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_NUMERAL = "|".join(sorted(NUMERALS, key=len, reverse=True))  # XII before XI before X
_SEP = r"(?:\.\s?|\s|-|/)"  # "12.IV.2024", "12. IV. 2024", "12 IV 2024", "12-IV-2024"
PATTERN = (
    rf"(?:(?P<rmd>[0-3]?\d){_SEP})?(?-i:(?P<rmm>{_NUMERAL}))(?![^\W\d_])"
    rf"{_SEP}(?P<rmy>(?:19|20)\d\d)"
)


def build(m: re.Match[str]) -> DateSpan | None:
    year, month = int(m["rmy"]), NUMERALS.index(m["rmm"]) + 1
    if m["rmd"] is None:
        return span(make_day(year, month, 1), month_end(year, month), Precision.MONTH, False)
    day = make_day(year, month, m["rmd"])
    return span(day, day, Precision.DAY, ranged=False)
