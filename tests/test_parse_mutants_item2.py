"""One news item understood (feeds/parse/item.py), second part: a page in, each item's
title, dates, label, details and links out, as the feeds publish them.

Written for the mutants of ``to_item`` (from its trailing date on) and of the helpers
after ``_bold_date`` that a mutation run left alive (issue 14, session 19); every
expectation is written here from the page.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

D = dt.date


def read(page: str, site_root: str = "https://example.org/"):
    reporter = Reporter(quiet=True)
    _, events = parse_page(Path("home.md"), site_root=site_root, reporter=reporter, text=page)
    return events, [(p.line, p.message, p.code) for p in reporter.problems]


def span_of(event) -> tuple[D, D] | None:
    return (event.span.start, event.span.end) if event.span else None


# Under "## 2024" / "### March": the item, its title, its dates
UNDER_A_MONTH = [
    # a month with its year ending the item is its date, in brackets or not
    ("- Talk at MIT (July 2023)", "Talk at MIT", (D(2023, 7, 1), D(2023, 7, 31))),
    ("- Talk at Yale, in July 2023", "Talk at Yale", (D(2023, 7, 1), D(2023, 7, 31))),
    # a month the sentence names without a year is no date: the heading's
    ("- Talk at MIT in July", "Talk at MIT in July", (D(2024, 3, 1), D(2024, 3, 31))),
    # ... but a second paragraph of the item may end with one
    ("- Talk at MIT in July\n\n  Slides online (Mar 5, 2024)\n", "Talk at MIT in July",
     (D(2024, 3, 5), D(2024, 3, 5))),
    # a later month the sentence says will come is not when it was news
    ("- The lab will open in January 2025", "The lab will open in January 2025",
     (D(2024, 3, 1), D(2024, 3, 31))),
    ("- The lab opens in May 2024.", "The lab opens in May 2024", (D(2024, 3, 1), D(2024, 3, 31))),
    # in brackets it is the item's own date
    ("- Lab opening (May 2024)", "Lab opening", (D(2024, 5, 1), D(2024, 5, 31))),
]  # fmt: skip


@pytest.mark.parametrize(("item", "title", "span"), UNDER_A_MONTH)
def test_a_trailing_date_under_a_month_heading(item: str, title: str, span) -> None:
    (event,), problems = read(f"# News\n\n## 2024\n\n### March\n\n{item}\n")
    assert (event.title, span_of(event)) == (title, span)
    assert problems == []
