"""A Hugo Blox landing page whose news block has neither a news title nor a news anchor,
but whose ``text`` holds the news heading itself (issue 8, seen on a held-out lab site: a
whole HTML document pasted into a ``contact`` block, ``<h1>🔥 News: </h1>`` over
``<div class="news-item">[2025/2]   …</div>`` rows). The block is read as the page's
body: its heading is the news section and each row an item, at the line it has in the
file. A block whose text has no news heading and no dated rows stays no news (under
another heading, dated rows are read as the news, with a note, as on any homepage).
Sites written here in our own words, read back as JSON."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

CONFIG = "title: Harbour Lab\nbaseURL: https://harbour.example.org/\n"
LANDING = """\
---
title: ''
type: landing
sections:
  - block: contact
    content:
      text: |-
        <p>Welcome to the harbour lab.</p>
  - block: {kind}
    content:
      text: |-
        <head>
          <style>
            .news-item {{ margin: 4px; }}
          </style>
        </head>
        <body>
          {heading}
          <div class="news-item">[2026/2]   Two papers are accepted to the Example Conference</div>
          <div class="news-item">[2025/11]   Best Poster Award at the Tide Workshop</div>
          <div class="news-item">[2025/9]   One paper is accepted to the Journal of Sails</div>
        </body>
---
"""
EXPECTED = [
    ("Two papers are accepted to the Example Conference", "2026-02", "month", "paper", 19),
    ("Best Poster Award at the Tide Workshop", "2025-11", "month", "award", 20),
    ("One paper is accepted to the Journal of Sails", "2025-09", "month", "paper", 21),
]


def listed(tmp_path: Path, kind: str, heading: str, dated: bool = True) -> tuple[int, list]:
    landing = LANDING.format(kind=kind, heading=heading)
    if not dated:
        landing = re.sub(r"\[\d{4}/\d{1,2}\]", "", landing)
    for name, text in {
        "config/_default/hugo.yaml": CONFIG,
        "content/_index.md": landing,
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
    return 0, [(i["title"], i["start"], i["precision"], i["type"], i["line"]) for i in items]


@pytest.mark.parametrize(
    ("kind", "heading"),
    [
        ("contact", "<h1>🔥 News: </h1>"),
        ("markdown", "<h2 style='color:#333'>Latest News</h2>"),
        ("contact", "<h3><strong>News</strong></h3>"),
    ],
)
def test_a_block_holding_its_own_news_heading_is_the_news(
    tmp_path: Path, kind: str, heading: str
) -> None:
    assert listed(tmp_path, kind, heading) == (0, EXPECTED)


@pytest.mark.parametrize("heading", ["<h1>Our Research</h1>", "<h2>Contact</h2>", ""])
def test_a_block_without_a_news_heading_is_not(tmp_path: Path, heading: str) -> None:
    assert listed(tmp_path, "contact", heading, dated=False) == (1, [])
