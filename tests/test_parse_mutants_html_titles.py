"""Bold lines, labels and styled blocks that title the news of a hand-written HTML page,
read in-process (mutation run, issue 14; bench/mutation_parse.md). The pages of
tests/test_html_title_blocks.py (which runs the CLI in a subprocess) are read here too,
with the limits of a title: five words, 40 characters, no date; a class, id or role that
says title; a block or run that is only bold; a plain ``Words:`` label, with at most one
bracketed link. Pages in our own words; titles and dates expected written from them."""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

Found = tuple[str | None, list[tuple[str, str | None]], list[str]]


def read(body: str) -> Found:
    """The news heading, the items (title, start) and the links followed for more news."""
    text = f"<!DOCTYPE html>\n<html><head><title>Ana</title></head><body>\n{body}\n</body></html>\n"
    page, events = parse_page(Path("index.html"), site_root="https://example.org/", text=text)
    heading = page.news_heading[0] if page.news_heading else None
    found = [(e.title, e.span.start_iso if e.span else None) for e in events]
    return heading, found, [link for _, link, _ in page.archive]


def items(body: str) -> list[tuple[str, str | None]]:
    return read(body)[1]


ITEMS = (
    "\n<ul>\n  <li>Mar 2026: Gave a talk at ExConf.</li>\n"
    "  <li>Feb 2026: Paper accepted at ExJournal.</li>\n</ul>\n"
)
NEWS = [("Gave a talk at ExConf", "2026-03"), ("Paper accepted at ExJournal", "2026-02")]
LATER = "\n<ul><li>Jan 2026: Joined the Example Lab.</li></ul>\n"
JOINED = ("Joined the Example Lab", "2026-01")
NO_NEWS: Found = (None, [], [])

OPENERS = {
    "div class=title": ('<div class="title">News</div>', "News"),
    "p class=section-title": ('<p class="section-title">Latest News</p>', "Latest News"),
    "id says heading": ('<div id="news-heading">Updates</div>', "Updates"),
    "role=heading": ('<div role="heading" aria-level="2">Updates</div>', "Updates"),
    "a paragraph only bold": ("<p><b>News</b></p>", "News"),
    "a paragraph only bold, spaces around": ("<p>\n  <strong>News</strong>\n</p>", "News"),
    "five words": ('<div class="title">News from the lab today</div>', "News from the lab today"),
    "40 characters": (
        '<div class="title">Departmental announcements, and the news</div>',
        "Departmental announcements, and the news",
    ),
}


@pytest.mark.parametrize("case", OPENERS, ids=list(OPENERS))
def test_a_styled_block_says_news_opens_the_news(case: str) -> None:
    block, heading = OPENERS[case]
    assert read(f"{block}{ITEMS}") == (heading, NEWS, [])


def test_a_span_that_says_heading_alone_in_its_box_opens_the_news() -> None:
    body = f'<div><span class="heading">News</span>\n{ITEMS}</div>'
    assert read(body) == ("News", NEWS, [])


def test_a_bold_run_alone_between_blocks_opens_the_news() -> None:
    assert read(f"<div><b>News</b>{ITEMS}</div>") == ("News", NEWS, [])


NOT_TITLES = {
    "a class that says no title": '<div class="card">News</div>',
    "a paragraph not only bold": "<p><b>News</b> and more words here</p>",
    "a bold run with words beside it": "<div><b>News</b> from the lab</div>",
    "a paragraph only a link": '<p><a href="/news.html">News</a></p>',
    "six words": '<div class="title">News from our lab this year</div>',
    "41 characters": '<div class="title">Departmental announcements, and the news.</div>',
    "a label bracketing no link": "<p>News: (<span>since 2020</span>)</p>",
    "a label of six words": "<p>Here is all of our news:</p>",
    "a bold line of six words": (
        "<p><b>News from our lab this year</b><br>\nMar 2026: Gave a talk at ExConf.<br>\n"
        "Feb 2026: Paper accepted at ExJournal.</p>"
    ),
}


@pytest.mark.parametrize("case", NOT_TITLES, ids=list(NOT_TITLES))
def test_other_blocks_open_no_news(case: str) -> None:
    assert read(f"{NOT_TITLES[case]}{ITEMS}") == NO_NEWS


ENDS = {  # after the news a styled title opened, what ends it
    "five words": ('<div class="title">Selected papers of the group</div>', True),
    "40 characters": ('<div class="title">Publications: journals, books, and talks</div>', True),
    "41 characters": ('<div class="title">Publications: journals, books, and talks.</div>', False),
    "six words": ('<div class="title">Old papers of the group here</div>', False),
    "an empty title block": ('<div class="title"> </div>', False),
}


