"""Raw HTML news in a Markdown page read as one region (feeds/parse/html_regions.py,
``html_region``), in-process: the page in, each item's title, date and line out, written
here from the page (issue 14, session 23: the mutants of today's ``html_region`` and
``_runs_on``; bench/mutation_parse.md "Session 23: mutate14b")."""

from __future__ import annotations

from pathlib import Path

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
