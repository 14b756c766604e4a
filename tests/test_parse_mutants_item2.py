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
    ("- Attended NeurIPS (Dec 2022)\n\n  It was fun.", "News", "event"),
    ("- Big day for the lab (Nov 2022)\n\n  I gave a talk at MIT.", "News", "talk"),
    ("- Big day for the lab (Nov 2022)", "News", "news"),
    # one paragraph: nothing more is said, also with a link to a paper
    (
        "- Attended NeurIPS with [a poster](https://arxiv.org/abs/2301.01234) (Dec 2022)",
        "News",
        "event",
    ),
    ("- Paper accepted at ICML (Nov 1, 2022)\n\n  I will give a talk there.", "News", "paper"),
    # a label that names a type keeps it; an event's label (Visit, Conference) lets the
    # words of the item decide, its second paragraph too
    ("- **Award** from MIT (Nov 1, 2022)\n\n  Gave a talk there.", "Award", "award"),
    ("- **Visit** to MIT (Nov 1, 2022)\n\n  Gave a talk there.", "Visit", "talk"),
    ("- **Visit** to MIT (Nov 1, 2022)\n\n  It was fun.", "Visit", "event"),
]


@pytest.mark.parametrize(("item", "kind", "kind_of_news"), TYPES_OVER_PARAGRAPHS)
def test_what_a_second_paragraph_adds_to_the_type(item: str, kind: str, kind_of_news: str) -> None:
    (event,), _ = read(f"## News\n\n{item}\n")
    assert (event.kind, event.type) == (kind, kind_of_news)


def test_an_item_with_no_date_is_published_undated_and_said() -> None:
    events, problems = read("## News\n\n- Joined the lab\n")
    assert [(e.title, e.span) for e in events] == [("Joined the lab", None)]
    assert problems == [
        (3, "no date found in news item (end the item with a date such as '(Nov 18, 2022)'); "
         "published undated", "undated"),
    ]  # fmt: skip


# a venue tag opening the item gives its year; the words bold with the tag are the title's
VENUE_TAGS = [
    ("- **[ICML 2025]: Paper** on graphs", "Paper on graphs"),
    ("- [ICML 2025]: Jul 2025 Paper presented in Vienna", "Paper presented in Vienna"),
]


@pytest.mark.parametrize(("item", "title"), VENUE_TAGS)
def test_a_venue_tag_in_bold_with_words(item: str, title: str) -> None:
    (event,), problems = read(f"## News\n\n{item}\n")
    year = (
        (D(2025, 1, 1), D(2025, 12, 31)) if "Jul" not in item else (D(2025, 7, 1), D(2025, 7, 31))
    )
    assert (event.kind, event.title, span_of(event)) == ("News", title, year)
    assert problems == []


@pytest.mark.parametrize(
    ("item", "kind", "title"),
    [("- **XR Demo** at CHI (Nov 2022)", "XR Demo", "At CHI"),
     ("- **Talk X** at CHI (Nov 2022)", "Talk X", "CHI"),
     ("- **Q:** Talk at MIT (Nov 2022)", "Q", "Talk at MIT"),
     # a bold run with no letters names no kind, and its brackets stay words
     ("- **[]** Talk at MIT (Nov 2022)", "News", "[] Talk at MIT")],
)  # fmt: skip
def test_a_bold_label_keeps_its_letters(item: str, kind: str, title: str) -> None:
    (event,), _ = read(f"## News\n\n{item}\n")
    assert (event.kind, event.title) == (kind, title)


# a link right before or after a bold label leaves it a label; a bold run inside one does not
LINKS_BESIDE_A_LABEL = [
    ("- **Talk**[at MIT](https://mit.example/) (Nov 2022)", "Talk", "MIT"),
    ("- [🎉](https://x.example/)**Talk** at MIT (Nov 2022)", "Talk", "MIT"),
    ("- [**Talk**](https://x.example/) at MIT (Nov 2022)", "News", "Talk at MIT"),
]


@pytest.mark.parametrize(("item", "kind", "title"), LINKS_BESIDE_A_LABEL)
def test_a_link_beside_a_bold_label(item: str, kind: str, title: str) -> None:
    (event,), _ = read(f"## News\n\n{item}\n")
    assert (event.kind, event.title) == (kind, title)


# a bold label is at most 40 characters and five words
LABEL_BOUNDS = [
    ("**Interdisciplinary Neuroscience Symposium**", "Interdisciplinary Neuroscience Symposium",
     "At MIT"),  # 40 characters
    ("**Interdisciplinary Neuroscience Symposiums**", "News",
     "Interdisciplinary Neuroscience Symposiums at MIT"),  # 41
    ("**Big Data Systems Seminar Series**", "Big Data Systems Seminar Series", "MIT"),  # 5 words
    ("**Big Data Systems Seminar Series Talk**", "News",
     "Big Data Systems Seminar Series Talk at MIT"),  # 6 words
]  # fmt: skip


@pytest.mark.parametrize(("bold", "kind", "title"), LABEL_BOUNDS)
def test_how_long_a_bold_label_may_be(bold: str, kind: str, title: str) -> None:
    (event,), _ = read(f"## News\n\n- {bold} at MIT (Nov 2022)\n")
    assert (event.kind, event.title) == (kind, title)


# a plain "Label:" names the kind unless it is inside a link or a (misspelt) month
PLAIN_LABELS = [
    ("- [Talk: new results](https://x.example/) (Nov 2022)", "News", "Talk: new results"),
    ("- Plain Label: text [here](https://x.example/) (Nov 2022)", "Plain Label", "Text here"),
    ("- Talk: [New results](https://x.example/) (Nov 2022)", "Talk", "New results"),
    ("- Febuary: Talk at MIT (Nov 2022)", "News", "Febuary: Talk at MIT"),
    # a headline's opening is no label; a label is at most three words
    ("- New paper: Graphs on trees (Nov 2022)", "News", "New paper: Graphs on trees"),
    ("- Best Paper Award: Graphs on trees (Nov 2022)", "Best Paper Award", "Graphs on trees"),
    (
        "- Very Best Paper Award: Graphs on trees (Nov 2022)",
        "News",
        "Very Best Paper Award: Graphs on trees",
    ),
    # after a leading date
    ("- Nov 2022: Talk: new results at MIT", "Talk", "New results at MIT"),
]


@pytest.mark.parametrize(("item", "kind", "title"), PLAIN_LABELS)
def test_a_plain_label(item: str, kind: str, title: str) -> None:
    (event,), _ = read(f"## News\n\n{item}\n")
    assert (event.kind, event.title) == (kind, title)


def test_a_tag_then_a_linked_date_dates_the_item() -> None:
    (event,), _ = read("## News\n\n- (Team X) [Nov 18, 2022](https://x.example/) Talk at MIT\n")
    assert (event.title, span_of(event)) == ("Talk at MIT", (D(2022, 11, 18),) * 2)


def test_a_link_with_a_scheme_in_capitals_is_kept_as_written() -> None:
    (event,), _ = read("## News\n\n- Talk at [MIT](HTTPS://Example.com/a) (Nov 2022)\n")
    assert [(x.url, x.href) for x in event.links] == [("HTTPS://Example.com/a",) * 2]
    assert 'href="HTTPS://Example.com/a"' in event.html


def test_a_tag_then_a_date_with_its_place_in_brackets() -> None:
    (event,), _ = read("## News\n\n- (Team X) [Nov 18, 2022, Seoul]: Talk at KAIST\n")
    assert (event.title, event.location, span_of(event)) == (
        "Talk at KAIST", "Seoul", (D(2022, 11, 18),) * 2,
    )  # fmt: skip
