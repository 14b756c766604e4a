"""Raw HTML news in a Markdown page read as one region (feeds/parse/html_regions.py,
``html_region``), in-process: the page in, each item's title, date and line out, written
here from the page (issue 14, session 23: the mutants of today's ``html_region`` and
``_runs_on``; bench/mutation_parse.md "Session 23: mutate14b")."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def items(text: str) -> list[tuple[str, str | None, int]]:
    _, events = parse_page(
        Path("index.md"), site_root="https://example.org/", reporter=Reporter(quiet=True), text=text
    )
    return [(e.title, e.span.start_iso if e.span else None, e.line) for e in events]


def test_html_above_the_news_heading_is_no_news():
    # the region is read from its own first line: a dated paragraph of the introduction,
    # above "## News", is no item (html_region 2: the region read from the page's top)
    page = (
        "# Ada\n\n<p>Jan 2026: Joined Acme as a researcher.</p>\n\n## News\n\n"
        '<div class="news">\n<p>Feb 2026: Paper accepted at ICML.</p>\n</div>\n\n'
        "## Teaching\n"
    )
    assert items(page) == [("Paper accepted at ICML", "2026-02", 8)]


def test_html_news_that_ends_the_page():
    # the region runs to the page's last token (html_region 11: read past it, a traceback)
    page = (
        '# Ada\n\n## News\n\n<div class="news">\n<p>Feb 2026: Paper accepted at ICML.</p>\n</div>\n'
    )
    assert items(page) == [("Paper accepted at ICML", "2026-02", 6)]


def test_markdown_after_closed_html_is_read_as_markdown():
    # the region ends where its elements are all closed (html_region 15: it ran on over
    # the paragraph after it, read as one HTML paragraph, and over an indented code block)
    page = (
        '# Ada\n\n## News\n\n<div class="news">\n<p>Mar 2026: Gave a talk at MIT.</p>\n</div>\n\n'
        "Feb 2026: Paper accepted at ICML.\nJan 2026: Joined Acme as a researcher.\n\n"
        "    Dec 2025: a line of code\n\n## Teaching\n"
    )
    assert items(page) == [
        ("Gave a talk at MIT", "2026-03", 6),
        ("Paper accepted at ICML", "2026-02", 9),
        ("Joined Acme as a researcher", "2026-01", 10),
    ]


def test_markdown_paragraphs_inside_raw_html_are_read_as_markdown():
    # emphasis and a link written in Markdown inside a <div> (html_region 61, 63, 64: the
    # region's text read as plain text, its markers and link kept as characters)
    page = (
        '# Ada\n\n## News\n\n<div class="news">\n\n'
        "Mar 2024: Gave a *talk* at [the museum](https://museum.example.org).\n\n"
        "</div>\n\n## Teaching\n"
    )
    [event] = parse_page(
        Path("index.md"), site_root="https://example.org/", reporter=Reporter(quiet=True), text=page
    )[1]
    tree = lxml.html.fragment_fromstring(event.html, create_parent="div")
    assert (
        event.title,
        [e.text for e in tree.iter("em")],
        [a.get("href") for a in tree.iter("a")],
    ) == (
        "Gave a talk at the museum",
        ["talk"],
        ["https://museum.example.org"],
    )


def test_an_open_element_runs_on_over_a_blank_line_up_to_its_end_tag():
    # <p> inside a <div> (_runs_on 2: the <div> looked at), in capitals (_runs_on 10), and
    # a <p whose attributes are on the next line ending the one open above it (_runs_on 14)
    page = (
        '# Ada\n\n## News\n\n<div class="news">\n<p>Mar 2024: Gave a talk at MIT,\n\n'
        "with slides.</p>\n<P>Feb 2024: Paper accepted,\n\nat ICML.</P>\n</div>\n\n## Teaching\n"
    )
    assert items(page) == [
        ("Gave a talk at MIT, with slides", "2024-03", 6),
        ("Paper accepted, at ICML", "2024-02", 9),
    ]
    page = (
        '# Ada\n\n## News\n\n<div class="news">\n<p>Mar 2024: Gave a talk at MIT\n\n'
        'Feb 2024: Paper accepted at ICML.\n<p\nclass="item">Jan 2024: Joined Acme as a'
        " researcher.</p>\n</div>\n\n## Teaching\n"
    )
    assert items(page) == [
        ("Gave a talk at MIT", "2024-03", 6),
        ("Paper accepted at ICML", "2024-02", 8),
        ("Joined Acme as a researcher", "2024-01", 10),
    ]
