"""The tag list of a meta-line box (``feeds/parse/html_cards._tag_list``; issue 14's
mutation run, session 22): its entries are the box's label, joined by commas, whatever
element holds an entry's words (an ``<li>``, a heading in it, a ``<span>``); a list of
dated news in the box's head line is no tag list: its entries are the items. The page in;
each item's date, label (kind), title and paragraph texts (lxml) out, written here.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def _read(meta: str, body: str = "<p>Our work on robots.</p>"):
    page = (
        "<html><body>\n<h2>News</h2>\n"
        f'<div class="news-item"><div class="meta">{meta}</div>{body}</div>\n'
        "<h2>Teaching</h2>\n<p>A course.</p>\n</body></html>\n"
    )
    _, events = parse_page(
        Path("index.html"), site_root="https://me.example.org/", reporter=Reporter(quiet=True),
        text=page,
    )  # fmt: skip
    found = []
    for event in events:
        tree = lxml.html.fragment_fromstring(event.html, create_parent="div")
        texts = [p.text_content().strip() for p in tree.iter("p")]
        found.append((event.span.start_iso if event.span else None, event.kind, event.title, texts))
    return found


MAY = "<span>May 2024</span>"
TAGS = {
    "each entry a minor heading": "<ul><li><h6>Paper</h6></li><li><h6>Robots</h6></li></ul>",
    "entries in spans": "<ul><span>Paper</span><span>Robots</span></ul>",
    "one entry a heading, one plain": "<ul><li><h5>Paper</h5></li><li>Robots</li></ul>",
}


@pytest.mark.parametrize("tags", TAGS.values(), ids=TAGS.keys())
def test_the_words_of_each_entry_are_one_tag(tags):
    head = "May 2024 Paper, Robots Our work on robots."
    assert _read(MAY + tags) == [("2024-05", "Paper, Robots", "Our work on robots", [head])]


def test_a_list_of_dated_news_in_the_head_line_is_the_boxs_items():
    """Each entry four words, its date in brackets: news, not tags."""
    meta = "<span>2024</span><ul><li>MIT talk (Mar 2024)</li><li>Gears paper (Feb 2024)</li></ul>"
    assert _read(meta, "<p>More soon.</p>") == [
        ("2024-03", "News", "MIT talk", ["MIT talk (Mar 2024)"]),
        ("2024-02", "News", "Gears paper", ["Gears paper (Feb 2024)"]),
    ]
