"""A season without a year opening an item under a year heading
(``parse/dates/season_only.py``), the dates mutation testing found unguarded (issue 14,
bench/mutation_parse.md, session 20): a page in, the item's title and its season's first
and last days out, written here from the item (winter runs into the next year)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from feeds.parse import parse_page

D = dt.date
ROWS = [
    # (year heading, item, title, first day, last day)
    (2022, "Spring: Talk at MIT", "Talk at MIT", D(2022, 3, 1), D(2022, 5, 31)),
    (2022, "Summer: Internship at Google", "Internship at Google", D(2022, 6, 1), D(2022, 8, 31)),
    (2022, "Fall: Visiting ETH", "Visiting ETH", D(2022, 9, 1), D(2022, 11, 30)),
    (2022, "Winter: Visiting ETH", "Visiting ETH", D(2022, 12, 1), D(2023, 2, 28)),
    (2023, "**Winter semester:** Teaching boats", "Teaching boats", D(2023, 12, 1), D(2024, 2, 29)),
]  # fmt: skip


@pytest.mark.parametrize(("year", "item", "title", "first", "last"), ROWS)
def test_a_season_opening_an_item(year: int, item: str, title: str, first, last) -> None:
    page = f"# Me\n\n## News\n\n### {year}\n\n- {item}\n"
    (one,) = parse_page(Path("news.md"), text=page)[1]
    assert one.title == title
    span = one.span
    assert span is not None
    assert (span.start, span.end, span.precision, span.end_iso) == (first, last, "year", None)
