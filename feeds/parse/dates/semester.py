"""A German semester: ``SS 2024``, ``SoSe 2024``, ``SS24`` (the summer semester, April to
September), ``WS 2023/24``, ``WiSe 23/24``, ``WS 2023`` (the winter semester, October to
March of the next year). Dated to the year it starts in, at year precision, as
:mod:`.season` dates a season (``Sommersemester 2024``, ``Wintersemester 2023/24`` are
seasons there); a second year must follow the first, and only a winter semester has one.
The abbreviations are read as written (``ws 2023`` is no semester)."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import make_day, month_end, span
from .short_year import full_year

PATTERN = (
    r"(?P<sem>(?-i:SS|WS|SoSe|WiSe))\s?(?P<semy>(?:19|20)?\d\d)"
    r"(?:\s?/\s?(?P<semn>(?:19|20)?\d\d))?(?!\d)"
)


def build(m: re.Match[str]) -> DateSpan | None:
    summer = m["sem"] in ("SS", "SoSe")
    year = int(m["semy"]) if len(m["semy"]) == 4 else full_year(m["semy"])
    if m["semn"] and (summer or int(m["semn"]) % 100 != (year + 1) % 100):
        return None
    if summer:
        return span(make_day(year, 4, 1), month_end(year, 9), Precision.YEAR, False)
    return span(make_day(year, 10, 1), month_end(year + 1, 3), Precision.YEAR, False)
