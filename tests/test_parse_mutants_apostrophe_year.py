"""A year written ``'26`` opening an item (``dates/apostrophe_year.py``, issue 14): the
whole span read, first and last day of the year, no range.

Every expectation is written here from the input text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from feeds.model import DateSpan, Precision
from feeds.parse.dates import match_prefix

D = dt.date

# text opening an item → the year it names
ROWS = [
    ("['26] Joined the lab.", 2026),
    ("[’25] Our paper was accepted.", 2025),
    ("'24: Started a PhD.", 2024),
    ("**‘99** Graduated.", 1999),
    ("['69] Moon landing.", 1969),
    ("['68] A good year.", 2068),
]


@pytest.mark.parametrize(("text", "year"), ROWS)
def test_the_whole_year_and_no_range(text: str, year: int) -> None:
    found = match_prefix(text)
    assert found is not None, text
    assert found.span == DateSpan(D(year, 1, 1), D(year, 12, 31), Precision.YEAR, ranged=False)
