"""News in block quotes (``parse/quotes.py``), the pages mutation testing found unguarded
(issue 14, bench/mutation_parse.md, session 20): a page in, the items' titles, dates and
lines out, written here from the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.parse import parse_page

PAGES = [
    # a quote that is no news, then dated paragraphs outside it
    (
        "> Our motto: boats first.\n\n**Oct 2023**: Joined the lab at X\n\n"
        "**Sep 2023**: Talk at Yale\n",
        [("Joined the lab at X", "2023-10", 7), ("Talk at Yale", "2023-09", 9)],
    ),
    # a quote in a quote, its outer quote, then a paragraph outside both
    (
        "> > **Oct 2023**: Joined the lab at X\n>\n> **Sep 2023**: Talk at Yale\n\n"
        "**Aug 2023**: Paper accepted at ICML\n",
        [
            ("Joined the lab at X", "2023-10", 5),
            ("Talk at Yale", "2023-09", 7),
            ("Paper accepted at ICML", "2023-08", 9),
        ],
    ),
]


@pytest.mark.parametrize(("news", "items"), PAGES)
def test_dated_paragraphs_in_and_after_quotes(news: str, items: list) -> None:
    got = parse_page(Path("news.md"), text=f"# Me\n\n## News\n\n{news}")[1]
    assert [(e.title, e.span.start_iso if e.span else None, e.line) for e in got] == items
