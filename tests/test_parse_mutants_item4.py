"""One news item understood (feeds/parse/item.py), fourth part: a page in, each item's
title, kind, dates and the warnings about it out, as the feeds publish them.

Written for the mutants of ``to_item`` and its helpers that the mutation run of today's
code left alive (issue 14, session 21); every expectation is written here from the page.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

D = dt.date


def read(page: str):
    reporter = Reporter(quiet=True)
    _, events = parse_page(
        Path("home.md"), site_root="https://example.org/", reporter=reporter, text=page
    )
    return events, [(p.source, p.line, p.message, p.code) for p in reporter.problems]


# An item that only says news is to come, or that a script fills in, is left out with a
# warning at its line that quotes it.
PLACEHOLDERS = [
    ("- TBA", "'TBA' says news is still to come, not news; left out"),
    ("- Loading...", "'Loading...' is a placeholder a script replaces when the page loads, "
     "not news; left out (the news it loads is read only from a file of the site)"),
]  # fmt: skip


@pytest.mark.parametrize(("item", "message"), PLACEHOLDERS)
def test_a_placeholder_item_is_left_out_with_a_warning_at_its_line(item: str, message) -> None:
    page = f"## News\n\n- Nov 5, 2022: Talk at MIT\n{item}\n"
    (event,), problems = read(page)
    assert event.title == "Talk at MIT"
    assert problems == [("home.md", 4, message, "placeholder")]


# A colon inside an italic title makes no kind label: the item is "News", its title whole.
ITALIC_TITLES = [
    ("- **Mar 2026:** <i>Kelp: Sizing Memory on Boards with Tiny Cores</i> got accepted at"
     " EXCONF.", "Kelp: Sizing Memory on Boards with Tiny Cores got accepted at EXCONF"),
    ("- *Kelp: Sizing Memory on Boards* was accepted at EXCONF (Mar 2026).",
     "Kelp: Sizing Memory on Boards was accepted at EXCONF"),
]  # fmt: skip


@pytest.mark.parametrize(("item", "title"), ITALIC_TITLES)
def test_a_colon_in_an_italic_title_makes_no_kind(item: str, title: str) -> None:
    (event,), problems = read(f"## News\n\n{item}\n")
    assert (event.kind, event.kind_slug, event.type) == ("News", "news", "paper")
    assert event.title == title
    assert (event.span.start, event.span.end) == (D(2026, 3, 1), D(2026, 3, 31))
    assert problems == []


# A bold run that opens with a digit is no kind label ("1st Prize", "3D Vision"): the item
# stays "News" and the words stay in its title.
DIGIT_LEADS = [
    ("- Nov 5, 2022: **1st Prize** at the student hackathon",
     "1st Prize at the student hackathon"),
    ("- **2nd Place:** our team at the hackathon (Nov 5, 2022)",
     "2nd Place: our team at the hackathon"),
    ("- **3D Vision** workshop talk at MIT (Nov 5, 2022)", "3D Vision workshop talk at MIT"),
]  # fmt: skip


@pytest.mark.parametrize(("item", "title"), DIGIT_LEADS)
def test_a_bold_run_opening_with_a_digit_is_no_kind(item: str, title: str) -> None:
    (event,), problems = read(f"## News\n\n{item}\n")
    assert (event.kind, event.title, event.span.start) == ("News", title, D(2022, 11, 5))
    assert problems == []
