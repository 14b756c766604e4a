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


# Session 19 (mutate10b): the survivors of the first mutation run of date_paragraphs.py.
LONG_DATE = "Wednesday, September 27th, 2024 to Wednesday, September 30th, 2025"  # 66


def widened(length: int) -> str:
    """LONG_DATE with spaces around its ``to`` up to ``length`` characters."""
    pad = length - len(LONG_DATE)
    text = LONG_DATE.replace(" to ", " " * (1 + pad // 2) + "to" + " " * (1 + pad - pad // 2))
    assert len(text) == length
    return text


@pytest.mark.parametrize("length", [66, 80])
def test_a_long_date_alone_opens_an_item(length):
    """A date alone of up to 80 characters (two weekdays, ordinals, full month names)
    opens an item with the text after it; at 41 characters and more its text was lost
    (the item published was the date alone, titled "News")."""
    date = widened(length)
    assert read(f"**{date}**\n\n{TALK}") == [
        ("Gave a talk", "2024-09-27", 5, f"<p><strong>{date}</strong> {TALK}</p>"),
    ]


def test_a_date_of_81_characters_is_no_date_alone():
    """Past the bound the paragraph is an item of its own, and the undated paragraph
    after it no item."""
    date = widened(81)
    assert read(f"**{date}**\n\n{TALK}") == [
        ("News", "2024-09-27", 5, f"<p><strong>{date}</strong></p>"),
    ]


DAY_HEADING_MONTH = [
    # a day heading's month dates what its day does not: entries under a subheading
    ("### 12 May 2024\n\n#### Talks\n\n- Talk at MIT.", [
        ("Talk at MIT", "2024-05", 9, "Talk at MIT."),
    ]),
    # as under a month heading, a month said in the sentence is not the item's date
    ("### 12 May 2024\n\n#### Talks\n\n- Talk at the meeting in July.", [
        ("Talk at the meeting in July", "2024-05", 9, "Talk at the meeting in July."),
    ]),
    # days of two months give no month: the year only
    ("### Sep 27 – Oct 2, 2024\n\n#### Talks\n\n- Talk at MIT.", [
        ("Talk at MIT", "2024", 9, "Talk at MIT."),
    ]),
    ("### March–April 2024\n\n#### Talks\n\n- Talk at MIT.", [
        ("Talk at MIT", "2024", 9, "Talk at MIT."),
    ]),
]  # fmt: skip


@pytest.mark.parametrize(("news", "items"), DAY_HEADING_MONTH)
def test_a_day_heading_gives_its_month_below_a_subheading(news, items):
    """Was dated by the year alone (a month heading gave its month, a day heading none)."""
    assert read(news) == items


def test_an_empty_entry_under_a_day_heading():
    """An empty list entry is no item; the entries around it take the day."""
    assert read("### 12 May 2024\n\n- Gave a talk.\n-\n- A paper.") == [
        ("Gave a talk", "2024-05-12", 7, "<strong>12 May 2024</strong> Gave a talk."),
        ("A paper", "2024-05-12", 9, "<strong>12 May 2024</strong> A paper."),
    ]


NEXT_DATES = [
    # under a year heading a yearless day ends the item before it: its own item
    (f"### 2025\n\n**09.27**\n\n{TALK}\n\nSep 30: A paper.", [
        ("Gave a talk", "2025-09-27", 7, f"<p><strong>09.27</strong> {TALK}</p>"),
        ("A paper", "2025-09-30", 11, "<p>Sep 30: A paper.</p>"),
    ]),
    (f"### 2025\n\n**09.27**\n\n{TALK}\n\n30.09.: A paper.", [
        ("Gave a talk", "2025-09-27", 7, f"<p><strong>09.27</strong> {TALK}</p>"),
        ("A paper", "2025-09-30", 11, "<p>30.09.: A paper.</p>"),
    ]),
    (f"### 2025\n\n**09.27**\n\n{TALK}\n\n*09.30*\n\nA paper.", [
        ("Gave a talk", "2025-09-27", 7, f"<p><strong>09.27</strong> {TALK}</p>"),
        ("A paper", "2025-09-30", 11, "<p><em>09.30</em> A paper.</p>"),
    ]),
    # paragraphs with bold words in them go on with the item; only a bold label ends it
    (f"**2024.09.27**\n\n{TALK}\n\nWith **friends** at MIT.\n\n**Slides** are online.", [
        ("Gave a talk", "2024-09-27", 5,
         f"<p><strong>2024.09.27</strong> {TALK}</p>\n"
         "<p>With <strong>friends</strong> at MIT.</p>\n"
         "<p><strong>Slides</strong> are online.</p>"),
    ]),
]  # fmt: skip


@pytest.mark.parametrize(("news", "items"), NEXT_DATES)
def test_what_ends_the_item_of_a_date_paragraph(news, items):
    assert read(news) == items


def words(count: int) -> str:
    return " ".join(["Two papers and a grant"] * (count // 5) + ["news"] * (count % 5))


INTROS = [
    # a line of 20 words the list interrupts introduces it: no item of its own
    (f"### March 2026\n\n{words(20)}\n- A paper (Mar 3, 2026).", [
        ("A paper", "2026-03-03", 8, "A paper (Mar 3, 2026)."),
    ]),
    # 21 words are a story, not an introduction
    (f"### March 2026\n\n{words(21)}\n- A paper (Mar 3, 2026).", [
        (words(21), "2026-03", 5, f"<p><strong>March 2026</strong> {words(21)}</p>"),
        ("A paper", "2026-03-03", 8, "A paper (Mar 3, 2026)."),
    ]),
]  # fmt: skip


@pytest.mark.parametrize(("news", "items"), INTROS)
def test_a_short_line_introduces_the_list_under_it(news, items):
    assert read(news) == items


def test_the_date_above_the_text_gives_way_to_its_day():
    """The day a date paragraph's text ends with dates the item, as under a month heading
    (the text is marked as dated above)."""
    assert read("**March 2026**\n\nGave a talk (March 5, 2026).") == [
        ("Gave a talk", "2026-03-05", 5,
         "<p><strong>March 2026</strong> Gave a talk (March 5, 2026).</p>"),
    ]  # fmt: skip


def test_a_date_paragraph_tells_how_numeric_dates_read():
    """``27/09/2024`` can only be day first: the page's other numeric dates read so too
    (the date paragraph's source is read for the page's reading)."""
    assert read(f"**27/09/2024**\n\n{TALK}\n\n- 3/4/2024: A paper.") == [
        ("Gave a talk", "2024-09-27", 5, f"<p><strong>27/09/2024</strong> {TALK}</p>"),
        ("A paper", "2024-04-03", 9, "3/4/2024: A paper."),
    ]