@pytest.mark.parametrize("case", ENDS, ids=list(ENDS))
def test_a_later_styled_title_ends_the_news(case: str) -> None:
    block, ends = ENDS[case]
    body = f'<div class="title">News</div>{ITEMS}{block}{LATER}'
    assert read(body) == ("News", NEWS if ends else [*NEWS, JOINED], [])


def test_an_empty_news_section_under_a_bold_paragraph_is_named_at_the_paragraph() -> None:
    body = "<p>\n  <b>News</b>\n</p>\n<p>Nothing yet.</p>\n<h2>Teaching</h2>"
    text = f"<html><head><title>Ana</title></head><body>\n{body}\n</body></html>\n"
    reporter = Reporter(quiet=True)
    parse_page(Path("index.html"), reporter=reporter, text=text)
    assert [(p.line, p.code) for p in reporter.errors] == [(2, "no-items")]  # the <p>'s line


def test_a_date_alone_in_bold_stays_a_date_line() -> None:
    body = "<h2>News</h2>\n<p><b>March 2026</b></p>\n<p>Gave a talk at ExConf.</p>"
    assert items(body) == [("Gave a talk at ExConf", "2026-03")]


def test_a_date_with_a_colon_stays_a_date_line() -> None:
    body = "<h2>News</h2>\n<p>May 2024:</p>\n<p>Gave a talk at ExConf.</p>"
    assert items(body) == [("Gave a talk at ExConf", "2024-05")]


def test_a_label_with_a_link_opens_the_news_and_its_link_is_followed() -> None:
    body = (
        "<div><p>I study rivers.</p>\n"
        'Recent news: (<a href="news-all.html">full history</a>)\n'
        f"{ITEMS}</div>\n<div>{LATER}</div>"
    )
    assert read(body) == ("Recent news", NEWS, ["news-all.html"])


@pytest.mark.parametrize("label", ["Recent news:", "All the news from us:"])
def test_a_label_alone_opens_the_news(label: str) -> None:
    body = f"<div><p>I study rivers.</p>\n{label}\n{ITEMS}</div>\n<div>{LATER}</div>"
    assert read(body) == (label.rstrip(":"), NEWS, [])


def test_a_bold_line_over_br_lines_opens_the_news():
    body = (
        "<p><b>About</b><br>I study rivers.</p>\n"
        "<p><b>News</b><br>\nMar 2026: Gave a talk at ExConf.<br>\n"
        "Feb 2026: Paper accepted at ExJournal.<br>\n</p>\n"
        "<p><b>Teaching</b><br>\nMar 2026: A course on rivers.</p>\n"
    )
    assert items(body) == NEWS


def test_a_bold_line_of_five_words_over_br_lines_opens_the_news():
    body = (
        "<p><b>News from the lab today</b><br>\nMar 2026: Gave a talk at ExConf.<br>\n"
        "Feb 2026: Paper accepted at ExJournal.</p>\n"
    )
    assert read(body) == ("News from the lab today", NEWS, [])


def typed(body: str) -> list[tuple[str, str | None, str, str]]:
    """The items of a page whose news is under ``<h2>News</h2>``: title, start, type, kind."""
    text = f"<!DOCTYPE html>\n<html><body>\n<h2>News</h2>\n{body}\n</body></html>\n"
    _, events = parse_page(
        Path("index.html"),
        site_root="https://example.org/",
        text=text,
        reporter=Reporter(quiet=True),
    )
    return [(e.title, e.span.start_iso if e.span else None, e.type, e.kind) for e in events]


# A bold line over one dated line (issue 14, session 23): a label of that item when it names a
# kind of news, even a plural of two words; a title over it otherwise ("News" is the kind of an
# item no label names).
LABEL_LINES = {
    "a plural of two words labels its item": (
        "<p><b>Invited talks</b><br>Feb 2026: spoke at the Loom Society</p>",
        [("Spoke at the Loom Society", "2026-02", "talk", "Invited talks")],
    ),
    "words naming no kind title the item below": (
        "<p><b>Recent news</b><br>Mar 2026: won the Cog Prize</p>",
        [("Won the Cog Prize", "2026-03", "award", "News")],
    ),
}


@pytest.mark.parametrize("case", LABEL_LINES, ids=list(LABEL_LINES))
def test_a_bold_line_over_one_dated_line(case: str) -> None:
    body, expected = LABEL_LINES[case]
    assert typed(body) == expected
