"""A meta-line news card whose date has no year (``<span>Mar 18</span>``) (issue 8): its
text was lost without a warning. It is read when a year is known (a year heading above,
in Markdown or HTML) and otherwise published undated with a warning naming its line.
Pages are written in our own words; ``feeds list --json`` is read back with ``json``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

SITE = "https://example.org/~me/"


def _card(date: str, tag: str, body: str) -> str:
    return (
        '<article class="update">\n'
        f'  <div class="meta"><span class="when">{date}</span>'
        f'<span class="what">{tag}</span></div>\n'
        f"  <p>{body}</p>\n</article>\n"
    )


CARDS = (
    '<div class="updates">\n'
    + _card("Mar 18", "Talk", "Gave a seminar on paper boats at Some Institute.")
    + _card("2 February", "Paper", "Our paper on kites was accepted at SomeConf.")
    + "</div>\n"
)
TITLES = [
    ("Gave a seminar on paper boats at Some Institute.", "Talk", "talk"),
    ("Our paper on kites was accepted at SomeConf.", "Paper", "paper"),
]


def _listed(path: Path) -> tuple[list[dict], str]:
    result = CliRunner().invoke(
        main,
        ["list", "--json", "--content", str(path), "--now", "2026-01-01", "--site-url", SITE],
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), result.stderr


@pytest.mark.parametrize(
    ("page", "year"),
    [
        (f"## News\n\n### 2024\n\n{CARDS}\n## Teaching\n\nA course.\n", "2024"),
        (f"## News\n\n<h3>2023</h3>\n{CARDS}\n## Teaching\n\nA course.\n", "2023"),
    ],
    ids=["markdown year heading", "html year heading"],
)
def test_a_yearless_card_takes_the_year_above(tmp_path: Path, page: str, year: str) -> None:
    path = tmp_path / "index.md"
    path.write_text(page, encoding="utf-8")
    items, said = _listed(path)
    got = [
        (i["title"].rstrip("."), i["kind"], i["type"], i["start"], i["precision"]) for i in items
    ]
    assert got == [
        (TITLES[0][0].rstrip("."), "Talk", "talk", f"{year}-03-18", "day"),
        (TITLES[1][0].rstrip("."), "Paper", "paper", f"{year}-02-02", "day"),
    ]
    assert "warning" not in said


def test_without_a_year_it_is_published_undated_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "index.md"
    path.write_text(f"## News\n\n{CARDS}\n## Teaching\n\nA course.\n", encoding="utf-8")
    items, said = _listed(path)
    got = [(i["title"].rstrip("."), i["kind"], i["start"]) for i in items]
    assert got == [(t.rstrip("."), k, None) for t, k, _ in TITLES]
    lines = [line for line in said.splitlines() if "warning" in line]
    assert len(lines) == 2
    assert lines[0].startswith(f"{path}:4: warning: ")
    assert lines[1].startswith(f"{path}:8: warning: ")
