"""Links that close a news list by pointing to more news (feeds/parse/more_links.py),
second part: an entry in, the page's archive links (text, href, line) and its items'
titles out.

Written for the mutants of ``_html_anchor`` and ``more_link`` that a mutation run left
alive (issue 14, session 20), which showed two entries taken for news: a raw anchor left
open over a tag whose name starts with ``a`` (``<abbr>``), and a link followed by a
non-breaking space; and for a bold date before the link. Every expectation is written
here from the entry.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def read(entry: str) -> tuple[list[tuple[str, str, int]], list[str]]:
    """(archive links, titles of the items after the first) of a news list whose second
    entry is ``entry``."""
    text = f"# Ada\n\n## News\n\n- Jun 2025: Gave a talk.\n- {entry}\n"
    page, events = parse_page(
        Path("index.md"), site_root="https://me.example.org/", reporter=Reporter(quiet=True),
        text=text,
    )  # fmt: skip
    assert events[0].title == "Gave a talk"
    return list(page.archive), [e.title for e in events[1:]]


FOLLOWED = [
    # a raw <a> left open: a browser shows the rest of the entry as its link, the text
    # of the tags inside it too (</abbr> and </aside> close no anchor)
    ('<a href="/news/"><abbr>All</abbr> news', "All news", "/news/"),
    ('<a href="/n">Older <aside>news</aside> →', "Older news →", "/n"),
    # white space that is no ASCII space around a link alone
    ("[Older news](/news/)&nbsp;", "Older news", "/news/"),
    ("[Older news](/news/)&emsp;→", "Older news", "/news/"),
    # a bold date before the link: the date line of the news that are elsewhere
    ("**May 2024** [All news](/news.html)", "All news", "/news.html"),
    ("**May 2024** [Older news →](/news/)", "Older news →", "/news/"),
    # the date line's date told again after its link says no more than the line
    # (session 22: ``more_link`` 65, 69 of session 20; "Older news" was an item)
    ("**May 2024** [Older news](/news/) (May 2024)", "Older news", "/news/"),
    ("**2024** [All news](/news/) – 2024", "All news", "/news/"),
    # an arrow before the link, then a line break or a non-breaking space written as the
    # character itself (session 22: ``more_link`` 23, white space squashed only with "&")
    ("→\n  [Older news](/news/)", "Older news", "/news/"),
    ("»\u00a0[All news](/news/)", "All news", "/news/"),
]


@pytest.mark.parametrize(("entry", "text", "href"), FOLLOWED)
def test_more_links_are_followed(entry, text, href):
    assert read(entry) == ([(text, href, 6)], [])


KEPT = [
    ("[Older news](/news/)&nbsp;here", "Older news here"),
    ('<a href="/n"><abbr>Older</abbr> news</a> from 2023', "Older news from 2023"),
    ("**May 2024** [Our paper on boats](/news/boats.html) is out", "Our paper on boats is out"),
]


@pytest.mark.parametrize(("entry", "title"), KEPT)
def test_links_with_words_around_them_are_items(entry, title):
    assert read(entry) == ([], [title])
