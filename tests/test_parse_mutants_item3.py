"""One news item understood (feeds/parse/item.py), third part: a page in, each item's
title, day, times and links out, as the feeds publish them.

Written for the mutants of ``_links``, ``_unbracketed`` and ``_bold_date`` that the
mutation runs left alive (issue 14, session 20), and for the time written after a bold
date that one of them showed; every expectation is written here from the page.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

D = dt.date
T = dt.time


def read(page: str):
    reporter = Reporter(quiet=True)
    _, events = parse_page(
        Path("home.md"), site_root="https://example.org/", reporter=reporter, text=page
    )
    return events, [(p.line, p.message, p.code) for p in reporter.problems]


# A link is an attachment when brackets hold it alone (or its text names one): its
# label, as the feeds show it, is the attachment's, and it is not the item's main link.
LINKS = [
    # the link is followed by "]" but not held by "[": a person, no attachment
    ("- Nov 5, 2022: Talk at MIT [with [Jane Doe](https://jane.example/)]",
     ("Jane Doe", "https://jane.example/", None)),
    # held by brackets right at the item's start (the link starts one character in)
    ("- [[Preprint](https://arxiv.org/abs/2211.00001)] Nov 4, 2022: New paper on graphs",
     ("Preprint", "https://arxiv.org/abs/2211.00001", "preprint")),
    # the link opens the item and is followed by "]"; the item's last character is "["
    ("- [Paper](https://example.org/p)] accepted at ICML, Nov 3, 2022 [",
     ("Paper", "https://example.org/p", None)),
]  # fmt: skip


@pytest.mark.parametrize(("item", "link"), LINKS)
def test_a_link_is_an_attachment_only_in_brackets_of_its_own(item: str, link) -> None:
    (event,), problems = read(f"## News\n\n{item}\n")
    assert [(x.text, x.url, x.attachment) for x in event.links] == [link]
    assert problems == []


def test_an_item_opening_with_a_bracket_never_closed_keeps_its_words() -> None:
    """Only an item wholly in brackets loses them; ``[Talk at MIT, Nov 5`` keeps its
    bracket, and its last word (the day) is read."""
    (event,), problems = read("## News\n\n### 2022\n\n- [Talk at MIT, Nov 5\n")
    assert (event.title, event.span.start, event.span.end) == (
        "[Talk at MIT",
        D(2022, 11, 5),
        D(2022, 11, 5),
    )
    assert problems == []


# A time written right after a bold date is the item's time, not its title's first word,
# as it is after the same date without bold (and as under a day heading).
TIMES_AFTER_A_BOLD_DATE = [
    ("- **12 May 2024** 3pm: Talk at MIT.", "Talk at MIT", D(2024, 5, 12), (T(15), None)),
    ("- **12 May 2024** 3pm - 4pm: Talk at MIT.", "Talk at MIT", D(2024, 5, 12),
     (T(15), T(16))),
    ("- **May 12, 2024**, 10:00 Talk at Yale", "Talk at Yale", D(2024, 5, 12), (T(10), None)),
    ("- **May 13** at 2 pm, Talk at Yale", "Talk at Yale", D(2024, 5, 13), (T(14), None)),
    # the time inside the bold, as before
    ("- **May 14, 2024 3pm**: Talk at Yale", "Talk at Yale", D(2024, 5, 14), (T(15), None)),
    # a number after the date is no time
    ("- **Nov 18** 20 students joined", "20 students joined", D(2024, 11, 18), (None, None)),
    ("- **Nov 18** - 20 students joined", "20 students joined", D(2024, 11, 18), (None, None)),
]  # fmt: skip


@pytest.mark.parametrize(("item", "title", "day", "times"), TIMES_AFTER_A_BOLD_DATE)
def test_a_time_after_a_bold_date_is_the_items(item: str, title: str, day: D, times) -> None:
    (event,), problems = read(f"## News\n\n### 2024\n\n{item}\n")
    span = event.span
    assert (event.title, span.start, span.end) == (title, day, day)
    assert (span.start_time, span.end_time) == times
    assert problems == []


def test_a_time_opening_the_prose_under_a_day_heading_is_the_items() -> None:
    (event,), problems = read("## News\n\n### 12 May 2024\n\n3pm: Talk at MIT.\n")
    span = event.span
    assert (event.title, span.start, span.end, span.start_time) == (
        "Talk at MIT", D(2024, 5, 12), D(2024, 5, 12), T(15),
    )  # fmt: skip
    assert problems == []


# A bold date opening the item under "### 2024": its date, range and what follows it
BOLD_DATES = [
    # the separator after the bold date is skipped: the label after it is read
    ("- **Nov 18**: Talk: Graph networks at MIT", "Talk", "Graph networks at MIT",
     (D(2024, 11, 18), D(2024, 11, 18))),
    ("- **Nov 17** - Award: Best paper at ICML", "Award", "Best paper at ICML",
     (D(2024, 11, 17), D(2024, 11, 17))),
    # a bold run that is a date and a word is no bold date: the word stays in the title
    ("- **Nov 16 X** Talk at MIT", "News", "X Talk at MIT", (D(2024, 11, 16), D(2024, 11, 16))),
    # a range's end is in the year of its start, written in the bold, not the heading's
    ("- **Nov 18, 2023** - Dec 2: Visit to MIT", "News", "Visit to MIT",
     (D(2023, 11, 18), D(2023, 12, 2))),
    ("- **Dec 28** - Jan 3: Visit to Rice", "News", "Visit to Rice",
     (D(2024, 12, 28), D(2025, 1, 3))),
]  # fmt: skip


@pytest.mark.parametrize(("item", "kind", "title", "span"), BOLD_DATES)
def test_a_bold_date_opening_an_item(item: str, kind: str, title: str, span) -> None:
    (event,), problems = read(f"## News\n\n### 2024\n\n{item}\n")
    assert (event.kind, event.title, (event.span.start, event.span.end)) == (kind, title, span)
    assert problems == []


# A venue tag opening the item: the year dates it, the words after it are the title
VENUE_TAGS = [
    # the separator after the tag is skipped: an author list then a linked title
    ("- [ICML 2025]: A. Author, B. Writer. [Graph networks at scale](https://example.org/p). "
     "Accepted.", "Graph networks at scale"),
    # a bold run right after the tag is the news, not part of the tag
    ("- [ICML 2025]**Best paper award** for our work on graphs",
     "Best paper award for our work on graphs"),
    # a bold tag of six words and a colon inside the bold; a venue of two letters
    ("- **ICML 2025 Workshop on Graph Learning :** Paper accepted", "Paper accepted"),
    ("- **XR 2025:** Paper accepted on mixed reality", "Paper accepted on mixed reality"),
]  # fmt: skip


def test_a_venue_after_the_items_date_stays_in_its_title() -> None:
    """Only a venue tag opening the item is taken off; after a date it is the title's."""
    (event,), problems = read("## News\n\n- Nov 18, 2022: **ICML 2025** Paper accepted\n")
    assert (event.kind, event.title) == ("News", "ICML 2025 Paper accepted")
    assert (event.span.start, event.span.end) == (D(2022, 11, 18), D(2022, 11, 18))
    assert problems == []


@pytest.mark.parametrize(("item", "title"), VENUE_TAGS)
def test_a_venue_tag_opening_an_item(item: str, title: str) -> None:
    (event,), problems = read(f"## News\n\n{item}\n")
    assert (event.kind, event.title) == ("News", title)
    assert (event.span.start, event.span.end) == (D(2025, 1, 1), D(2025, 12, 31))
    assert problems == []


def test_a_yearless_date_in_brackets_is_the_items_date_under_a_year() -> None:
    """``[Nov 18]`` under ``### 2024`` is a date, not a tag before the item's date."""
    events, problems = read("## News\n\n### 2024\n\n- [Nov 18] Nov 20: Talk at MIT\n")
    assert [(e.span.start, e.span.end) for e in events] == [(D(2024, 11, 18), D(2024, 11, 18))]
    assert problems == []


# A bold run opening the item: a label, or not
BOLD_OPENINGS = [
    # a bold author's name opening a citation is no label: the linked title is the title
    ("- **A. Author**, B. Writer. [Graph networks at scale](https://example.org/p). (Nov 2022)",
     "News", "Graph networks at scale"),
    # an icon link with no text before a plain label: the label is read (it is no link's)
    ('- <a href="https://example.org/x"><i class="fa fa-link"></i></a> Talk: Graph networks '
     "at Yale (Nov 2022)", "Talk", "Graph networks at Yale"),
    ("- [](https://example.org/x) Talk: Graph networks at MIT (Nov 2022)", "Talk",
     "Graph networks at MIT"),
]  # fmt: skip


@pytest.mark.parametrize(("item", "kind", "title"), BOLD_OPENINGS)
def test_a_bold_run_opening_an_item(item: str, kind: str, title: str) -> None:
    (event,), problems = read(f"## News\n\n{item}\n")
    assert (event.kind, event.title) == (kind, title)
    assert problems == []


def test_a_misspelt_short_month_is_no_label() -> None:
    """``Marh:`` (March without its c) looks like a month, not the name of a kind."""
    (event,), problems = read("## News\n\n### 2024\n\n- Marh: Talk at MIT\n")
    assert (event.kind, event.title) == ("News", "Marh: Talk at MIT")
    assert problems == []
