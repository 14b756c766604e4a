"""A Hugo news page whose items are a list in its own front matter under a key named for
news lists (``news_list:``, ``news_items:``), as its section layout ranges over
``.Params.news_list``: one item per entry, its words ``content`` (a YAML block), dated by
``date``, which may be a bare year (c36 weiwang2026). A list under another key
(``people_list:``) is no news. Sites in our own words; every expectation from the input.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import YAML_CONFIG, listed, summary, write

LAYOUT = """
{{ define "main" }}
{{ range .Params.KEY }}<div>{{ .date }}</div><div>{{ .content | markdownify }}</div>{{ end }}
{{ end }}
"""
PAGE = """
---
title: News
KEY:
  - date: 2026
    lead_image: ""
    content: |
      B. Heron joined the lab as a postdoc.
  - date: 2024
#    lead_image: "images/award.jpg"
    content: |
      Our pond survey received the best paper award at the Lake Conference.
---
"""
ITEMS = [
    ("B. Heron joined the lab as a postdoc", "2026", "year", "position"),
    ("Our pond survey received the best paper award at the Lake Conference",
     "2024", "year", "award"),
]  # fmt: skip


def site(root: Path, key: str) -> Path:
    return write(
        root,
        {
            "config/_default/config.yaml": YAML_CONFIG + "menu:\n  main:\n"
            "    - name: News\n      url: /news/\n",
            "content/_index.md": "---\ntitle: Home\n---\n\nWelcome to the lab.\n",
            "content/news/_index.md": PAGE.replace("KEY", key),
            "layouts/section/news.html": LAYOUT.replace("KEY", key),
        },
    )


@pytest.mark.parametrize("key", ["news_list", "news_items", "news"])
def test_front_matter_news_list_keys(tmp_path: Path, key: str) -> None:
    items, _ = listed(site(tmp_path / "site", key))
    assert [s[:3] for s in summary(items)] == [s[:3] for s in ITEMS]
    assert [i["type"] for i in items] == [s[3] for s in ITEMS]


def test_a_list_under_another_key_is_no_news(tmp_path: Path) -> None:
    ran = feeds(
        "list", "--json", "--content", str(site(tmp_path / "site", "people_list")),
        "--now", "2026-11-26", "--site-url", "https://ana.example.org/",
    )  # fmt: skip
    assert ran.returncode == 1, ran.stdout
    assert "Traceback" not in ran.stderr
