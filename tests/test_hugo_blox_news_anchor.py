"""A Hugo Blox landing page whose news block has no title but an anchor that says news
(``id: News``, issue 8, corpus C9 cause D), and its items opening with a month and a
two-digit year (``05/25 …``, ``10/24: …``): the block is the news section and each item
is dated to its month. A titled block that is not news, or an anchor of another subject,
is not. Sites written here in our own words, read back as JSON."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

CONFIG = "title: Rui\nbaseURL: https://rui.example.org/\n"
LANDING = """\
---
title: ''
type: landing
sections:
  - block: resume-biography-3
    content:
      username: admin
  - block: markdown
    id: {anchor}
    content:
      title: {title}
      subtitle: ''
      text: |-
        * 05/25 One paper is accepted by the Example Conference 2025
        * 04/25 Gave a tutorial at the Example Workshop 25'
        * 10/24: Joined the harbour lab as an assistant professor
  - block: markdown
    content:
      title: 'My Research'
      text: |-
        I study sails and harbours.
---
"""
EXPECTED = [
    ("One paper is accepted by the Example Conference 2025", "2025-05", "month"),
    ("Gave a tutorial at the Example Workshop 25'", "2025-04", "month"),
    ("Joined the harbour lab as an assistant professor", "2024-10", "month"),
]


def listed(tmp_path: Path, anchor: str, title: str) -> tuple[int, list[tuple[str, str, str]]]:
    for name, text in {
        "config/_default/hugo.yaml": CONFIG,
        "content/_index.md": LANDING.format(anchor=anchor, title=title),
    }.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    result = CliRunner().invoke(
        main, ["list", "--json", "--content", str(tmp_path), "--now", "2026-11-26", "-q"]
    )
    if result.exit_code != 0:
        return result.exit_code, []
    items = json.loads(result.stdout)
    return 0, [(i["title"], i["start"], i["precision"]) for i in items]


@pytest.mark.parametrize(
    ("anchor", "title"),
    [("News", "''"), ("news", "''"), ("updates", "''"), ("News", '""'), ("latest-news", "''")],
)
def test_an_untitled_block_anchored_as_news_is_the_news(
    tmp_path: Path, anchor: str, title: str
) -> None:
    assert listed(tmp_path, anchor, title) == (0, EXPECTED)


@pytest.mark.parametrize(("anchor", "title"), [("research", "''"), ("News", "'Teaching'")])
def test_another_anchor_or_a_title_of_another_subject_is_not(
    tmp_path: Path, anchor: str, title: str
) -> None:
    code, items = listed(tmp_path, anchor, title)
    assert code == 1 and items == []  # no news found: an error, never silently empty


def test_the_month_and_short_year_open_an_item_only(tmp_path: Path) -> None:
    page = tmp_path / "news.md"
    page.write_text(
        "---\ntitle: News\n---\n\n- 12/23 Moved to the harbour lab.\n"
        "- Met the 3/10 of the committee who agreed.\n- 2/5: A note with no year.\n"
        "- 3/12: A day and month, one digit for the month.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main, ["list", "--json", "--content", str(page), "--now", "2026-11-26", "-q"]
    )
    items = json.loads(result.stdout)
    assert [(i["start"], i["precision"]) for i in items] == [
        ("2023-12", "month"),
        (None, None),  # a fraction inside the sentence is no date
        (None, None),  # one digit after the slash is not a year
        (None, None),  # nor is a one-digit month's: 3 December of a year the page omits
    ]


def test_under_a_year_heading_the_numbers_are_month_and_day(tmp_path: Path) -> None:
    page = tmp_path / "news.md"
    page.write_text("---\ntitle: News\n---\n\n## 2024\n\n- 05/25 Sailed to the harbour.\n")
    result = CliRunner().invoke(
        main, ["list", "--json", "--content", str(page), "--now", "2026-11-26", "-q"]
    )
    (item,) = json.loads(result.stdout)
    assert (item["start"], item["precision"]) == ("2024-05-25", "day")
