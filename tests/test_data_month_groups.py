"""News data grouped under a month heading (issue 8, scan16b cause F15): an entry with no
date of its own is dated in its group's month, not only its year; an entry dated by its
own words or fields keeps its date; a group headed by a year or a name is as before.
Data files written here in our own words; ``feeds list --json`` read back with ``json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import NOW

GROUPS = [
    # (the data, (title, start, precision) of each item)
    (
        [{"month": "May 2026", "items": [{"title": "Wrote a tutorial on sensors"}]}],
        [("Wrote a tutorial on sensors", "2026-05", "month")],
    ),
    (
        [
            {"heading": "2026年4月", "news": [{"text": "Gave a seminar in Kyoto"}]},
            {"heading": "March 2026", "news": [{"text": "Mar 9: Joined a panel on ethics"}]},
        ],
        [
            ("Gave a seminar in Kyoto", "2026-04", "month"),
            ("Joined a panel on ethics", "2026-03-09", "day"),
        ],
    ),
    (
        [
            {
                "month": "Feb 2026",
                "items": [{"title": "Posted a preprint on lattices", "date": "2026-01-30"}],
            }
        ],
        [("Posted a preprint on lattices", "2026-01-30", "day")],
    ),
    (
        [{"year": 2025, "items": [{"title": "Hosted a summer school"}]}],
        [("Hosted a summer school", "2025", "year")],
    ),
]


@pytest.mark.parametrize(("data", "expected"), GROUPS)
def test_an_entry_takes_its_groups_month(tmp_path: Path, data: list, expected: list) -> None:
    path = tmp_path / "news.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = feeds("list", "--json", "--content", str(path), "--now", NOW)
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert sorted((i["title"], i["start"], i["precision"]) for i in items) == sorted(expected)
