"""Prose dated from outside its own text (feeds/parse/date_paragraphs.py), second part:
a news section in, each item's title, dates and HTML out.

Written for the mutant of ``undated_prose`` that a mutation run left alive (issue 14,
session 20): a list entry that opens with a heading under a day heading is an entry like
any other, dated by the day; every expectation is written here from the page.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import html5lib
import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

D = dt.date


def read(news: str):
    reporter = Reporter(quiet=True)
    _, events = parse_page(
        Path("index.md"), site_root="https://me.example.org/", reporter=reporter,
        text=f"# Ada\n\n## News\n\n{news}\n",
    )  # fmt: skip
    return events, reporter.problems


def heading_text(html: str) -> str:
    """The text of the one ``<h1>`` of an item's HTML, read by html5lib."""
    tree = html5lib.parse(html, namespaceHTMLElements=False)
    (heading,) = tree.iter("h1")
    return "".join(heading.itertext())


ENTRIES = [
    # under a day heading every entry is of that day, one opening with a heading too
    ("### 12 May 2024\n\n- # Talk at MIT\n- Talk at Yale", [
        ("Talk at MIT", D(2024, 5, 12), D(2024, 5, 12)),
        ("Talk at Yale", D(2024, 5, 12), D(2024, 5, 12)),
    ]),
    # under a month heading, the month (a bullet gets no date written into it)
    ("### June 2024\n\n- # Talk at Rice", [("Talk at Rice", D(2024, 6, 1), D(2024, 6, 30))]),
]  # fmt: skip


@pytest.mark.parametrize(("news", "items"), ENTRIES)
def test_an_entry_opening_with_a_heading_is_dated_as_any_entry(news: str, items) -> None:
    events, problems = read(news)
    assert [(e.title, e.span.start, e.span.end) for e in events] == items
    assert problems == []


def test_the_day_is_written_into_the_entrys_heading() -> None:
    (event, _), _ = read("### 12 May 2024\n\n- # Talk at MIT\n- Talk at Yale")
    assert heading_text(event.html) == "12 May 2024 Talk at MIT"
