"""Day first, in any language of :mod:`.words`: ``18 Nov 2022``, ``15--19 January 2023``,
``31 Oct -- 3 Nov 2021``, ``12 de marzo de 2024``, ``du 4 au 6 juin 2023``,
``12. Mai 2023``, ``vom 4. bis 6. Juni 2023``, ``1º de maio de 2023``."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import (
    FROM,
    OF_AFTER,
    OF_BEFORE,
    TO,
    WEEKDAY,
    day_re,
    make_day,
    month_number,
    month_re,
    span,
    year_re,
)  # fmt: skip

PATTERN = (
    rf"{WEEKDAY}{FROM}{day_re('dd1')}\s*(?:{OF_BEFORE}{month_re('dm1')}\s*(?:,?\s*{year_re('dy1')})?)?"
    rf"(?:{TO}{WEEKDAY}{day_re('dd2')})?\s+{OF_BEFORE}{month_re('dm2')}{OF_AFTER},?\s*"
    rf"{year_re('dy2')}"
)


def build(m: re.Match[str]) -> DateSpan | None:
    year2 = int(m["dy2"])
    month2 = month_number(m["dm2"])
    if not m["dd2"]:
        if m["dm1"]:
            return None
        day = make_day(year2, month2, m["dd1"])
        return span(day, day, Precision.DAY, ranged=False)
    month1 = month_number(m["dm1"]) if m["dm1"] else month2
    year1 = int(m["dy1"]) if m["dy1"] else (year2 - 1 if month1 > month2 else year2)
    start = make_day(year1, month1, m["dd1"])
    return span(start, make_day(year2, month2, m["dd2"]), Precision.DAY, ranged=True)
