"""A heading that names a showcase is no news heading: "Research Highlights" (cards of
research topics, no dates), "Project Highlights", "Publication Highlights", "Selected
Highlights" show what a group works on. "Highlights" alone (and "Recent Highlights",
"Highlights and News") stays news, as lab pages write it over dated lines. Pages are
written here in our own words; items are read back with ``json``.
"""

from __future__ import annotations

import json

import pytest

from feeds.config import Settings
from feeds.parse.heading_names import heading_matches

from .cli_run import feeds

# (heading, whether it opens the news)
HEADINGS = [
    ("Research Highlights", False),
    ("Project highlights", False),
    ("Projects Highlights", False),
    ("Publication Highlights:", False),
    ("Selected Highlights", False),
    ("Scientific Highlights", False),
    ("Highlights", True),
    ("Recent Highlights", True),
    ("2024 Highlights", True),
    ("Highlights and News", True),
    ("News & Research Highlights", True),  # "News" names it
    ("Research News", True),
]


@pytest.mark.parametrize(("heading", "news"), HEADINGS)
def test_showcase_headings(heading: str, news: bool) -> None:
    assert heading_matches(heading, Settings().news_headings) is news


HOME = """---
title: Ana Lab
---

# Ana Lab

## Research Highlights

- **Rivers in 3D**: mapping sand as it moves.
- **Fast cogs**: simulations a hundred times faster.
- **Open tools**: software for everyone.

## News

- **Mar 2026**: Paper accepted at ExConf 2026.
- **Jan 2026**: Ana gave a talk at the River Institute.
"""


def _listed(tmp_path, text: str) -> list[tuple[str, str | None]]:
    (tmp_path / "index.md").write_text(text, encoding="utf-8")
    ran = feeds(
        "list", "--json", "--now", "2026-11-26", "--content", str(tmp_path),
        "--site-url", "https://ana.example.org/",
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    return [(i["title"], i["start"]) for i in json.loads(ran.stdout)]


def test_research_highlights_are_not_news(tmp_path) -> None:
    assert _listed(tmp_path, HOME) == [
        ("Paper accepted at ExConf 2026", "2026-03"),
        ("Ana gave a talk at the River Institute", "2026-01"),
    ]


def test_plain_highlights_stay_news(tmp_path) -> None:
    text = "# Ana Lab\n\n## Highlights\n\n- **Mar 2026**: Paper accepted at ExConf 2026.\n"
    assert _listed(tmp_path, text) == [("Paper accepted at ExConf 2026", "2026-03")]
