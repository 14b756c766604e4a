"""The date grammar, rule by rule (feeds/parse/dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from feeds.parse.dates import match_prefix, match_suffix, parse_date

D = dt.date

CASES = [
    # text, start, end, precision, ranged
    ("Nov 18, 2022", D(2022, 11, 18), D(2022, 11, 18), "day", False),
    ("Oct 26 2021", D(2021, 10, 26), D(2021, 10, 26), "day", False),
    ("Jul 5, 2021", D(2021, 7, 5), D(2021, 7, 5), "day", False),
    ("Jan 15--19, 2023", D(2023, 1, 15), D(2023, 1, 19), "day", True),
    ("Oct 31--Nov 03, 2021", D(2021, 10, 31), D(2021, 11, 3), "day", True),
    ("Dec 30--Jan 2, 2023", D(2022, 12, 30), D(2023, 1, 2), "day", True),
    ("Dec 30, 2022 -- Jan 2, 2023", D(2022, 12, 30), D(2023, 1, 2), "day", True),
    ("Mar 26-27, 2022", D(2022, 3, 26), D(2022, 3, 27), "day", True),
    ("Mar 26–27, 2022", D(2022, 3, 26), D(2022, 3, 27), "day", True),
    ("Mar 26 — 27, 2022", D(2022, 3, 26), D(2022, 3, 27), "day", True),
    ("September 5, 2022", D(2022, 9, 5), D(2022, 9, 5), "day", False),
    ("Sept 5, 2022", D(2022, 9, 5), D(2022, 9, 5), "day", False),
    ("Sept. 5th, 2022", D(2022, 9, 5), D(2022, 9, 5), "day", False),
    ("Friday, Nov 18, 2022", D(2022, 11, 18), D(2022, 11, 18), "day", False),
    ("18 Nov 2022", D(2022, 11, 18), D(2022, 11, 18), "day", False),
    ("15-19 January 2023", D(2023, 1, 15), D(2023, 1, 19), "day", True),
    ("31 Oct -- 3 Nov 2021", D(2021, 10, 31), D(2021, 11, 3), "day", True),
    ("2022-11-18", D(2022, 11, 18), D(2022, 11, 18), "day", False),
    ("2022/11/18", D(2022, 11, 18), D(2022, 11, 18), "day", False),
    ("2022-11-18--2022-11-20", D(2022, 11, 18), D(2022, 11, 20), "day", True),
    ("2023-10-09/13", D(2023, 10, 9), D(2023, 10, 13), "day", True),
    ("2023年5月20日", D(2023, 5, 20), D(2023, 5, 20), "day", False),
    ("2023年5月", D(2023, 5, 1), D(2023, 5, 31), "month", False),
    ("2022-11", D(2022, 11, 1), D(2022, 11, 30), "month", False),
    ("Aug, 2022", D(2022, 8, 1), D(2022, 8, 31), "month", False),
    ("August 2022", D(2022, 8, 1), D(2022, 8, 31), "month", False),
    ("Feb, 2024", D(2024, 2, 1), D(2024, 2, 29), "month", False),
    ("Jul--Aug 2022", D(2022, 7, 1), D(2022, 8, 31), "month", True),
    ("Fall 2022", D(2022, 9, 1), D(2022, 11, 30), "month", True),
    ("11/18/2022", D(2022, 11, 18), D(2022, 11, 18), "day", False),
    ("18/11/2022", D(2022, 11, 18), D(2022, 11, 18), "day", False),
    ("18.11.2022", D(2022, 11, 18), D(2022, 11, 18), "day", False),
    ("09/2022", D(2022, 9, 1), D(2022, 9, 30), "month", False),
    ("2022.09", D(2022, 9, 1), D(2022, 9, 30), "month", False),
    ("Nov. 18, 2022", D(2022, 11, 18), D(2022, 11, 18), "day", False),
    ("2020", D(2020, 1, 1), D(2020, 12, 31), "year", False),
    ("2016 -- 2019", D(2016, 1, 1), D(2019, 12, 31), "year", True),
]


@pytest.mark.parametrize(("text", "start", "end", "precision", "ranged"), CASES)
def test_date_forms(text, start, end, precision, ranged):
    span = parse_date(text)
    assert span is not None, text
    assert (span.start, span.end, span.precision.value, span.ranged) == (
        start,
        end,
        precision,
        ranged,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Feb 30, 2022",
        "Nov 31, 2022",
        "2022-13-01",
        "hello",
        "",
        "Nov 18",
        "18, 2022 and more text",
        "2022-11-18--17",
    ],
)
def test_not_dates(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Nov 18, 2022, 3:30pm", dt.time(15, 30), None),
        ("Nov 18, 2022, 15:30", dt.time(15, 30), None),
        ("Nov 18, 2022, 3:30--4:45pm", dt.time(15, 30), dt.time(16, 45)),
        ("Nov 18, 2022 at 3pm CT", dt.time(15), None),
        ("2022-11-18 10:00-11:30", dt.time(10), dt.time(11, 30)),
    ],
)
def test_times_of_day(text, start, end):
    span = parse_date(text)
    assert span is not None and (span.start_time, span.end_time) == (start, end)


def test_suffix_splits_what_precedes_the_date():
    text = "Purdue University, West Lafayette, Mar 26--27, 2022"
    found = match_suffix(text)
    assert found is not None and text[: found.start] == "Purdue University, West Lafayette, "
    assert found.span.start == D(2022, 3, 26)


def test_prefix_needs_a_delimiter():
    assert match_prefix("[Nov 2022] Talk at X").span.start == D(2022, 11, 1)
    assert match_prefix("2022-11-18: paper accepted").span.start == D(2022, 11, 18)
    assert match_prefix("2021 AAAI New Faculty Highlights") is None


def test_precision_cuts_iso():
    assert parse_date("Aug, 2022").start_iso == "2022-08"
    assert parse_date("2020").start_iso == "2020"
    assert parse_date("Jan 15--19, 2023").end_iso == "2023-01-19"
    assert parse_date("Nov 18, 2022").end_iso is None
