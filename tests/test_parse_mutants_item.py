"""One news item understood (feeds/parse/item.py): item text in, label, date, title,
links and warnings out, as the feeds publish them.

Written for the mutants a mutation run of ``item.py`` left alive (issue 14); every
expectation is written here from the item's text.
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
    return events, [(p.source, p.line, p.message, p.severity, p.code) for p in reporter.problems]


def one(line: str, site_root: str = "https://example.org/"):
    events, _ = read(f"## News\n{line}\n", site_root)
    (event,) = events
    return event


# item, kind, start, end, title
LABELS_AND_DATES = [
    ("- **Nov 18, 2022** Talk at MIT", "News", D(2022, 11, 18), D(2022, 11, 18), "Talk at MIT"),
    ("- 🎉 **[Nov 2022]:** Paper accepted", "News", D(2022, 11, 1), D(2022, 11, 30),
     "Paper accepted"),
    # words before a bold date: it is no leading date, and no date at all here
    # a bold date inside the sentence is no label; the item's prose still dates it
    ("- Talk **Nov 2022** at MIT", "News", D(2022, 11, 1), D(2022, 11, 30), "Talk Nov 2022 at MIT"),
    # a linked bold run is no label
    ("- **[Talk](https://t.example/)** at MIT (Nov 18, 2022)", "News", D(2022, 11, 18),
     D(2022, 11, 18), "Talk at MIT"),
    ("- **Invited Talk:** at MIT (Nov 18, 2022)", "Invited Talk", D(2022, 11, 18),
     D(2022, 11, 18), "MIT"),
    ("- Plain Label: text here (Nov 18, 2022)", "Plain Label", D(2022, 11, 18),
     D(2022, 11, 18), "Text here"),
    # more than three words before a colon make no plain label
    ("- A Very Long Plain Label Here: text (Nov 18, 2022)", "News", D(2022, 11, 18),
     D(2022, 11, 18), "A Very Long Plain Label Here: text"),
    # a bold run of more than five words is no label
    ("- **Six words in bold are no label** here (Nov 18, 2022)", "News", D(2022, 11, 18),
     D(2022, 11, 18), "Six words in bold are no label here"),
    # a bold year is a date, not a label
    ("- **2023** Joined the lab", "News", D(2023, 1, 1), D(2023, 12, 31), "Joined the lab"),
    # a date right after the label
    ("- **Talk** Nov 18, 2022: at MIT", "Talk", D(2022, 11, 18), D(2022, 11, 18), "MIT"),
    ("- Mar 2020: Gave a seminar", "News", D(2020, 3, 1), D(2020, 3, 31), "Gave a seminar"),
    # a trailing day inside the leading month is cut from the title, the month stays;
    # a trailing date inside a leading year refines it; one outside stays text
    ("- **Nov 2022** Talk at MIT (Nov 18, 2022)", "News", D(2022, 11, 1), D(2022, 11, 30),
     "Talk at MIT"),
    ("- **2022** Talk at MIT (Nov 18, 2022)", "News", D(2022, 11, 18), D(2022, 11, 18),
     "Talk at MIT"),
    ("- **Nov 2022** Talk at MIT (Dec 18, 2022)", "News", D(2022, 11, 1), D(2022, 11, 30),
     "Talk at MIT (Dec 18, 2022)"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "kind", "start", "end", "title"), LABELS_AND_DATES)
def test_label_date_and_title(line, kind, start, end, title):
    event = one(line)
    assert event.kind == kind
    span = (event.span.start, event.span.end) if event.span else (None, None)
    assert span == (start, end)
    assert event.title == title


@pytest.mark.parametrize(
    ("line", "kind", "title"),
    [
        ("- Nov 18: Talk at MIT", "News", "Talk at MIT"),
        ("- **Talk** Nov 18: at MIT", "Talk", "MIT"),
    ],
)
def test_a_year_heading_completes_a_leading_yearless_date(line, kind, title):
    events, _ = read(f"## News\n### 2022\n{line}\n")
    (event,) = events
    assert (event.kind, event.span.start, event.span.end, event.title) == (
        kind, D(2022, 11, 18), D(2022, 11, 18), title,
    )  # fmt: skip


def test_kind_slug_and_time_from_the_parenthetical():
    event = one("- **Invited Talk** at MIT (3pm-4pm, Nov 18, 2022)")
    assert (event.kind, event.kind_slug) == ("Invited Talk", "invited-talk")
    assert (event.span.start_time, event.span.end_time) == (dt.time(15), dt.time(16))


def test_links_absolute_with_attachments_and_arxiv_ids():
    event = one(
        "- Talk at [MIT](/talks/mit.html) \\[[Slides](s.pdf)\\] [Video](v.mp4) "
        "[preprint](https://arxiv.org/abs/2301.01234v2) (Nov 2022)"
    )
    assert [(x.text, x.url, x.attachment, x.href) for x in event.links] == [
        ("MIT", "https://example.org/talks/mit.html", None, "/talks/mit.html"),
        ("Slides", "https://example.org/s.pdf", "slides", "s.pdf"),
        ("Video", "https://example.org/v.mp4", "video", "v.mp4"),
        ("preprint", "https://arxiv.org/abs/2301.01234v2", None,
         "https://arxiv.org/abs/2301.01234v2"),
    ]  # fmt: skip
    assert event.arxiv == ["2301.01234"]
    assert 'href="https://example.org/talks/mit.html"' in event.html
    assert 'href="https://example.org/s.pdf"' in event.html


def test_without_a_site_url_links_stay_as_written():
    event = one("- Talk at [MIT](/talks/mit.html) (Nov 2022)", site_root="")
    assert [(x.url, x.href) for x in event.links] == [("/talks/mit.html", "/talks/mit.html")]


def test_an_image_source_is_made_absolute():
    event = one("- ![logo](img/logo.png) Award (Nov 2022)")
    assert 'src="https://example.org/img/logo.png"' in event.html


def test_a_data_url_is_no_published_link():
    event = one("- Poster ![p](data:image/png;base64,AAAA) [PDF](p.pdf) (Nov 2022)")
    assert [x.url for x in event.links] == ["https://example.org/p.pdf"]


def test_a_continuation_paragraph_dates_the_item():
    event = one("- **Talk** at MIT\n\n  Slides and more (Nov 1, 2022)")
    assert (event.kind, event.span.start) == ("Talk", D(2022, 11, 1))


def test_a_block_html_item_is_read_as_markdown():
    event = one("- <p><b>Talk</b> at MIT (Nov 1, 2022)</p>")
    assert (event.title, event.span.start) == ("Talk at MIT", D(2022, 11, 1))


def test_undated_items_under_a_year_heading_and_what_is_said():
    events, problems = read(
        "## News\n"
        "### 2022\n"
        "- Joined the lab\n"
        "- Talk on Feb 30\n"
        "\n"
        "**Talk** at MIT with no date.\n"
        "\n"
        "- \n"
    )
    # the heading's year dates the first; an impossible date leaves the second undated
    assert [(e.title, e.span.start if e.span else None) for e in events] == [
        ("Joined the lab", D(2022, 1, 1)),
        ("Talk on Feb 30", None),
    ]
    assert problems == [
        ("home.md", 4, "'Feb 30' is not a real date (end the item with a date such as "
         "'(Nov 18, 2022)'); published undated", "warning", "undated"),
        ("home.md", 6, "news paragraph has no date; not published", "warning", "undated"),
        ("home.md", 8, "empty news item", "warning", "empty"),
    ]  # fmt: skip


def test_a_place_that_makes_the_date_impossible_is_said():
    events, problems = read("## News\n- Talk (Feb 29, Mar 3, 2023)\n")
    assert [(e.span.start, e.location) for e in events] == [(D(2023, 3, 3), "Feb 29")]
    assert problems == [
        ("home.md", 2, "'Feb 29, 2023' is not a real date; dated 2023-03-03 only", "warning", "")
    ]


@pytest.mark.parametrize(
    ("page", "start", "title"),
    [
        # a trailing date on the last day of the leading year refines it
        ("- **2022** Talk at MIT (Dec 31, 2022)", D(2022, 12, 31), "Talk at MIT"),
        # a dated item whose second paragraph has no date keeps its date
        ("- **Nov 1, 2022** Talk at MIT\n\n  Slides to follow", D(2022, 11, 1), "Talk at MIT"),
        # an item of two paragraphs with no date anywhere: published undated
        ("- **Talk** at MIT\n\n  Slides to follow", None, "MIT"),
        # a year heading completes a yearless trailing date, in the first or a later paragraph
        ("### 2022\n- **2022** Talk at MIT (Nov 18)", D(2022, 11, 18), "Talk at MIT"),
        ("### 2022\n- **Talk** at MIT\n\n  Slides (Nov 1)", D(2022, 11, 1), "MIT"),
    ],
)
def test_dates_over_paragraphs_and_ranges(page, start, title):
    events, _ = read(f"## News\n{page}\n")
    (event,) = events
    assert (event.span.start if event.span else None, event.title) == (start, title)


# Session 18: a bold date under a year heading is the date whole, even without its year;
# a tag in brackets before a yearless date is no title; a venue tag dates by its year.
YEAR_HEADING_FORMS = [
    # the bold run ends the date: "– 20 …" is no day range, "- 2 …" no second date
    ("- **Nov 18** – 20 students attended our workshop", "News", D(2022, 11, 18),
     D(2022, 11, 18), "20 students attended our workshop"),
    ("- **Nov 18** - 2 talks at MIT", "News", D(2022, 11, 18), D(2022, 11, 18),
     "2 talks at MIT"),
    ("- [Lab] Nov 18: Talk at MIT", "News", D(2022, 11, 18), D(2022, 11, 18), "Talk at MIT"),
    ("- (Team X) Nov 18 – 20 students attended our workshop", "News", D(2022, 11, 18),
     D(2022, 11, 20), "Students attended our workshop"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "kind", "start", "end", "title"), YEAR_HEADING_FORMS)
def test_leading_dates_under_a_year_heading(line, kind, start, end, title):
    events, problems = read(f"## News\n### 2022\n{line}\n")
    (event,) = events
    assert (event.kind, event.span.start, event.span.end, event.title) == (kind, start, end, title)
    assert problems == []


@pytest.mark.parametrize(
    "line", ["- [ICML 2025] Paper on graphs accepted", "- **ICML 2025:** Paper on graphs accepted"]
)
def test_a_venue_tag_is_no_label_and_gives_the_year(line):
    events, problems = read(f"## News\n{line}\n")
    (event,) = events
    assert (event.kind, event.span.start, event.span.end, event.title) == (
        "News", D(2025, 1, 1), D(2025, 12, 31), "Paper on graphs accepted",
    )  # fmt: skip
    assert problems == []


@pytest.mark.parametrize(
    ("line", "start", "title"),
    [
        # a tag is a word break: block-HTML items read as the words a browser shows
        ("- <p><b>Talk</b><br>at MIT (Nov 1, 2022)</p>", D(2022, 11, 1), "Talk at MIT"),
        ("- <div>Nov 1, 2022</div><div>Talk at MIT</div>", D(2022, 11, 1), "Talk at MIT"),
        # two HTML paragraphs of one item are read as one text
        ("- <p>Talk at MIT</p>\n\n  <p>Slides (Nov 1, 2022)</p>", D(2022, 11, 1),
         "Talk at MIT Slides"),
    ],
)  # fmt: skip
def test_a_block_html_item_is_read_with_its_word_breaks(line, start, title):
    events, problems = read(f"## News\n{line}\n")
    assert [(e.span.start, e.title) for e in events] == [(start, title)]
    assert problems == []
