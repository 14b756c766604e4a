"""A news page (the page the site's "News" link opens) whose text opens with a level-1
heading of the author's own words (``# Latest from the Lab``, ``# What we have been up
to``): that heading is the page's title, and the news list under it is the page's news,
whether written as raw HTML boxes (``<div class="news-item">`` holding a date ``<div>``
and a text ``<div>``) or as Markdown bullets. A page that is not a news page keeps its
headings as they are, and a level-1 heading further down a news page (after its list) is
no title. Every expectation is written here from the page text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.parse import parse_page

BOXES = """\
<div class="news-item">
  <div class="news-date">October 2025</div>
  <div class="news-content">
    <strong>Welcome Mira!</strong> Mira joins the group as a doctoral student.
  </div>
</div>

<div class="news-item">
  <div class="news-date">July 2025</div>
  <div class="news-content">
    Our fly-larva crawling study appeared in a journal.
  </div>
</div>
"""

BULLETS = "- **March 2024**: Jon gave a seminar in Lund\n- **January 2024**: New microscope\n"


def _read(body: str, headless: bool = True) -> list[tuple[int, str | None, str]]:
    """(line, start, title) of each item; lines count from the page's top (three lines
    of front matter, then ``body``), an HTML box on its date's line."""
    page = "---\ntitle: News\n---\n" + body
    _, items = parse_page(Path("news.md"), headless=headless, text=page)
    return [(item.line, item.span.start_iso if item.span else None, item.title) for item in items]


CASES = {
    "title heading, then HTML news boxes": (
        "# Latest from the Lab\n\n" + BOXES,
        True,
        [
            (7, "2025-10", "Mira joins the group as a doctoral student"),
            (14, "2025-07", "Our fly-larva crawling study appeared in a journal"),
        ],
    ),
    "title heading after blank lines, then bullets": (
        "\n\n# What we have been up to\n\n" + BULLETS,
        True,
        [(8, "2024-03", "Jon gave a seminar in Lund"), (9, "2024-01", "New microscope")],
    ),
    "a year heading atop the page dates its list, no title": (
        "# **2023**\n\n- 05/14: Ana gave a seminar in Lund\n",
        True,
        [(6, "2023-05-14", "Ana gave a seminar in Lund")],
    ),
    "the boxes with no title heading at all (as before)": (
        BOXES,
        True,
        [
            (5, "2025-10", "Mira joins the group as a doctoral student"),
            (12, "2025-07", "Our fly-larva crawling study appeared in a journal"),
        ],
    ),
}


@pytest.mark.parametrize("body, headless, want", CASES.values(), ids=CASES.keys())
def test_news_page_title_heading(body: str, headless: bool, want: list) -> None:
    assert _read(body, headless) == want


NOT_TITLES = {
    # a page that is not the news page: its own heading names no news, nothing is read
    "not a news page": ("# About the lab\n\n" + BULLETS, False),
    # the level-1 heading comes after text, so it is a section of its own, no title
    "heading after an intro line": ("We study flies.\n\n# Teaching\n\n" + BULLETS, True),
}


@pytest.mark.parametrize("body, headless", NOT_TITLES.values(), ids=NOT_TITLES.keys())
def test_no_title_heading(body: str, headless: bool) -> None:
    page, _ = parse_page(Path("news.md"), headless=headless, text="---\ntitle: News\n---\n" + body)
    assert page.news_heading is None
