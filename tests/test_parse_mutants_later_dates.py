"""A later paragraph that is only a date, framed (``parse/later_dates.py``; issue 14,
bench/mutation_parse.md "Session 23: mutate14c").

``- Talk at MIT`` then, indented under it after a blank line, the date alone: set off by a
trailing bar, colon or dash, or between middle dots; a yearless day takes the year of the
heading above; a date with its weekday and hours (48 characters) is still a date alone.

Expectations are written here from the input; the list is read back with json.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from feeds.cli import main

# news → (title, start, precision)
ROWS = [
    ("- Talk at MIT\n\n  Nov 18, 2022 |", ("Talk at MIT", "2022-11-18", "day")),
    ("- Talk at MIT\n\n  · Nov 18, 2022 ·", ("Talk at MIT", "2022-11-18", "day")),
    ("- Talk at MIT\n\n  Nov 18, 2022:", ("Talk at MIT", "2022-11-18", "day")),
    ("- Talk at MIT\n\n  Nov 18, 2022 –", ("Talk at MIT", "2022-11-18", "day")),
    ("### 2022\n\n- Talk at MIT\n\n  Nov 18 |", ("Talk at MIT", "2022-11-18", "day")),
    ("### 2022\n\n- Talk at MIT\n\n  · Nov 18 ·", ("Talk at MIT", "2022-11-18", "day")),
    (
        "- Talk at MIT\n\n  Wednesday, September 21, 2022, 10:00am - 11:30am |",
        ("Talk at MIT", "2022-09-21", "day"),
    ),
]


@pytest.mark.parametrize(("news", "want"), ROWS, ids=[news for news, _ in ROWS])
def test_a_framed_date_alone_in_a_later_paragraph(make_site, news, want) -> None:
    result = CliRunner().invoke(
        main, ["list", "--content", str(make_site(news)), "--now", "2026-01-01", "--json"]
    )
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.stdout)
    assert (item["title"], item["start"], item["precision"]) == want


# a date alone under the item, then a later paragraph ending in another date: the date
# alone is the item's (a talk's day, not the year of a joint paper or the slides' day)
LATER = [
    (
        "- Talk at MIT on graphs\n\n  Nov 18, 2022\n\n  Joint work with Ada Doe (arXiv 2023)",
        ("Talk at MIT on graphs", "2022-11-18", "day"),
    ),
    (
        "- Talk at MIT on graphs\n\n  Nov 18, 2022\n\n  Slides are online (Dec 1, 2022)",
        ("Talk at MIT on graphs", "2022-11-18", "day"),
    ),
    # no date alone: the later paragraph's date still dates it
    (
        "- Talk at MIT on graphs\n\n  Slides are online (Dec 1, 2022)",
        ("Talk at MIT on graphs", "2022-12-01", "day"),
    ),
]


@pytest.mark.parametrize(("news", "want"), LATER, ids=[news for news, _ in LATER])
def test_a_date_alone_before_a_later_dated_paragraph(make_site, news, want) -> None:
    result = CliRunner().invoke(
        main, ["list", "--content", str(make_site(news)), "--now", "2022-01-01", "--json"]
    )
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.stdout)
    assert (item["title"], item["start"], item["precision"]) == want
