"""Numeric dates read as the page reads its ambiguous dates (``dates/short_year.py``,
``dates/month_only.py``, ``dates/month_year.py``; issue 14's mutation run, session 22): at
12 and 13 a day and a month change places or stop doing so; a number above 12 is the day
whatever the reading. Each date is written here from the text and the reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from feeds.parse.dates import parse_date
from feeds.parse.dates.reading import reading

D = dt.date

# text, context year, numeric dates day first?, dotted dates day first?, the day (or None)
ROWS = [
    # two-digit years, dotted: day first unless the page's dotted dates are month first
    ("26.10.17", None, False, False, D(2017, 10, 26)),  # 26 can only be the day
    ("13.10.17", None, False, False, D(2017, 10, 13)),
    ("12.10.17", None, False, False, D(2017, 12, 10)),
    ("08.11.23", None, False, False, D(2023, 8, 11)),
    ("08.11.23", None, False, True, D(2023, 11, 8)),
    # two-digit years, slashed: month first unless the page reads day first
    ("05/12/17", None, True, None, D(2017, 12, 5)),
    ("05/13/17", None, True, None, D(2017, 5, 13)),  # 13 can only be the day
    ("05/12/17", None, False, None, D(2017, 5, 12)),
    ("13/05/17", None, False, None, D(2017, 5, 13)),
    # no year: the context year
    ("05.03", 2024, False, None, D(2024, 5, 3)),
    ("05.03", 2024, True, None, D(2024, 3, 5)),
    ("05.12", 2024, True, None, D(2024, 12, 5)),
    ("05.13", 2024, True, None, D(2024, 5, 13)),
    ("05/13", 2024, True, None, D(2024, 5, 13)),
]


@pytest.mark.parametrize(("text", "year", "day_first", "dotted", "day"), ROWS)
def test_a_numeric_date_as_the_page_reads_them(text, year, day_first, dotted, day):
    with reading(day_first, dotted_first_day=dotted):
        found = parse_date(text, year)
    assert found is not None, text
    assert (found.start, found.end, found.precision.value) == (day, day, "day"), text


# A range of months opened by a word ("from", "de", "von") and joined by "to", "à", "bis":
# from the first day of the first month to the last of the second (dates/month_year.py).
OPENED_RANGES = [
    "from February to May 2024",
    "From February 2024 to May 2024",
    "de février à mai 2024",
    "de febrero a mayo de 2024",
    "von Februar bis Mai 2024",
]


@pytest.mark.parametrize("text", OPENED_RANGES)
def test_a_range_of_months_opened_by_a_word(text):
    found = parse_date(text)
    assert found is not None, text
    assert (found.start, found.end, found.precision.value) == (
        D(2024, 2, 1),
        D(2024, 5, 31),
        "month",
    ), text
    assert found.ranged
