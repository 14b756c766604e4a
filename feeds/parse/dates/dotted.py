"""Dotted dates closed by a full stop, as Korean pages write them: ``2024.11.18.`` (day),
``2024.11.`` (month). The open form ``2024.11.18`` is :mod:`.iso`'s, the spaced
``2024. 11. 18.`` :mod:`.cjk`'s."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import make_day, month_end, span

PATTERN = r"(?P<dty>(?:19|20)\d\d)\.(?P<dtm>[01]?\d)\.(?:(?P<dtd>[0-3]?\d)\.)?(?![\d.])"


def build(m: re.Match[str]) -> DateSpan | None:
    year, month = int(m["dty"]), int(m["dtm"])
    if not 1 <= month <= 12:
        return None
    if m["dtd"] is None:
        return span(make_day(year, month, 1), month_end(year, month), Precision.MONTH, False)
    day = make_day(year, month, m["dtd"])
    return span(day, day, Precision.DAY, ranged=False)
