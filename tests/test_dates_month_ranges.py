"""Ranges of numeric months (issue 8, corpus C5 cause I): ``2024.08-09``,
``2024/08-09``, ``2024.08–2024.09``, ``2024-08 – 2024-09``. They start at the first
month, month precision, and end with the last day of the last month. Forms that could be
a day (``2024-08-09``) keep their old meaning.

Every expectation is written here from the input text.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main
from feeds.parse.dates import match_prefix, parse_date

D = dt.date

RANGES = [
    ("2024.08-09", D(2024, 8, 1), D(2024, 9, 30)),
    ("2024.8-9", D(2024, 8, 1), D(2024, 9, 30)),
    ("2024/08-09", D(2024, 8, 1), D(2024, 9, 30)),
    ("2024.08–2024.09", D(2024, 8, 1), D(2024, 9, 30)),
    ("2024.08 - 2024.09", D(2024, 8, 1), D(2024, 9, 30)),
    ("2024/11-2025/02", D(2024, 11, 1), D(2025, 2, 28)),
    ("2023.09 – 2024.06", D(2023, 9, 1), D(2024, 6, 30)),
    ("2024-08 – 2024-09", D(2024, 8, 1), D(2024, 9, 30)),
    ("2024-02--2024-04", D(2024, 2, 1), D(2024, 4, 30)),
    ("2024.01 to 03", D(2024, 1, 1), D(2024, 3, 31)),
]


@pytest.mark.parametrize(("text", "start", "end"), RANGES)
def test_a_range_of_numeric_months(text, start, end):
    span = parse_date(text)
    assert span is not None, text
    assert (span.start, span.end, span.precision.value, span.ranged) == (
        start,
        end,
        "month",
        True,
    )


# Not month ranges: days, impossible months, an end before the start.
LOOK_ALIKES = [
    ("2024-08-09", D(2024, 8, 9), D(2024, 8, 9)),  # ISO: the ninth of August
    ("2024/08/09", D(2024, 8, 9), D(2024, 8, 9)),
    ("2024.08.01-09", D(2024, 8, 1), D(2024, 8, 9)),  # days of August
    ("2024.08-03", None, None),  # backwards without a year: unclear
    ("2024.13-14", None, None),
    ("2024.08-08", None, None),
    ("2024.08-09.15", None, None),
]


@pytest.mark.parametrize(("text", "start", "end"), LOOK_ALIKES)
def test_look_alikes_are_no_month_ranges(text, start, end):
    span = parse_date(text)
    if start is None:
        assert span is None, span
    else:
        assert span is not None
        assert (span.start, span.end, span.precision.value) == (start, end, "day")


def test_a_leading_month_range_opens_an_item():
    found = match_prefix("*2024.08-09*: Presented our toy parsers at Example Conf.")
    assert found is not None
    assert (found.span.start, found.span.end) == (D(2024, 8, 1), D(2024, 9, 30))


def test_an_item_dated_by_a_month_range(tmp_path: Path):
    page = tmp_path / "news.md"
    page.write_text(
        "---\ntitle: Ada\n---\n\n## News\n\n"
        "- *2024.08-09*: Presented our toy parsers at the Example Conference in Athens!\n"
        "- *2024.07*: Joined the Example Lab as an intern.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main, ["list", "--json", "--content", str(page), "--now", "2026-11-26"]
    )
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert [(i["start"], i["end"], i["precision"], i["type"]) for i in items] == [
        ("2024-08", "2024-09", "month", "talk"),
        ("2024-07", None, "month", "position"),
    ]
    assert items[0]["title"] == "Presented our toy parsers at the Example Conference in Athens"
