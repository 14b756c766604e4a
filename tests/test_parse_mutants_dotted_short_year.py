"""A dotted date with a two-digit year opening an item, ``(8.31.23) …``
(``dates/dotted_short_year.py``, issue 14): a date that can be read one way only is read
that way whatever the page's reading of dotted dates; an ambiguous one as the reading says.

Every expectation is written here from the input text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from feeds.model import DateSpan, Precision
from feeds.parse.dates import match_prefix
from feeds.parse.dates.reading import reading

D = dt.date

# text opening an item, dotted dates read day first? → the day
ROWS = [
    ("(13.5.23) Gave a talk.", True, D(2023, 5, 13)),
    ("(13.5.23) Gave a talk.", False, D(2023, 5, 13)),  # 13 can only be the day
    ("(5.13.23) Gave a talk.", True, D(2023, 5, 13)),  # 13 can only be the day
    ("(5.13.23) Gave a talk.", False, D(2023, 5, 13)),
    ("(5.12.23) Gave a talk.", True, D(2023, 12, 5)),
    ("(5.12.23) Gave a talk.", False, D(2023, 5, 12)),
    ("(12.5.23) Gave a talk.", True, D(2023, 5, 12)),
    ("(12.5.23) Gave a talk.", False, D(2023, 12, 5)),
    ("31.12.99: Graduated.", True, D(1999, 12, 31)),
    ("12.31.99: Graduated.", True, D(1999, 12, 31)),
]


@pytest.mark.parametrize(("text", "day_first", "day"), ROWS)
def test_a_dotted_short_date_opening_an_item(text: str, day_first: bool, day: dt.date) -> None:
    with reading(False, dotted_first_day=day_first):
        found = match_prefix(text)
    assert found is not None, text
    assert found.span == DateSpan(day, day, Precision.DAY, ranged=False)


def test_no_such_day_is_no_date() -> None:
    for day_first in (True, False):
        with reading(False, dotted_first_day=day_first):
            assert match_prefix("(13.13.23) Gave a talk.") is None
            assert match_prefix("(31.2.23) Gave a talk.") is None
