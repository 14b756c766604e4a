"""Rows for :mod:`feeds.parse.card_tables` (a table of details in a news card) and the card
readers that call it (bench/mutation_parse.md, "Session 24: fix16-parse"): the page in,
each item's date, title and paragraph texts (lxml) out, written here. A table of details
is the card's lines, its header cells too, a line per row with ``·`` between the cells
(white space between them is no cell); a table with a date in a cell is rows of news, and
a subtitle card's body holding one is no card.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

TABLE = (
    "<table>\n<tr>\n<th>Code</th>\n<th>Slides</th>\n</tr>\n"
    "<tr><td>pdf</td> <td>mp4</td></tr></table>"
)
SUBTITLE = (
    '<div class="card"><div class="card-body"><h4 class="card-title">New grant!</h4>'
    '<div class="card-subtitle">Loom Foundation <span class="middot-divider"></span>'
    " Mar 2025</div><p>We received a grant to study looms.</p>{}</div></div>"
)

ROWS = [
    (  # a heading card: the rows after its paragraph, header cells and all
        '<div class="card"><h3>Talk at the Loom Society</h3><p>May 2024</p>'
        f"<p>I spoke on card readers.</p>{TABLE}</div>",
        [
            (
                "2024-05",
                "Talk at the Loom Society",
                [
                    "May 2024 Talk at the Loom Society",
                    "I spoke on card readers.",
                    "Code · Slides",
                    "pdf · mp4",
                ],
            ),
        ],
    ),  # fmt: skip
    (  # a meta-line card: the paragraph alone is its first line, the rows after it
        '<div class="post"><div class="meta"><span>2025-03</span><span class="tag">Paper'
        "</span></div><p>Our paper on looms was accepted at ICML</p>"
        f"{TABLE}</div>",
        [
            (
                "2025-03",
                "Our paper on looms was accepted at ICML",
                [
                    "2025-03 Paper Our paper on looms was accepted at ICML",
                    "Code · Slides",
                    "pdf · mp4",
                ],
            ),
        ],
    ),  # fmt: skip
    (  # a subtitle card, the table in a wrapper
        SUBTITLE.format(f"<div>{TABLE}</div>"),
        [
            (
                "2025-03",
                "New grant! Loom Foundation",
                [
                    "Mar 2025 New grant! Loom Foundation",
                    "We received a grant to study looms.",
                    "Code · Slides",
                    "pdf · mp4",
                ],
            ),
        ],
    ),  # fmt: skip
    (  # two tables of details: each one's rows
        '<div class="card"><h3>Talk at the Mill</h3><p>Apr 2024</p>'
        "<p>On wool.</p><table><tr><td>Slides</td></tr></table>"
        "<table><tr><td>Video</td></tr></table></div>",
        [
            (
                "2024-04",
                "Talk at the Mill",
                ["Apr 2024 Talk at the Mill", "On wool.", "Slides", "Video"],
            )
        ],
    ),  # fmt: skip
    (  # a subtitle card over a table of news: no card, the row is the item
        SUBTITLE.format("<table><tr><td>May 2025</td><td>Talk at the Mill</td></tr></table>"),
        [("2025-05", "Talk at the Mill", ["May 2025 Talk at the Mill"])],
    ),
]


def _items(boxes: str) -> list[tuple[str | None, str, list[str]]]:
    page = (
        f"<html><body>\n<h2>News</h2>\n{boxes}\n"
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
        found.append((event.span.start_iso if event.span else None, event.title, texts))
    return found


IDS = ["heading", "meta", "subtitle", "two", "news"]


@pytest.mark.parametrize(("boxes", "expected"), ROWS, ids=IDS)
def test_tables_in_cards(boxes, expected):
    assert _items(boxes) == expected
