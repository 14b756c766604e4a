"""HTML table rows written without their opening ``<tr>`` (issue 8, corpus C4 cause A8):
``<td>May 2024</td><td>…</td></tr>`` right after a ``</tr>`` is a row to a browser (html5lib
says how many), so it is an item to us. Pages written here in our own words."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import html5lib
import pytest

ROWS = [  # (date cell, text cell, expected start, expected type)
    ("Aug 2025", "Our paper on looms was accepted to the weaving conference!", "2025-08", "paper"),
    ("May 2024", "Started my internship at the card factory.", "2024-05", "position"),
    ("Mar 2024", "Gave a talk at the loom society.", "2024-03", "talk"),
]


def row(k: int, opened: bool, cell: str = "td") -> str:
    date, text = ROWS[k][:2]
    return ("<tr>" if opened else "") + f"<{cell}>{date}</{cell}><td>{text}</td></tr>\n"


TABLES = {
    "the middle row without <tr>": "<table>\n" + row(0, True) + row(1, False) + row(2, True),
    "two rows without <tr>, blank lines": "<table>\n"
    + row(0, True)
    + "\n"
    + row(1, False)
    + "\n"
    + row(2, False),
    "inside <tbody>, the first row too": "<table><tbody>\n"
    + row(0, False)
    + row(1, False)
    + row(2, True)
    + "</tbody>",
    "a <th> date cell": "<table>\n" + row(0, True, "th") + row(1, False, "th") + row(2, True),
}


@pytest.mark.parametrize("table", TABLES.values(), ids=TABLES.keys())
def test_cells_without_a_row_are_a_row(tmp_path: Path, table: str) -> None:
    table += "</table>\n"
    browser = html5lib.parse(table, namespaceHTMLElements=False)
    assert len(browser.findall(".//tr")) == len(ROWS)  # what a reader sees
    page = tmp_path / "index.md"
    page.write_text(f"# Ada\n\n## News\n\n{table}\n## Teaching\n\nLooms.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "feeds", "list", "--json", "--content", str(page)]
        + ["--now", "2026-11-26", "--site-url", "https://ada.example.org/"],
        capture_output=True, text=True, check=False,
        env={"FEEDS_OFFLINE": "1", "PATH": "/usr/bin:/bin", "FEEDS_CACHE": "off"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    got = [(i["title"], i["start"][:7], i["precision"], i["type"]) for i in items]
    want = [(text.rstrip(".!"), start, "month", kind) for _, text, start, kind in ROWS]
    assert got == want
