"""Prose dated from outside its own text (feeds/parse/date_paragraphs.py), read
in-process: a news section of date headings, date paragraphs and prose in, each item's
title, start, line and HTML out.

Written for the mutants a mutation run of ``date_paragraphs.py`` left alive (issue 14);
every expectation is written here from the page: a paragraph that is only a day or month
date opens an item made of the text paragraphs after it (up to the next date, label or
other block); a month or day heading dates the prose paragraphs under it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def read(news: str) -> list[tuple[str, str | None, int, str]]:
    """(title, start, line, html) of the items of a page whose news section is ``news``."""
    page = f"# Ada\n\n## News\n\n{news}\n"
    _, events = parse_page(
        Path("index.md"), site_root="https://me.example.org/", reporter=Reporter(quiet=True),
        text=page,
    )  # fmt: skip
    return [(e.title, e.span.start_iso if e.span else None, e.line, e.html) for e in events]


TALK = "Gave a talk."
DATE_PARAGRAPHS = [
    # a day date alone, then two paragraphs: one item; the next date opens the next
    (f"**2024.09.27**\n\n{TALK}\n\nWith friends.\n\n**2024.08.01**\n\nA paper.", [
        ("Gave a talk", "2024-09-27", 5,
         f"<p><strong>2024.09.27</strong> {TALK}</p>\n<p>With friends.</p>"),
        ("A paper", "2024-08-01", 11, "<p><strong>2024.08.01</strong> A paper.</p>"),
    ]),
    # a month date in brackets and emphasis; a line of the date paragraph's own
    (f"[*Sep 2024*]:\n\n{TALK}", [
        ("Gave a talk", "2024-09", 5, f"<p>[<em>Sep 2024</em>]: {TALK}</p>"),
    ]),
    # the item ends before a list, a bold label, a paragraph opening with its own date
    (f"**Sep 2024**\n\n{TALK}\n\n- A list entry (Aug 2024).", [
        ("Gave a talk", "2024-09", 5, f"<p><strong>Sep 2024</strong> {TALK}</p>"),
        ("A list entry", "2024-08", 9, "A list entry (Aug 2024)."),
    ]),
    (f"**2024.09.27**\n\n{TALK}\n\n**Upcoming**\n\n- A paper (Oct 2024).", [
        ("Gave a talk", "2024-09-27", 5, f"<p><strong>2024.09.27</strong> {TALK}</p>"),
        ("A paper", "2024-10", 11, "A paper (Oct 2024)."),
    ]),
    (f"**2024.09.27**\n\n{TALK}\n\n2024.08.01: A paper.", [
        ("Gave a talk", "2024-09-27", 5, f"<p><strong>2024.09.27</strong> {TALK}</p>"),
        ("A paper", "2024-08-01", 9, "<p>2024.08.01: A paper.</p>"),
    ]),
    (f"**2024.09.27**\n\n{TALK}\n\n*2024.08.01*\n\nA paper.", [
        ("Gave a talk", "2024-09-27", 5, f"<p><strong>2024.09.27</strong> {TALK}</p>"),
        ("A paper", "2024-08-01", 9, "<p><em>2024.08.01</em> A paper.</p>"),
    ]),
    # a paragraph that is only a picture is no text of the item
    (f"**2024.09.27**\n\n![](a.png)\n\n{TALK}", [
        ("Gave a talk", "2024-09-27", 5, f"<p><strong>2024.09.27</strong> {TALK}</p>"),
    ]),
    # a day under a year heading takes the heading's year
    (f"### 2025\n\n**09.27**\n\n{TALK}", [
        ("Gave a talk", "2025-09-27", 7, f"<p><strong>09.27</strong> {TALK}</p>"),
    ]),
]  # fmt: skip


@pytest.mark.parametrize(("news", "items"), DATE_PARAGRAPHS)
def test_a_date_paragraph_opens_an_item(news, items):
    assert read(news) == items


DATE_HEADINGS = [
    # a month heading dates each prose paragraph; one with its own date keeps it
    (f"### March 2026\n\n{TALK}\n\nA paper.\n\nJun 2025: An award.", [
        ("Gave a talk", "2026-03", 5, f"<p><strong>March 2026</strong> {TALK}</p>"),
        ("A paper", "2026-03", 9, "<p><strong>March 2026</strong> A paper.</p>"),
        ("An award", "2025-06", 11, "<p>Jun 2025: An award.</p>"),
    ]),
    # a day heading: its prose is one item
    (f"### 12 May 2024\n\n{TALK}\n\nA paper.", [
        ("Gave a talk", "2024-05-12", 5,
         f"<p><strong>12 May 2024</strong> {TALK}</p>\n<p>A paper.</p>"),
    ]),
    # a heading's date is read without its emoji and marks
    (f"### 🎉 **March 2026** 🎉\n\n{TALK}", [
        ("Gave a talk", "2026-03", 5, f"<p><strong>March 2026</strong> {TALK}</p>"),
    ]),
    # list entries under a day heading take the day
    ("### 12 May 2024\n\n- Gave a talk.\n- A paper.", [
        ("Gave a talk", "2024-05-12", 7, "<strong>12 May 2024</strong> Gave a talk."),
        ("A paper", "2024-05-12", 8, "<strong>12 May 2024</strong> A paper."),
    ]),
    # a heading of two years is no year: the item keeps its own date
    ("### 2019–2020\n\n- Gave a talk (Jun 2019).", [
        ("Gave a talk", "2019-06", 7, "Gave a talk (Jun 2019)."),
    ]),
]  # fmt: skip


@pytest.mark.parametrize(("news", "items"), DATE_HEADINGS)
def test_a_date_heading_dates_its_prose(news, items):
    assert read(news) == items


def test_a_bold_paragraph_of_colons_is_no_label_and_no_crash():
    """``**::**`` alone in the news section is neither a label nor an item; the parser
    read it as a bold label and raised StopIteration (found by the Hypothesis test of
    tests/test_parse.py during this mutation run)."""
    assert read("- Jun 2025: A talk.\n\n**::**\n\n- May 2025: A paper.") == [
        ("A talk", "2025-06", 5, "Jun 2025: A talk."),
        ("A paper", "2025-05", 9, "May 2025: A paper."),
    ]
