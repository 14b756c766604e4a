"""Leftover forms of real homepages (issue 8): each row is an item written for this test in
the form people use; `feeds list --json` is read back with the json module and checked
against what a reader sees in the row (count, date, precision, type, title, details)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_run import feeds


def listed(tmp_path: Path, news: str, name: str = "index.md") -> list[dict]:
    folder = tmp_path / "site"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(news, encoding="utf-8")
    ran = feeds("list", "--content", str(folder), "--json", "--site-url", "https://me.org/")
    assert ran.returncode == 0, ran.stderr
    return json.loads(ran.stdout)


# A comma or semicolon between trailing parentheticals keeps them one chain of details.
CHAINED_DETAILS = [
    # (item, start, title, role, location)
    ("Talk at MIT (Nov 18, 2022), (invited)", "2022-11-18", "Talk at MIT", "invited", None),
    ("Talk at MIT (Nov 18, 2022); (keynote)", "2022-11-18", "Talk at MIT", "keynote", None),
    (
        "Seminar at Yale (Nov 18, 2022), (virtual), (invited)",
        "2022-11-18",
        "Seminar at Yale",
        "invited",
        "Virtual",
    ),
    ("Talk at CMU, Nov 18, 2022, (plenary)", "2022-11-18", "Talk at CMU", "plenary", None),
    (
        "**Nov 18, 2022** Talk at Brown (online), (invited)",
        "2022-11-18",
        "Talk at Brown",
        "invited",
        "Online",
    ),
    ("**Nov 18, 2022** Talk at Rice; (keynote)", "2022-11-18", "Talk at Rice", "keynote", None),
]


@pytest.mark.parametrize(("item", "start", "title", "role", "location"), CHAINED_DETAILS)
def test_a_comma_between_trailing_parentheticals_keeps_the_chain(
    tmp_path, item, start, title, role, location
):
    (one,) = listed(tmp_path, f"# Me\n\n## News\n\n- {item}\n")
    assert (one["start"], one["precision"], one["type"]) == (start, "day", "talk")
    assert (one["title"], one["role"], one["location"]) == (title, role, location)
