"""A news item written as a dated heading (``## 12/2022 Best of the year``) may have parts
under smaller headings of its own (``### Completed theses:``, ``### Contributors``) with
lists under them: those lists belong to the item (its text shows them), they are never
items of their own, undated (issue 8, c19 G1). A heading as large as the item's, or a
year or month heading, still ends it. Pages written here in our own words; outputs read
back with json and feedparser."""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import pytest

from .cli_run import feeds

NOW = "2026-11-26"
THESES = """
## 12/2022 A good year for the lab
We thank everyone.

### Completed master theses:
- **A. Student** (Some University): _Mapping small strokes_
- **B. Student** (Other University): _Motor maps after injury_

### Completed bachelor theses:
1. **C. Student**: _Histology of the capsule_
"""
WORKSHOP = """
## 03/2023 Imaging workshop in Lisbon
We organized a hands-on workshop on open imaging tools.

### Contributors

- **D. Person & E. Person** (Cologne, Germany):
  - Stroke research
  - [Code](https://example.org/code)
- **F. Person** (Nijmegen):
  - fMRI protocols
"""
TALK = "\n## 01/2023 Invited talk at the brain club\nI gave a talk on motor maps.\n"

CASES = {
    "thesis lists under H3 parts": (
        THESES + TALK,
        [("2022-12", "A good year for the lab"), ("2023-01", "Invited talk at the brain club")],
    ),
    "a contributors list with sub-lists": (
        WORKSHOP + TALK,
        [("2023-03", "Imaging workshop in Lisbon"), ("2023-01", "Invited talk at the brain club")],
    ),
    "H4 parts under an H3 item": (
        THESES.replace("### ", "#### ").replace("## 12", "### 12"),
        [("2022-12", "A good year for the lab")],
    ),
}


def page(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "news.md"
    path.write_text(f"---\ntitle: News\n---\n{body}", encoding="utf-8")
    return path


@pytest.mark.parametrize("case", CASES)
def test_the_parts_of_a_heading_item_are_no_items(tmp_path: Path, case: str) -> None:
    body, expected = CASES[case]
    ran = feeds("list", "--json", "--content", str(page(tmp_path, body)), "--now", NOW)
    assert ran.returncode == 0, ran.stderr
    items = json.loads(ran.stdout)
    assert sorted((str(i["start"]), i["title"]) for i in items) == sorted(expected)
    assert "no date found" not in ran.stderr, ran.stderr


def test_the_parts_are_in_the_item_text(tmp_path: Path) -> None:
    out = tmp_path / "out"
    ran = feeds(
        "build", "--content", str(page(tmp_path, THESES + WORKSHOP)), "--out", str(out),
        "--now", NOW, "--site-url", "https://lab.example.org/",
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    entries = {e.title: e for e in feedparser.parse((out / "atom.xml").read_bytes()).entries}
    assert sorted(entries) == ["A good year for the lab", "Imaging workshop in Lisbon"]
    theses = entries["A good year for the lab"].content[0].value
    for words in ("Completed master theses", "Mapping small strokes", "Histology of the capsule"):
        assert words in theses
    workshop = entries["Imaging workshop in Lisbon"].content[0].value
    assert "fMRI protocols" in workshop and "https://example.org/code" in workshop


def test_a_heading_as_large_as_the_item_still_ends_it(tmp_path: Path) -> None:
    body = THESES + "\n## Talks\n\n- 05/2021: Gave a talk at the river club.\n"
    ran = feeds("list", "--json", "--content", str(page(tmp_path, body)), "--now", NOW)
    assert ran.returncode == 0, ran.stderr
    listed = [(i["start"], i["title"]) for i in json.loads(ran.stdout)]
    assert listed == [
        ("2022-12", "A good year for the lab"),
        ("2021-05", "Gave a talk at the river club"),
    ]


def test_a_year_heading_under_a_dated_heading_still_dates_what_follows(tmp_path: Path) -> None:
    body = "# 2024: the lab opened its doors to visitors\n\n## 2023\n\n- Mar: We moved.\n"
    ran = feeds("list", "--json", "--content", str(page(tmp_path, body)), "--now", NOW)
    assert ran.returncode == 0, ran.stderr
    listed = [(i["start"], i["title"]) for i in json.loads(ran.stdout)]
    assert ("2023-03", "We moved") in listed
