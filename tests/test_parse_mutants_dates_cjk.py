"""Chinese, Japanese and Korean ranges of months (feeds/parse/dates/cjk.py): ``2024年5月-7月``,
``2024年11月至2025年1月``. A text in, the span's first and last day out, written here from
the months named: a range runs from the first day of its first month to the last day of its
last; a last month that is no month (13) or is not after the first is no range and no date.

Written for the mutants a mutation run of ``cjk.py`` left alive (issue 14, session 21).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.model import Precision
from feeds.parse import parse_page
from feeds.parse.dates import parse_date


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2024年5月-7月", date(2024, 5, 1), date(2024, 7, 31)),
        ("2024年11月至2025年1月", date(2024, 11, 1), date(2025, 1, 31)),  # into January
        ("2024年12月-2025年1月", date(2024, 12, 1), date(2025, 1, 31)),
        ("2024年5月-12月", date(2024, 5, 1), date(2024, 12, 31)),  # up to December
        ("2024년 2월~3월", date(2024, 2, 1), date(2024, 3, 31)),
    ],
)
def test_a_range_of_months(text, first, last):
    found = parse_date(text)
    assert found is not None
    assert (found.start, found.end, found.precision, found.ranged) == (
        first,
        last,
        Precision.MONTH,
        True,
    )


@pytest.mark.parametrize(
    "text",
    [
        "2024年5月-13月",  # no thirteenth month
        "2024年7月-5月",  # ends before it starts
        "2024年5月-5月",  # ends where it starts
        "2025年1月-2024年3月",  # a year back
    ],
)
def test_a_range_that_runs_nowhere_is_no_date(text):
    assert parse_date(text) is None


def test_items_opening_with_ranges_of_months():
    text = "# Me\n\n## News\n\n- 2024年11月至2025年1月：访问MIT\n- 2024年5月-12月：在CMU访问\n"
    reporter = Reporter(quiet=True)
    _, events = parse_page(Path("index.md"), reporter=reporter, text=text)
    assert [(e.title, e.span.start, e.span.end) for e in events] == [
        ("访问MIT", date(2024, 11, 1), date(2025, 1, 31)),
        ("在CMU访问", date(2024, 5, 1), date(2024, 12, 31)),
    ]
