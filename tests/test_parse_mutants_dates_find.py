"""The date grammar's entry points (feeds/parse/dates/grammar.py): the dates standing
inside a text (``find_dates``), a date opening an item (``match_prefix``) and the time and
zone after a date. A text in; the dates found (their words and days), the item's date,
place and title, or the span's time and zone out, written here from the text.

Written for the mutants a mutation run of ``dates/__init__.py`` left alive (issue 14,
session 21).
"""

from __future__ import annotations

import datetime as dt
from datetime import date
from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page
from feeds.parse.dates import find_dates, parse_date


def found(text: str, lo: int, hi: int, year: int | None = None) -> list[tuple[str, date]]:
    return [(text[f.start : f.end], f.span.start) for f in find_dates(text, lo, hi, year)]


TALKS = "Talks on Oct 1, 2021 and on Nov 1, 2022."


@pytest.mark.parametrize(
    ("lo", "hi", "expected"),
    [
        (0, len(TALKS), [("Oct 1, 2021", date(2021, 10, 1)), ("Nov 1, 2022", date(2022, 11, 1))]),
        (0, 23, [("Oct 1, 2021", date(2021, 10, 1))]),  # the second date is past the end
    ],
)
def test_the_dates_inside_a_part_of_a_text(lo, hi, expected):
    assert found(TALKS, lo, hi) == expected


def test_a_day_without_its_year_takes_the_headings_next_to_a_full_date():
    text = "The school runs June 7-9 at MIT, and July 1, 2021 at CMU"
    dates = find_dates(text, 0, len(text), 2017)
    assert [(text[f.start : f.end], f.span.start, f.span.end) for f in dates] == [
        ("June 7-9", date(2017, 6, 7), date(2017, 6, 9)),
        ("July 1, 2021", date(2021, 7, 1), date(2021, 7, 1)),
    ]


@pytest.mark.parametrize(
    ("text", "hi", "expected"),
    [
        # a day without its year inside a full date is that date's, not a date of its own
        (
            "The school runs June 30 - July 2, 2021 at MIT",
            None,
            [("June 30 - July 2, 2021", date(2021, 6, 30), date(2021, 7, 2))],
        ),
        # a day without its year past the end of the part looked at is not found
        (
            "Talk on Oct 1, 2021; the school runs June 7-9",
            30,
            [("Oct 1, 2021", date(2021, 10, 1), date(2021, 10, 1))],
        ),
        (
            "Talk on Oct 1, 2021; the school runs June 7-9",
            None,
            [
                ("Oct 1, 2021", date(2021, 10, 1), date(2021, 10, 1)),
                ("June 7-9", date(2017, 6, 7), date(2017, 6, 9)),
            ],
        ),
    ],
)
def test_days_without_a_year_under_a_year_heading(text, hi, expected):
    dates = find_dates(text, 0, len(text) if hi is None else hi, 2017)
    assert [(text[f.start : f.end], f.span.start, f.span.end) for f in dates] == expected


def items(text: str) -> list:
    _, events = parse_page(Path("index.md"), reporter=Reporter(quiet=True), text=text)
    return events


def test_a_leading_date_in_brackets_names_no_place_unless_it_shares_one():
    one, two = items(
        "# Me\n\n## News\n\n- [Apr 2026] Talk at MIT\n- [Mar 2026, Korea] Talk at KAIST"
    )
    assert (one.title, one.span.start, one.location) == ("Talk at MIT", date(2026, 4, 1), None)
    assert (two.title, two.span.start, two.location) == ("Talk at KAIST", date(2026, 3, 1), "Korea")


@pytest.mark.parametrize(
    ("item", "first", "last", "title"),
    [
        ("Fall 2022 Visiting MIT", date(2022, 9, 1), date(2022, 11, 30), "Visiting MIT"),
        ("2022年秋季 访问MIT", date(2022, 9, 1), date(2022, 11, 30), "访问MIT"),
    ],
)
def test_a_season_opening_an_item_before_a_space_is_its_date(item, first, last, title):
    (one,) = items(f"# Me\n\n## News\n\n- {item}\n")
    assert (one.span.start, one.span.end, one.title) == (first, last, title)


def test_a_list_of_months_with_two_digit_years():
    news = (
        "- Aug 25, Attending the Summer School on Widgets\n"
        "- Oct 24, Presenting WIDGETNET at the Gadget Conference\n"
        "- Nov 22, Starting a new position as postdoc\n"
    )
    assert [(e.span.start, e.span.end, e.title) for e in items(f"# Me\n\n## News\n\n{news}")] == [
        (date(2025, 8, 1), date(2025, 8, 31), "Attending the Summer School on Widgets"),
        (date(2024, 10, 1), date(2024, 10, 31), "Presenting WIDGETNET at the Gadget Conference"),
        (date(2022, 11, 1), date(2022, 11, 30), "Starting a new position as postdoc"),
    ]


@pytest.mark.parametrize(
    ("text", "start", "end", "zone"),
    [
        ("Nov 18, 2022, 3pm ET", dt.time(15), None, "America/New_York"),
        ("Nov 18, 2022, 3-5pm PT", dt.time(15), dt.time(17), "America/Los_Angeles"),
        ("Nov 18, 2022, 3:30pm Central Time", dt.time(15, 30), None, "America/Chicago"),
        ("Nov 18, 2022, 3pm", dt.time(15), None, None),
    ],
)
def test_the_time_and_zone_after_a_date(text, start, end, zone):
    span = parse_date(text)
    assert span is not None
    assert (span.start, span.start_time, span.end_time, span.time_zone) == (
        date(2022, 11, 18),
        start,
        end,
        zone,
    )
