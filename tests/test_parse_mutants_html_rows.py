"""HTML table rows written without their opening ``<tr>`` (``html_tree.TreeBuilder``;
issue 14's mutation run, session 22): a ``<td>`` or ``<th>`` right after a ``</tr>`` opens
a row, as a browser does, so each such row is an item. In-process (``parse_page``), as
``tests/test_html_rows.py`` runs ``feeds`` in a subprocess; the pages written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

ROWS = [
    ("Aug 2025", "Our paper on looms was accepted to the weaving conference.", "2025-08"),
    ("May 2024", "Started my internship at the card factory.", "2024-05"),
    ("Mar 2024", "Gave a talk at the loom society.", "2024-03"),
]


def row(k: int, opened: bool, cell: str = "td") -> str:
    date, text, _ = ROWS[k]
    return ("<tr>" if opened else "") + f"<{cell}>{date}</{cell}><td>{text}</td></tr>\n"


TABLES = {
    "the middle row without <tr>": "<table>\n" + row(0, True) + row(1, False) + row(2, True),
    "inside <tbody>, the first row too": "<table><tbody>\n"
    + row(0, False)
    + row(1, False)
    + row(2, True)
    + "</tbody>",
    "a <th> date cell": "<table>\n" + row(0, True, "th") + row(1, False, "th") + row(2, True),
}


@pytest.mark.parametrize("table", TABLES.values(), ids=TABLES.keys())
def test_cells_without_a_row_are_a_row(table: str) -> None:
    page = f"<html><body>\n<h2>News</h2>\n{table}</table>\n<h2>Teaching</h2>\n</body></html>\n"
    _, events = parse_page(
        Path("index.html"), site_root="https://me.example.org/", reporter=Reporter(quiet=True),
        text=page,
    )  # fmt: skip
    found = [(e.span.start_iso if e.span else None, e.title) for e in events]
    assert found == [(start, text.rstrip(".")) for _, text, start in ROWS]
