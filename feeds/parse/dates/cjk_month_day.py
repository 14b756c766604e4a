"""Chinese, Japanese and Korean dates without a year, ``6月26日``, ``6 月 26 日``,
``10 月 10-12 日``, ``10月31日至11月2日``, ``11월 18일``, and a month alone, ``6 月``:
only under a heading or group that gives the year (``<h3>2026</h3>``), like
:mod:`.month_day`.

Not in :data:`~feeds.parse.dates.grammar.RULES`: it is tried only with a context year.
"""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import make_day, month_end, span

_MONTH = r"1[0-2]|0?[1-9]"
_DAY = r"3[01]|[12]\d|0?[1-9]"
_DAY_SIGN = r"[日일号號]"
PATTERN = (
    rf"(?P<jm1>{_MONTH})\s*[月월]\s*(?:(?P<jd1>{_DAY})\s*(?:{_DAY_SIGN}\s*)?"
    rf"(?:[-–—~～至到]\s*(?:(?P<jm2>{_MONTH})\s*[月월]\s*)?(?P<jd2>{_DAY})\s*)?{_DAY_SIGN}"
    r"|(?!\s*\d))"
)


def build(m: re.Match[str], year: int) -> DateSpan | None:
    month1 = int(m["jm1"])
    if not m["jd1"]:
        return span(make_day(year, month1, 1), month_end(year, month1), Precision.MONTH, False)
    start = make_day(year, month1, m["jd1"])
    if not m["jd2"]:
        return span(start, start, Precision.DAY, ranged=False)
    month2 = int(m["jm2"]) if m["jm2"] else month1
    end_year = year + 1 if month2 < month1 else year
    return span(start, make_day(end_year, month2, m["jd2"]), Precision.DAY, ranged=True)
