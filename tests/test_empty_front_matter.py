"""Empty front matter (``---`` then ``---`` at once, or ``+++`` twice) on a page that has
a ``---`` rule further down (issue 8, scan16a): the front matter ends at its second line,
so nothing of the page before the rule is taken for front matter, and no "not valid
YAML" warning is given. Pages written in our own words; ``feeds list --json`` read back
with ``json``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

NEWS = (
    "## News\n\n- **Jan 2026**: We won a grant for duck counts.\n\n---\n\n"
    "- **Dec 2025**: Lea gave a talk in Oslo.\n\n---\n\n## Contact\n\nlab: room 4\n"
)
PAGES = {
    "YAML, empty": "---\n---\n" + NEWS,
    "YAML, empty, spaces after the marks": "--- \n---  \n" + NEWS,
    "YAML, empty, a rule before the news": "---\n---\n## About\n\nfocus: ducks\n\n---\n\n" + NEWS,
    "YAML, a key": "---\ntitle: Duck Lab\n---\n" + NEWS,
    "TOML, empty": "+++\n+++\n" + NEWS + "\n+++\n",
}


@pytest.mark.parametrize("case", PAGES)
def test_the_front_matter_ends_at_its_first_closing_mark(tmp_path: Path, case: str) -> None:
    (tmp_path / "index.md").write_text(PAGES[case], encoding="utf-8")
    args = ["list", "--json", "--content", str(tmp_path), "--now", "2026-11-26"]
    result = CliRunner().invoke(main, [*args, "--site-url", "https://duck.example.org"])
    assert result.exit_code == 0, result.output
    assert "front matter" not in result.stderr
    items = json.loads(result.stdout)
    assert [(i["start"], i["title"]) for i in items] == [
        ("2026-01", "We won a grant for duck counts"),
        ("2025-12", "Lea gave a talk in Oslo"),
    ]
