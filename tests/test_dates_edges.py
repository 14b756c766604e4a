"""The date rules at their edges: month 12 and 13, day-first or month-first, ranges across
years, yearless forms under a heading year, times of day at noon and midnight.

Each expectation is written from the calendar; a ``DateSpan`` compared whole checks the
precision and whether the author wrote a range, as the feeds show them.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from feeds.model import DateSpan, Precision
from feeds.parse.dates import match_opening, match_suffix_after_year, parse_date, parse_time
from feeds.parse.dates.words import month_number

D = dt.date
T = dt.time
DAY, MONTH = Precision.DAY, Precision.MONTH


def safe_id(value: object) -> str:
    """An ASCII test id: mutmut names tests on a command line."""
    return re.sub(r"[^A-Za-z0-9]+", "_", str(value))[:40]


def day(d: dt.date, end: dt.date | None = None) -> DateSpan:
    return DateSpan(d, end or d, DAY, ranged=end is not None)


def month(first: dt.date, last: dt.date, ranged: bool = False) -> DateSpan:
    return DateSpan(first, last, MONTH, ranged=ranged)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Numbers: US order (month/day) unless the first is no month, or dotted day-first.
        ("12/05/2022", day(D(2022, 12, 5))),
        ("13/05/2022", day(D(2022, 5, 13))),
        ("05/06/2022", day(D(2022, 5, 6))),
        ("05/13/2022", day(D(2022, 5, 13))),
        ("05.06.2022", day(D(2022, 6, 5))),
        ("05.12.2022", day(D(2022, 12, 5))),
        ("05.13.2022", day(D(2022, 5, 13))),
        ("1/2022", month(D(2022, 1, 1), D(2022, 1, 31))),
        ("12/2022", month(D(2022, 12, 1), D(2022, 12, 31))),
        ("13/05/17", day(D(2017, 5, 13))),
        ("12/05/17", day(D(2017, 12, 5))),
        ("2023-12", month(D(2023, 12, 1), D(2023, 12, 31))),
        ("2023-01", month(D(2023, 1, 1), D(2023, 1, 31))),
        # Ranges whose ends are in different years, written or inferred.
        ("31 Dec 2022 -- 3 Jan 2023", day(D(2022, 12, 31), D(2023, 1, 3))),
        ("3 Jan 2022 -- 5 Feb 2023", day(D(2022, 1, 3), D(2023, 2, 5))),
        ("30 Dec -- 2 Jan 2023", day(D(2022, 12, 30), D(2023, 1, 2))),
        ("Nov--Feb 2023", month(D(2022, 11, 1), D(2023, 2, 28), ranged=True)),
        ("Nov 2021--Jan 2023", month(D(2021, 11, 1), D(2023, 1, 31), ranged=True)),
        ("Jan 2022--Mar 2023", month(D(2022, 1, 1), D(2023, 3, 31), ranged=True)),
        ("May--May 2023", month(D(2023, 5, 1), D(2023, 5, 31), ranged=True)),
        # a season is published at year precision, its months kept for the order
        ("Winter 2022", DateSpan(D(2022, 12, 1), D(2023, 2, 28), Precision.YEAR)),
        ("Summer 2022", DateSpan(D(2022, 6, 1), D(2022, 8, 31), Precision.YEAR)),
    ],
    ids=safe_id,
)
def test_edges(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["2023-13", "13/2022", "0/2022", "13.13.2022", "2023-00"]
    + ["Feb 30 -- Mar 2, 2023", "30 Feb -- 2 Mar 2023", "2023-02-30--2023-03-02"],
    ids=safe_id,
)
def test_no_month_thirteen_or_zero_no_range_from_an_impossible_day(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Yearless forms take the heading's year (2023), day or month precise.
        ("Nov 18", day(D(2023, 11, 18))),
        ("Nov 18--20", day(D(2023, 11, 18), D(2023, 11, 20))),
        ("Dec 30--Jan 2", day(D(2023, 12, 30), D(2024, 1, 2))),
        ("18 Nov", day(D(2023, 11, 18))),
        ("4-6 June", day(D(2023, 6, 4), D(2023, 6, 6))),
        ("March", month(D(2023, 3, 1), D(2023, 3, 31))),
        ("11/18", day(D(2023, 11, 18))),
    ],
    ids=safe_id,
)
def test_yearless_forms_under_a_heading_year(text, expected):
    assert parse_date(text, 2023) == expected


def test_month_number_reads_a_name_as_written():
    assert [month_number(n) for n in ("Sept.", "JANV.", "Févr.", "mai", "Dez.")] == [
        9,
        1,
        2,
        5,
        12,
    ]


def test_a_leading_date_starts_the_text():
    from feeds.parse.dates import match_prefix

    text = "🔥 [2025/01, Seoul] paper accepted"
    found = match_prefix(text)
    assert found is not None and found.span == month(D(2025, 1, 1), D(2025, 1, 31))
    assert (found.start, text[found.end :], found.aside) == (0, "paper accepted", "Seoul")


def test_a_leading_date_followed_by_a_comma():
    text = "Jan 30 - Feb 3, 2024, Zermatt"
    found = match_opening(text)
    assert found is not None and found.span == day(D(2024, 1, 30), D(2024, 2, 3))
    assert (found.start, text[found.end :]) == (0, "Zermatt")
    found = match_opening("Nov 18, Zermatt", 2023)
    assert found is not None and found.span == day(D(2023, 11, 18))
    assert match_opening("Nov 18, Zermatt") is None  # no year known
    assert match_opening("Feb 30, 2024, Zermatt") is None  # no such day
    assert match_opening("Feb 30, Zermatt", 2023) is None


def test_a_yearless_date_after_a_year_in_the_same_text():
    text = "2022: July 18-22."
    found = match_suffix_after_year(text)
    assert found is not None and found.span == day(D(2022, 7, 18), D(2022, 7, 22))
    assert text[found.start : found.end] == "July 18-22"
    text = "ISLE 2022, 4-6 June!!"
    found = match_suffix_after_year(text)
    assert found is not None and found.span == day(D(2022, 6, 4), D(2022, 6, 6))
    assert text[found.start : found.end] == "4-6 June"
    assert match_suffix_after_year("ISLE, July 18-22") is None


def test_the_year_is_looked_for_a_window_back_from_the_date_not_the_junk():
    # The date and the year within 160 characters of where the date ends; trailing
    # stops and spaces do not count against the window.
    date, junk = "July 18-22", "." * 20
    text = "2022" + " " * (160 - len(date) - 4) + date + junk
    found = match_suffix_after_year(text)
    assert found is not None and found.span.start == D(2022, 7, 18)
    assert match_suffix_after_year("2022 " + text[4:]) is None  # one more space: too far


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12pm", (T(12), None)),
        ("12am", (T(0), None)),
        ("12:30 pm", (T(12, 30), None)),
        ("11pm--1am", (T(23), T(1))),
        ("noon", (T(12), None)),
        ("23:59", (T(23, 59), None)),
        ("3", None),  # a bare number is not a time
        ("13pm", None),
        ("0am", None),
        ("24:00", None),
        ("noon--2pm", None),
        ("3pm--3pm", None),
        ("3--4pm", (T(15), T(16))),  # the end's "pm" is the start's too
        ("2pm--13pm", None),
    ],
    ids=safe_id,
)
def test_times_of_day(text, expected):
    assert parse_time(text) == expected


def test_a_date_with_an_impossible_time_is_no_date():
    timed = parse_date("Nov 18, 2022, 3--4pm")
    assert timed is not None and (timed.start, timed.start_time, timed.end_time) == (
        D(2022, 11, 18),
        T(15),
        T(16),
    )
    assert parse_date("Nov 18, 2022 at 13pm") is None
    assert parse_date("Nov 18, 2022 at 2pm--13pm") is None


def test_trailing_stops_and_spaces_do_not_push_the_date_out_of_the_window():
    from feeds.parse.dates import match_suffix

    text = "Talk at MIT, Nov 18, 2022" + " ." * 80
    found = match_suffix(text)
    assert found is not None and found.span == day(D(2022, 11, 18))
    assert text[found.start : found.end] == "Nov 18, 2022"
