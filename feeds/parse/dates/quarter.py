"""A quarter of a year: ``Q3 2024``, ``Q2/2024``, ``2024 Q1``, ``2023-Q4``: its three
months, at month precision (July to September for ``Q3``)."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import make_day, month_end, span

_BETWEEN = r"(?:\s?[/-]\s?|\s)"
PATTERN = (
    rf"Q(?P<qun>[1-4]){_BETWEEN}(?P<quy>(?:19|20)\d\d)(?!\d)"
    rf"|(?P<yqu>(?:19|20)\d\d){_BETWEEN}Q(?P<nqu>[1-4])(?![\w])"
)


def build(m: re.Match[str]) -> DateSpan | None:
    year, last = int(m["quy"] or m["yqu"]), 3 * int(m["qun"] or m["nqu"])
    return span(make_day(year, last - 2, 1), month_end(year, last), Precision.MONTH, True)
