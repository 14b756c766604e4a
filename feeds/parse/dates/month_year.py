"""Month precision: ``Aug, 2022``, ``August 2022``, ``Jul--Aug 2022``, ``Dec 2022 -- Jan 2023``,
``from February to May 2024``, and in other languages ``juin 2023``, ``Mai 2023``, ``marzo de
2024``, ``de février à mai 2024``, ``de febrero a mayo de 2024``, ``Februar bis Mai 2024``.
The word opening a range ("from", "de") is the date's only before a range. A middle dot or
bullet may stand between the month and its year (``Jan · 2024``, ``March • 2024``)."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import DASH, OF_AFTER, make_day, month_end, month_number, month_re, span, year_re
from .words import MONTHS_FROM, MONTHS_TO, words_re

_TO = rf"(?:{DASH}|\s+{words_re(MONTHS_TO)}\s+)"
PATTERN = (
    rf"(?:{words_re(MONTHS_FROM)}\s+{month_re('mm3')}(?:,?\s*{year_re('my3')})?{_TO}{month_re('mm4')}"
    rf"|{month_re('mm1')}(?:,?\s*{year_re('my1')})?(?:{_TO}{month_re('mm2')})?)"
    rf"{OF_AFTER}(?:,?\s*|\s*[·•⋅]\s*){year_re('my2')}"
)


def build(m: re.Match[str]) -> DateSpan | None:
    year2 = int(m["my2"])
    month1, first_year, last = m["mm1"] or m["mm3"], m["my1"] or m["my3"], m["mm2"] or m["mm4"]
    month1 = month_number(month1)
    if not last:
        if first_year:
            return None
        return span(make_day(year2, month1, 1), month_end(year2, month1), Precision.MONTH, False)
    month2 = month_number(last)
    year1 = int(first_year) if first_year else (year2 - 1 if month1 > month2 else year2)
    return span(make_day(year1, month1, 1), month_end(year2, month2), Precision.MONTH, True)
