"""Chinese, Japanese and Korean dates: ``2023年5月``, ``2023年5月20日``,
``2023年5月20日-22日``, ``2024년 11월 18일``, and Korean dotted ``2024. 11. 18.``."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import make_day, month_end, span

PATTERN = (
    r"(?P<cy>(?:19|20)\d\d)\s*[年년]\s*(?P<cm>[01]?\d)\s*[月월]"
    r"(?:\s*(?P<cd1>[0-3]?\d)\s*[日일](?:\s*[-–—~至到]\s*(?P<cd2>[0-3]?\d)\s*[日일])?)?"
    r"|(?P<ky>(?:19|20)\d\d)\.\s+(?P<km>[01]?\d)\.\s+(?P<kd>[0-3]?\d)\.?(?!\d)"
)


def build(m: re.Match[str]) -> DateSpan | None:
    if m["ky"]:
        day = make_day(m["ky"], m["km"], m["kd"])
        return span(day, day, Precision.DAY, ranged=False)
    year, month = int(m["cy"]), int(m["cm"])
    if not m["cd1"]:
        return span(make_day(year, month, 1), month_end(year, month), Precision.MONTH, False)
    start = make_day(year, month, m["cd1"])
    end = make_day(year, month, m["cd2"]) if m["cd2"] else start
    return span(start, end, Precision.DAY, ranged=bool(m["cd2"]))
