"""A season written after its year, as Chinese, Japanese and Korean pages write it
(feeds/parse/dates/season.py): ``2025 秋``, ``2024年春季``, ``2023년 가을``. A text in,
the span's first and last day and its precision out, written here from the season's
months (spring March-May, summer June-August, autumn September-November, winter December
to February of the next year).

Written for the mutants a mutation run of ``season.py`` left alive (issue 14, session 20).
"""

from __future__ import annotations

from datetime import date

import pytest

from feeds.model import Precision
from feeds.parse.dates import parse_date


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2025 秋", date(2025, 9, 1), date(2025, 11, 30)),
        ("2024年春季", date(2024, 3, 1), date(2024, 5, 31)),
        ("2023년 가을", date(2023, 9, 1), date(2023, 11, 30)),
        ("2023年冬", date(2023, 12, 1), date(2024, 2, 29)),
        ("2022 冬季", date(2022, 12, 1), date(2023, 2, 28)),
    ],
)
def test_a_season_after_its_year(text, first, last):
    found = parse_date(text)
    assert found is not None
    assert (found.start, found.end, found.precision) == (first, last, Precision.YEAR)
