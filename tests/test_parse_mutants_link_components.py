"""Links of hand-written HTML news items, ``<a href>`` and link components
(``<my-link href>``, ``<RouterLink to>``) alike (feeds/parse/html_inline.py: ``link_target``
and ``InlineWriter.element``), read in-process; expectations written from the page
(issue 14, session 24: the mutants of fix19-vuepress's change)."""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def links_of(body: str) -> list[tuple[str, list[str]]]:
    page = f"<h2>News</h2>\n<ul>\n<li>Mar 2026: {body}</li>\n</ul>\n"
    _, events = parse_page(
        Path("home.html"),
        site_root="https://example.org/",
        reporter=Reporter(quiet=True),
        text=page,
    )
    return [(e.title, [link.url for link in e.links]) for e in events]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '<a href="https://x.org/p">Our sorting paper</a> is out',
            [("Our sorting paper is out", ["https://x.org/p"])],
        ),
        (
            'Slides of <my-link href="https://x.org/s">the sorting talk</my-link>',
            [("Slides of the sorting talk", ["https://x.org/s"])],
        ),
        (
            'Read <RouterLink to="/blog/sorting/">the post</RouterLink>',
            [("Read the post", ["https://example.org/blog/sorting/"])],
        ),
        # a scheme a reader must not follow: the words stay, the link goes
        (
            '<a href="data:text/html,hi">A sorting demo</a> online',
            [("A sorting demo online", [])],
        ),
        (
            '<my-link href="vbscript:run">A sorting demo</my-link> online',
            [("A sorting demo online", [])],
        ),
        # a component with no address, an element that is no link: words only
        ("<my-link>A sorting demo</my-link> online", [("A sorting demo online", [])]),
        ('<a id="demo">A sorting demo</a> online', [("A sorting demo online", [])]),
        ('<span to="/x">A sorting demo</span> online', [("A sorting demo online", [])]),
    ],
)
def test_link_targets(body: str, expected: list[tuple[str, list[str]]]) -> None:
    assert links_of(body) == expected
