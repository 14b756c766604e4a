"""Seasons, at year precision: ``Fall 2022``, ``Spring, 2023``, ``Spring '23``,
``Fall semester 2024``, ``Winter 2024/25`` (a winter across two years, dated to the first:
the second must follow it), and in other languages ``verano 2023``, ``été 2023``,
``Frühjahr 2024``, ``otoño de 2022``; after the year in Chinese, Japanese and Korean:
``2025 秋``, ``2024年春季``, ``2023년 가을``.

Labels of real pages date a season to its year, so that is the precision published;
the span still covers the season's months, so items keep a sensible order.
"""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import OF_AFTER, make_day, month_end, span, year_re
from .short_year import full_year
from .words import season_after_year_re, season_number, season_re

MONTHS = ((3, 5), (6, 8), (9, 11), (12, 2))  # spring, summer, autumn, winter

PATTERN = (
    rf"{season_re('season')}(?:\s+(?:semester|term|quarter))?{OF_AFTER},?\s*"
    rf"(?:{year_re('sy')}(?:\s?[/–-]\s?(?P<sy2>(?:19|20)?\d\d)(?!\d))?"
    rf"|['’‘]\s?(?P<sq>\d\d)(?![\d'’]))"
    rf"|(?P<ay>(?:19|20)\d\d)\s*[年년]?\s*{season_after_year_re('as')}"
)


def build(m: re.Match[str]) -> DateSpan | None:
    first, last = MONTHS[season_number(m["season"] or m["as"])]
    year = int(m["ay"] or m["sy"]) if m["ay"] or m["sy"] else full_year(m["sq"])
    if m["sy2"] and int(m["sy2"]) % 100 != (year + 1) % 100:  # "2024/25", "2024-2025"
        return None
    end_year = year + 1 if last < first else year
    return span(make_day(year, first, 1), month_end(end_year, last), Precision.YEAR, False)
