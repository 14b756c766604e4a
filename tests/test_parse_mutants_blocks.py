"""Items of an HTML page become Markdown paragraphs (feeds/parse/blocks.py): a page in, the
item's published HTML out.

Written for the mutants a mutation run of ``blocks.py`` left alive (issue 14); every
expectation is written here from the page's text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def test_an_html_list_item_is_published_as_one_paragraph():
    page = "<h2>News</h2>\n<ul><li>Award (Apr 2, 2024)</li></ul>\n"
    _, events = parse_page(Path("home.html"), reporter=Reporter(quiet=True), text=page)
    assert [(e.title, e.span.start, e.html) for e in events] == [
        ("Award", dt.date(2024, 4, 2), "<p>Award (Apr 2, 2024)</p>")
    ]
