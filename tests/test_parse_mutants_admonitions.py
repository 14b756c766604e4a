"""MkDocs boxes (``!!!``, ``???``, ``===``) around news, the forms the mutation run of
session 22 (bench/mutation_parse.md, "Session 22: mutate13e") found untested: a box
after fenced code, a one-line body, prose in a box, boxes after nested entries, code
showing a box's syntax. Pages written here, read back through ``feeds list --json``
(parsed with ``json``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main


def listed(tmp_path: Path, lines: list[str]) -> list[tuple]:
    page = tmp_path / "news.md"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["list", "--json", "--content", str(page), "--now", "2026-11-26"]
        + ["--site-url", "https://lab.example.org/", "--cache", "off", "-q"],
    )
    assert result.exit_code == 0, result.output
    return [
        (i["title"], i["start"], i["line"], [link["url"] for link in i["links"]])
        for i in json.loads(result.stdout)
    ]


PAGES = {  # name: (the page's lines after "# News" and a blank line, the items expected)
    "a box after fenced code": (
        ["```", "x = 1", "```", "", '!!! note "2025"', "    - [May 2025] Paper on looms accepted"],
        [("Paper on looms accepted", "2025-05", 8, [])],
    ),
    "a box after a tilde fence holding a backtick line": (
        ["~~~", "```", "~~~", "", '!!! note "2025"', "    - [May 2025] Paper on looms accepted"],
        [("Paper on looms accepted", "2025-05", 8, [])],
    ),
    "code showing a box's syntax, with code inside it": (
        ["```markdown", "!!! note", "    ```python", "    print(1)", "    ```", "```", "",
         "- [June 2025] Nadia joins the lab as a postdoc"],
        [("Nadia joins the lab as a postdoc", "2025-06", 10, [])],
    ),
    "a box of one line": (
        ['!!! note "2025"', "    - [May 2025] Paper on looms accepted"],
        [("Paper on looms accepted", "2025-05", 4, [])],
    ),
    "a box holding prose": (
        ['!!! note "Moved"', "    We moved to the new building on May 3, 2025.", "",
         "- [May 2024] Paper on looms accepted"],
        [("We moved to the new building", "2025-05-03", 4, []),
         ("Paper on looms accepted", "2024-05", 6, [])],
    ),
    "a tab after an entry with a nested detail": (
        ['=== "2025"', "    - Oct 2025: Joined Acme", "        - [Slides](https://x.org/s.pdf)",
         '=== "2024"', "    - [May 2024] Paper on looms accepted"],
        [("Joined Acme", "2025-10", 4, ["https://x.org/s.pdf"]),
         ("Paper on looms accepted", "2024-05", 7, [])],
    ),
    "a tab-indented box holding prose": (
        ['!!! note "Moved"', "\tWe moved to the new building on May 3, 2025."],
        [("We moved to the new building", "2025-05-03", 4, [])],
    ),
    "a body indented by spaces and a tab": (
        ['??? note "2025"', " \t- [May 2025] Paper on looms accepted",
         "  \t- [April 2025] Talk at the Mill Museum", "   \t- [March 2025] Nadia joins the lab"],
        [("Paper on looms accepted", "2025-05", 4, []),
         ("Talk at the Mill Museum", "2025-04", 5, []),
         ("Nadia joins the lab", "2025-03", 6, [])],
    ),
    "an exclamation line with nothing indented under it": (  # no box: its words are text
        ["!!! Big news today", "We moved to the new building on May 3, 2025.", "",
         "- [May 2024] Paper on looms accepted"],
        [("Big news today We moved to the new building", "2025-05-03", 3, []),
         ("Paper on looms accepted", "2024-05", 6, [])],
    ),
    "a box on the page's first line": (
        None,
        [("Paper on looms accepted", "2025-05", 2, [])],
    ),
}  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), PAGES.values(), ids=PAGES.keys())
def test_news_in_and_after_boxes(tmp_path: Path, body: list[str] | None, expected) -> None:
    lines = ["# News", "", *body] if body is not None else [
        '!!! note "News"', "    - [May 2025] Paper on looms accepted"
    ]  # fmt: skip
    assert listed(tmp_path, lines) == expected


def test_a_box_at_the_end_of_a_page_without_a_last_newline(tmp_path: Path) -> None:
    page = tmp_path / "news.md"
    page.write_text(
        '# News\n\n!!! tip "News"\n    - [June 2023] Talk at the Mill Museum', encoding="utf-8"
    )
    result = CliRunner().invoke(
        main, ["list", "--json", "--content", str(page), "--now", "2026-11-26", "-q"]
    )
    assert result.exit_code == 0, result.output
    assert [(i["title"], i["start"], i["line"]) for i in json.loads(result.stdout)] == [
        ("Talk at the Mill Museum", "2023-06", 4)
    ]
