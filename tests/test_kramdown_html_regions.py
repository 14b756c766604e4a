"""Raw HTML that kramdown (Jekyll's Markdown) keeps whole over blank lines, in a Markdown
page: a page body written as indented HTML, ``<div class="page">`` … ``</div>``, with
blank lines between its blocks. CommonMark would end the HTML block at the first blank
line and read the indented rest as code; kramdown keeps the element open up to its end
tag, so a reader sees the HTML. A styled title block (``<div class="section-title">News
</div>``) or an ``<h2>`` inside opens the news section, as in an ``.html`` page; the next
styled title ends it. Indented code after a closed block stays code. Pages written here
in our own words, read in-process; expectations written from the page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

NEWS = """\
        <ul class="news-list">
            <li><strong>[2026.03]</strong> Gave a talk at ExConf in Lyon.</li>

            <li><strong>[2026.01]</strong> One paper accepted at ExJournal.</li>
        </ul>
"""
PUBLICATIONS = """\
        <ul class="pubs">
            <li>[2025.05] A. Author. Sand and rivers. J. Ex.</li>
        </ul>
"""
EXPECTED = [
    ("Gave a talk at ExConf in Lyon", "2026-03", "talk"),
    ("One paper accepted at ExJournal", "2026-01", "paper"),
]


def page(news_title: str, next_title: str) -> str:
    return (
        "---\nlayout: default\ntitle: Home\n---\n\n"
        '<div class="page">\n\n'
        '    <div class="sidebar">\n        <div class="name">Ana Example</div>\n    </div>\n\n'
        '    <div class="main">\n'
        '        <div class="section-title">About Me</div>\n'
        "        <p>I study rivers.</p>\n\n"
        f"        {news_title}\n{NEWS}\n"
        f"        {next_title}\n{PUBLICATIONS}"
        "    </div>\n</div>\n"
    )


PAGES = {
    "div class=section-title": page(
        '<div class="section-title">🔥 News</div>',
        '<div class="section-title">Publications</div>',
    ),
    "p class=heading": page(
        '<p class="heading">Recent News</p>', '<p class="heading">Selected Papers</p>'
    ),
    "an <h2> deep in the indented part": page("<h2>News</h2>", "<h2>Publications</h2>"),
}


def _items(text: str, name: str = "index.markdown") -> list[tuple[str, str | None, str]]:
    _, items = parse_page(Path(name), text=text, site_root="https://ana.example.org/")
    return [(i.title, i.span.start_iso if i.span else None, i.type) for i in items]


@pytest.mark.parametrize("case", PAGES, ids=list(PAGES))
def test_news_inside_an_html_block_kept_whole(case: str) -> None:
    assert _items(PAGES[case]) == EXPECTED


def test_its_line_numbers_are_the_pages() -> None:
    text = PAGES["div class=section-title"]
    _, items = parse_page(Path("index.md"), text=text, site_root="https://ana.example.org/")
    lines = text.split("\n")
    assert [lines[i.line - 1].strip()[:28] for i in items] == [
        "<li><strong>[2026.03]</stron",
        "<li><strong>[2026.01]</stron",
    ]


CODE_SAMPLE = """\
---
title: Home
---

<div class="note">How to write a news box:</div>

    <div class="section-title">News</div>
    <ul><li><strong>[2026.03]</strong> Gave a talk at ExConf.</li></ul>

No news here.
"""


def test_indented_code_after_a_closed_block_stays_code() -> None:
    reporter = Reporter(quiet=True)
    _, items = parse_page(
        Path("index.md"), text=CODE_SAMPLE, site_root="https://a.example/", reporter=reporter
    )
    assert items == []
    assert any("no news section found" in p.message for p in reporter.problems)


MARKDOWN_NEWS = """\
---
title: Home
---

<div class="side">

    <div class="section-title">News</div>
    <ul><li><strong>[2020.01]</strong> A sidebar teaser.</li></ul>
</div>

## News

- **[2026.02]** Gave a talk at ExConf.
"""


def test_a_markdown_news_heading_wins_over_a_styled_title() -> None:
    assert _items(MARKDOWN_NEWS) == [("Gave a talk at ExConf", "2026-02", "talk")]


STYLED_TITLE_OVER_MARKDOWN = """\
---
title: Home
---

<div class="section-title">News</div>

- **2026.03** Gave a talk at ExConf.
- **2026.01** One paper accepted at ExJournal.

<div class="section-title">Publications</div>

- **2025.05** A. Author. Sand and rivers. J. Ex.
"""


def test_a_styled_title_over_a_markdown_list() -> None:
    assert _items(STYLED_TITLE_OVER_MARKDOWN) == [
        ("Gave a talk at ExConf", "2026-03", "talk"),
        ("One paper accepted at ExJournal", "2026-01", "paper"),
    ]  # the next styled title ends the news: the publication is no item
