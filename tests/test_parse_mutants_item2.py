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


def test_the_day_of_a_month_item_keeps_its_times() -> None:
    (event,), problems = read(
        "## News\n\n- **Nov 2022** Invited talk at MIT (3pm-4pm, Nov 18, 2022)\n"
    )
    assert (event.title, span_of(event)) == (
        "Invited talk at MIT",
        (D(2022, 11, 1), D(2022, 11, 30)),
    )
    when = event.when
    assert (when.start, when.end, when.start_time, when.end_time) == (
        D(2022, 11, 18), D(2022, 11, 18), dt.time(15), dt.time(16),
    )  # fmt: skip
    assert problems == []


def test_links_of_every_paragraph_and_where_the_item_is() -> None:
    page = "## News\n\nIntro.\n\n- **Talk** at [MIT](/mit)\n\n  [Slides](s.pdf) (Nov 1, 2022)\n"
    reporter = Reporter(quiet=True)
    _, (event,) = parse_page(
        Path("news/home.md"), site_root="https://example.org/", reporter=reporter, text=page
    )
    assert [(x.text, x.url, x.attachment) for x in event.links] == [
        ("MIT", "https://example.org/mit", None),
        ("Slides", "https://example.org/s.pdf", "slides"),
    ]
    assert (event.source, event.line, event.section) == ("news/home.md", 5, "news")
    assert (event.kind, event.title, span_of(event)) == ("Talk", "MIT", (D(2022, 11, 1),) * 2)


# an item of two paragraphs: the second may say it was a talk, a paper or an award, when
# the first only says news or an event and has no label of its own
TYPES_OVER_PARAGRAPHS = [
    ("- Attended NeurIPS (Dec 2022)\n\n  Gave a talk there.", "News", "talk"),
    ("- Attended NeurIPS (Dec 2022)", "News", "event"),
    ("- Big day for the lab (Nov 2022)\n\n  I gave a talk at MIT.", "News", "talk"),
    ("- Big day for the lab (Nov 2022)", "News", "news"),
    # one paragraph: nothing more is said, also with a link to a paper
    (
        "- Attended NeurIPS with [a poster](https://arxiv.org/abs/2301.01234) (Dec 2022)",
        "News",
        "event",
    ),
    ("- Paper accepted at ICML (Nov 1, 2022)\n\n  I will give a talk there.", "News", "paper"),
    ("- **Visit** to MIT (Nov 1, 2022)\n\n  Gave a talk there.", "Visit", "event"),
]


@pytest.mark.parametrize(("item", "kind", "kind_of_news"), TYPES_OVER_PARAGRAPHS)
def test_what_a_second_paragraph_adds_to_the_type(item: str, kind: str, kind_of_news: str) -> None:
    (event,), _ = read(f"## News\n\n{item}\n")
    assert (event.kind, event.type) == (kind, kind_of_news)
