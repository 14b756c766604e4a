"""Year precision: ``2020``, ``2016 -- 2019``."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import DASH, make_day, span, year_re

PATTERN = rf"{year_re('yy1')}(?:{DASH}{year_re('yy2')})?"


def build(m: re.Match[str]) -> DateSpan | None:
    start = int(m["yy1"])
    end = int(m["yy2"]) if m["yy2"] else start
    return span(make_day(start, 1, 1), make_day(end, 12, 31), Precision.YEAR, bool(m["yy2"]))
