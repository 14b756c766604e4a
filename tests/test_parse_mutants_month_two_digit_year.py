"""A short month and a two-digit year opening an item (``parse/dates/month_two_digit_year.py``),
what mutation testing found unguarded (issue 14, bench/mutation_parse.md, session 20).

``_short_names`` runs once, when the module is imported, before any test can switch a
mutant on; so its table is checked here directly: which short names name one month, in
every language the dates are read in (written here from the month names)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from feeds.parse import parse_page
from feeds.parse.dates.month_two_digit_year import _short_names


def test_items_of_a_month_year_list_are_dated_their_whole_month() -> None:
    page = (
        "# Me\n\n## News\n\n- Aug 25, Attending the Summer School on Widgets\n"
        "- Feb 24, Joined the Gear Lab\n"
    )
    got = [
        (e.title, e.span.start, e.span.end, e.span.precision, e.span.end_iso)
        for e in parse_page(Path("news.md"), text=page)[1]
        if e.span is not None
    ]
    assert got == [
        ("Attending the Summer School on Widgets", dt.date(2025, 8, 1), dt.date(2025, 8, 31),
         "month", None),
        ("Joined the Gear Lab", dt.date(2024, 2, 1), dt.date(2024, 2, 29), "month", None),
    ]  # fmt: skip


SHORT = [
    ("aug", 8), ("augu", 8), ("sep", 9), ("sept", 9),  # English: three and four letters
    ("set", 9), ("sett", 9), ("ott", 10),  # Italian settembre, ottobre
    ("dez", 12), ("mär", 3),  # German
    ("févr", 2), ("fevr", 2), ("juin", 6), ("juil", 7),  # French, with and without accent
    ("ene", 1),  # Spanish enero
]  # fmt: skip


@pytest.mark.parametrize(("name", "month"), SHORT)
def test_a_short_name_of_one_month(name: str, month: int) -> None:
    assert _short_names()[name] == month


@pytest.mark.parametrize("name", ["jui", "septe", "janua", "ma"])
def test_no_short_name(name: str) -> None:
    """``jui`` is juin and juillet; five letters or two are no short name."""
    assert name not in _short_names()
