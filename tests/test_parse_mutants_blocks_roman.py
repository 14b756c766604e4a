"""A news table without a date column whose rows say their month in Roman numerals
(``IX 2024``, ``X 2024``, ``XI 2024``, as Polish or Czech pages do), beside a dated row
(feeds/parse/blocks.py: ``whole_date``; issue 14, bench/mutation_parse.md "Session 22:
mutate13f").

feeds reads no Roman-numeral month (``IX 2024`` is no date), so the three rows written
in one notation are read alike: none is a date cell, none published, none warned about
differently from the others; the dated row is published. ``whole_date`` 3 stripped a
capital X off the ends of a cell, so ``X 2024`` alone became a date cell (the year
2024) and its row alone an undated paragraph warned about.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

ROWS = ["| IX 2024 | Talk at MIT |", "| X 2024 | Talk at Yale |", "| XI 2024 | Talk at CMU |"]
PAGES = {
    "home.md": "## News\n\n| a | b |\n|---|---|\n| Nov 2024 | Poster at NeurIPS |\n{rows}\n",
    "home.html": "<h2>News</h2><table><tr><td>Nov 2024</td><td>Poster at NeurIPS</td></tr>{rows}"
    "</table>",
}


def html_row(row: str) -> str:
    cells = [c.strip() for c in row.strip("|").split("|")]
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


@pytest.mark.parametrize("name", PAGES)
def test_rows_in_roman_months_are_read_alike(name):
    told = []
    for row in ROWS:
        cell = row if name.endswith(".md") else html_row(row)
        reporter = Reporter(quiet=True)
        _, found = parse_page(Path(name), reporter=reporter, text=PAGES[name].format(rows=cell))
        assert [(e.span.start.isoformat(), e.title) for e in found] == [
            ("2024-11-01", "Poster at NeurIPS")
        ]
        told.append(sorted(p.message for p in reporter.problems))
    assert told[0] == told[1] == told[2]
