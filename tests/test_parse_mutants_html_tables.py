"""Table rows whose cells hold headings (mutation run, issue 14; bench/mutation_parse.md):
a row whose cells each hold a date heading and its prose is page layout, each cell read
as a box of news (``<h3>`` or the old ``<heading>`` tag); a row with a date cell and a
cell holding the title as a heading is a row of news. Pages in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.parse import parse_page


def items(body: str) -> list[tuple[str, str | None, int]]:
    text = f"<html><body>\n<h2>News</h2>\n{body}\n</body></html>\n"
    _, events = parse_page(Path("home.html"), site_root="https://example.org/", text=text)
    return [(e.title, e.span.start_iso if e.span else None, e.line) for e in events]


@pytest.mark.parametrize("tag", ["h3", "heading"])
def test_a_row_of_cells_with_date_headings_is_layout(tag: str):
    row = "".join(
        f"<td><{tag}>{date}</{tag}><p>{prose}</p></td>"
        for date, prose in [
            ("Mar 2024", "Gave a talk at the mill museum."),
            ("Feb 2024", "Paper accepted at the loom journal."),
        ]
    )
    assert items(f"<table>\n<tr>{row}</tr>\n</table>") == [
        ("Gave a talk at the mill museum", "2024-03", 4),
        ("Paper accepted at the loom journal", "2024-02", 4),
    ]


def test_a_date_cell_and_a_heading_cell_are_a_row_of_news():
    table = """<table>
<tr><td>Mar 2024</td><td><h4>Gave a talk at the mill museum</h4></td></tr>
<tr><td>Feb 2024</td><td><h4>Paper accepted at the loom journal</h4></td></tr>
</table>"""
    assert items(table) == [
        ("Gave a talk at the mill museum", "2024-03", 4),
        ("Paper accepted at the loom journal", "2024-02", 5),
    ]
