"""HTML inline content of a hand-written page read into an item's title, text, HTML and
links (feeds/parse/html_inline.py, feeds/parse/html_tree.py): the page in, the
published fields out (issue 14, session 17).

Written for the mutants a mutation run of ``html_inline.py`` and ``html_tree.py`` left
alive; every expectation is written here from the page (see bench/mutation_parse.md).
"""

from __future__ import annotations

from pathlib import Path

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def parse(text: str, name: str = "home.html"):
    reporter = Reporter(quiet=True)
    page, events = parse_page(
        Path(name), site_root="https://example.org/", reporter=reporter, text=text
    )
    return page, events, [(p.line, p.code) for p in reporter.problems]


def test_control_characters_in_code_are_dropped_not_read_as_markers():
    # NUL is the reader's line-break marker and \x01-\x04 its bold/emphasis markers:
    # inside <code> they once broke the page (a traceback) or made bold text in code.
    text = (
        "<h2>News</h2>\n<p>Mar 2021 Talk on <code>a\x00b</code> and more<br>"
        "Feb 2021 Talk on <code>c\x01d\x02e</code></p>\n"
    )
    _, events, problems = parse(text)
    assert [(e.title, e.html) for e in events] == [
        ("Talk on ab and more", "<p>Mar 2021 Talk on <code>ab</code> and more</p>"),
        ("Talk on cde", "<p>Feb 2021 Talk on <code>cde</code></p>"),
    ]
    assert problems == []
