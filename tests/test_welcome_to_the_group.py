""" "Welcome <people> to our group" says someone joined (issue 8, corpus C22 cause D's
page): a position, however the newcomers are named; a welcome to a website, a workshop
or a talk is not. Items written here in our own words, read back through
``feeds list --json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

ROWS = [  # (the item's words, its type; None: any but a position)
    ("welcome two new master students to our group!", "position"),
    ("We welcome Dr. Ann Lee to the lab.", "position"),
    ("Welcome Bo, our new postdoc, to the team!", "position"),
    ("A warm welcome to Ann and Bo, who joined the group this fall.", "position"),
    ("Welcomed three undergraduate interns to our research group.", "position"),
    ("Welcome to our lab's new website!", None),
    ("We welcomed 80 participants to the workshop on optics.", None),
    ("Welcome, everyone, to the lab's open day.", None),
]


@pytest.mark.parametrize(("words", "kind"), ROWS)
def test_a_welcome(tmp_path: Path, words: str, kind: str | None) -> None:
    page = tmp_path / "news.md"
    page.write_text(f"# News\n\n- 2024.5, {words}\n", encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["list", "--json", "--content", str(page), "--now", "2026-11-26"]
        + ["--site-url", "https://lab.example.org/", "--cache", "off", "-q"],
    )
    assert result.exit_code == 0, result.output
    [item] = json.loads(result.stdout)
    assert item["start"] == "2024-05", item
    assert item["type"] == kind if kind else item["type"] != "position", item
