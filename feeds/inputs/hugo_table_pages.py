"""A page of a Hugo news section that is the news page itself, its news a Markdown table.

A Hugo Academic lab site may keep its whole news list as one page of the news section
(``content/news/full-list/index.md``, "See below for the full list of our news") whose
body is a table, one row an item, a cell of each its date (``| Alice joins the lab |
Apr. 2024 |``). Read as one post it would be a single item titled by its first line;
its rows are the news. A page is such a page when its body holds a Markdown table with
at least :data:`MIN_ROWS` rows that have a date cell; its rows are then read as a news
page's are, each at its own line.
"""

from __future__ import annotations

import html
import re

from ..parse.blocks import whole_date

MIN_ROWS = 3  # dated rows; a post's table of one or two dates (a schedule) is no news list
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_TAG = re.compile(r"<[^>]*>")


def is_table_news_page(body: str) -> bool:
    """Whether the Markdown ``body`` holds a news table (module docstring)."""
    dated, in_table = 0, False
    for line in body.splitlines():
        if _RULE.match(line) and "|" in line:
            in_table = True
            continue
        if not in_table or "|" not in line:
            in_table = False
            continue
        cells = line.strip().strip("|").split("|")
        texts = (" ".join(html.unescape(_TAG.sub(" ", c)).split()) for c in cells)
        dated += any(text and whole_date(text) for text in texts)
    return dated >= MIN_ROWS
