"""A news table without a date column whose rows say their month in Roman numerals
(``IX 2024``, ``X 2024``, ``XI 2024``, as Polish or Czech pages do), beside a dated row
(feeds/parse/blocks.py: ``whole_date``; issue 14, bench/mutation_parse.md "Session 22:
mutate13f").

feeds reads the Roman-numeral month (:mod:`feeds.parse.dates.roman_month`, session 23), so
each row is published in its month and nothing is warned about. ``whole_date`` 3 stripped
a capital X off the ends of a cell, so ``XI 2024`` became ``I 2024``: January.
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


MONTHS = ["2024-09-01", "2024-10-01", "2024-11-01"]


@pytest.mark.parametrize("name", PAGES)
def test_rows_in_roman_months_are_read_in_their_month(name):
    for row, month in zip(ROWS, MONTHS, strict=True):
        cell = row if name.endswith(".md") else html_row(row)
        reporter = Reporter(quiet=True)
        _, found = parse_page(Path(name), reporter=reporter, text=PAGES[name].format(rows=cell))
        title = row.split("|")[2].strip()
        assert [(e.span.start.isoformat(), e.title) for e in found] == [
            ("2024-11-01", "Poster at NeurIPS"),
            (month, title),
        ]
        assert reporter.problems == []
