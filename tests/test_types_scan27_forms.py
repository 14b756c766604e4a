"""Types and dates of item wordings met on the unlabelled scan27; rows written for this test.

- Software updated is news, whatever paper the item links ("Gearbox updated to v0.3.0",
  "Gearbox updated: add …"); a work or a version released with its arXiv link stays a paper
  (the c16 labels: "X v0.1 released" with its paper is a paper).
- A span of years inside an undated item's words ("the 10-Year Record (2017–2025)") is what
  a thing covers, not the item's date; one year alone in brackets still dates it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.parse import parse_page

from .type_table import NEWS, PAPER, type_of_first

ARXIV = "https://arxiv.org/abs/2601.01234"
ROWS = [
    (f"**[Gearbox]({ARXIV})** v0.1 released: a small C++ runtime for widget models.", PAPER),
    (f"[Gearbox]({ARXIV}) updated to v0.3.0: adds parallel rollouts.", NEWS),
    (f"[Gearbox]({ARXIV}) updated: adds suffix-only training and a new example.", NEWS),
    (f"[Gearbox]({ARXIV}) upgraded to version 2.1 with faster kernels.", NEWS),
    # a work released under its name, its paper linked: a paper
    (f"**[Gearbox]({ARXIV})** released: an efficient harness for self-evolving widgets.", PAPER),
    (f"[Gearbox: Learning to Turn Widgets]({ARXIV}) released.", PAPER),
    (f"Our [widget study]({ARXIV}) was updated on arXiv with new results.", PAPER),
]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_scan27_forms(item: str, expected: str) -> None:
    assert type_of_first(item) == expected


@pytest.mark.parametrize(
    ("item", "start", "title"),
    [
        (
            "New: [Widget Club 10-Year Record (2017–2025)](https://example.org/r) — all our talks.",
            None,
            "New: Widget Club 10-Year Record (2017–2025) — all our talks",
        ),
        ("Our gear archive (2019-2024) is now online for everyone.", None,
         "Our gear archive (2019-2024) is now online for everyone"),
        ("New: [Widget Club Record (2017)](https://example.org/r) — all our talks.", "2017",
         "New: Widget Club Record — all our talks"),
    ],
)  # fmt: skip
def test_a_span_of_years_inside_the_words_is_no_date(item: str, start, title):
    page = f"# Someone\n\n## News\n\n- {item}\n- Met a friend at the club.\n"
    first = parse_page(Path("news.md"), text=page)[1][0]
    assert (first.span.start_iso if first.span else None) == start
    assert first.title == title
