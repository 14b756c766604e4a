"""Chinese, Japanese and Korean dates: ``2023年5月``, ``2023年5月20日``,
``2023年5月20日-22日``, ``2023年5月30日-6月2日``, month ranges ``2024年5月-7月``,
``2024年11月至2025年2月``, ``2024년 11월 18일``, and Korean dotted ``2024. 11. 18.``."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import make_day, month_end, span

_TO = r"\s*[-–—~～至到]\s*"
PATTERN = (
    r"(?P<cy>(?:19|20)\d\d)\s*[年년]\s*(?P<cm>[01]?\d)\s*[月월]"
    rf"(?:\s*(?P<cd1>[0-3]?\d)\s*[日일](?:{_TO}(?:(?P<cm3>[01]?\d)\s*[月월]\s*)?"
    r"(?P<cd2>[0-3]?\d)\s*[日일])?"
    rf"|{_TO}(?:(?P<cy2>(?:19|20)\d\d)\s*[年년]\s*)?(?P<cm2>[01]?\d)\s*[月월](?!\s*\d))?"
    r"|(?P<ky>(?:19|20)\d\d)\.\s+(?P<km>[01]?\d)\.\s+(?P<kd>[0-3]?\d)\.?(?!\d)"
)


def build(m: re.Match[str]) -> DateSpan | None:
    if m["ky"]:
        day = make_day(m["ky"], m["km"], m["kd"])
        return span(day, day, Precision.DAY, ranged=False)
    year, month = int(m["cy"]), int(m["cm"])
    if m["cm2"]:  # 2024年5月-7月, 2024年11月至2025年2月
        year2, month2 = int(m["cy2"] or year), int(m["cm2"])
        if not 1 <= month2 <= 12 or (year2, month2) <= (year, month):
            return None
        return span(make_day(year, month, 1), month_end(year2, month2), Precision.MONTH, True)
    if not m["cd1"]:
        return span(make_day(year, month, 1), month_end(year, month), Precision.MONTH, False)
    start = make_day(year, month, m["cd1"])
    end = make_day(year, m["cm3"] or month, m["cd2"]) if m["cd2"] else start
    return span(start, end, Precision.DAY, ranged=bool(m["cd2"]))
