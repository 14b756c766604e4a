"""An item listed twice, word for word, is reported as a duplicate even when another
item of the same month makes the two copies' ids differ (c12: a template looping over
the same data under two headings warned for 5 of 6 copies). The ids themselves do not
change (they are pinned: :mod:`tests.test_ids_pinned`). Pages written in our own words.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

JOINED = "- **Sep 2024**: Ana and Ben joined our lab. Welcome!\n"
PAPER = "- **Sep 2024**: One paper on toy boats was accepted at ToyConf.\n"
TALK = "- **Aug 2024**: Gave a talk at Example University.\n"

CASES = [
    ("## News\n\n" + PAPER + JOINED + JOINED + TALK, [(5, 4)]),  # another item of the month
    ("## News\n\n" + JOINED + PAPER + TALK + "\n### Members\n\n" + JOINED, [(9, 3)]),
    ("## News\n\n" + JOINED + JOINED + TALK, [(4, 3)]),  # alone in its month: as before
    ("## News\n\n" + PAPER + JOINED + TALK, []),  # no copy, no warning
]


@pytest.mark.parametrize(("page", "copies"), CASES)
def test_a_word_for_word_copy_is_reported(
    tmp_path: Path, page: str, copies: list[tuple[int, int]]
) -> None:
    path = tmp_path / "index.md"
    path.write_text(page, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["list", "--json", "--content", str(path), "--now", "2026-11-26"]
    )
    assert result.exit_code == 0, result.output
    warned = [
        (int(line.split(":")[1]), int(line.rsplit(":", 1)[1].rstrip(")")))
        for line in result.stderr.splitlines()
        if "duplicate news item" in line
    ]
    assert warned == copies
    ids = [item["id"] for item in json.loads(result.stdout)]
    assert len(set(ids)) == len(ids)
