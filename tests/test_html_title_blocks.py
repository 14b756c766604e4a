"""Hand-written HTML pages whose news heading is a styled block, no ``<h*>`` (issue 8,
corpus C6 cause D): ``<div class="title">News</div>``, ``<p class="section-title">``, a
``<span class="heading">`` alone in its box, ``role="heading"``, a paragraph that is
only bold. Such a block opens the news section when the page has no news ``<h*>``; the
next styled title ends it. Pages are written in our own words; items are read back
with ``json`` (``feeds list --json``) and expectations are written here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import listed, write

ITEMS = """
<ul>
  <li>Two papers accepted to ExConf 2026.</li>
  <li>
    On March 3, 2026, the mayor visited
    our robotics lab.
  </li>
  <li class="more">……</li>
</ul>
"""
EXPECTED = [
    ("Two papers accepted to ExConf 2026", None, "paper"),
    ("On March 3, 2026, the mayor visited our robotics lab", "2026-03-03", "event"),
]
PUBLICATIONS = "<ul><li>A. Author. Sand and rivers. J. Ex., 2025.</li></ul>"

PAGES = {
    "div class=title, then another titled block": (
        f'<div id="news"><div class="title">News</div>{ITEMS}</div>'
        f'<div class="title">Publications</div>{PUBLICATIONS}'
    ),
    "p class=section-title": (
        f'<p class="section-title">Latest News</p>{ITEMS}'
        f'<p class="section-title">Selected papers</p>{PUBLICATIONS}'
    ),
    "span class=heading alone in its box": (
        f'<div><span class="heading">News</span>{ITEMS}</div>'
        f'<div><span class="heading">Papers</span>{PUBLICATIONS}</div>'
    ),
    "role=heading": (
        f'<div role="heading" aria-level="2">Updates</div>{ITEMS}'
        f'<div role="heading" aria-level="2">Publications</div>{PUBLICATIONS}'
    ),
    "a paragraph only bold": (
        f"<p><b>News</b></p>{ITEMS}<p><strong>Publications</strong></p>{PUBLICATIONS}"
    ),
    "a bold block, then an <h2> section": (
        f"<div><strong>Recent news</strong></div>{ITEMS}<h2>Publications</h2>{PUBLICATIONS}"
    ),
    "a paragraph only bold ending its line, under a menu list": (
        '<h1>Ana</h1><div id="nav"><ul><li><a href="index.html">Home</a></li>'
        '<li><a href="research.html">Research</a></li>'
        '<li><a href="papers.html">Publications</a></li></ul></div>'
        '<p align="justify"><font color="maroon"><b>UPDATES &amp; NEWS</b></font><br>'
        f"{ITEMS}<p><b>Publications</b><br></p>{PUBLICATIONS}"
    ),
}


def page(body: str) -> str:
    return f"<!DOCTYPE html>\n<html><head><title>Ana</title></head><body>\n{body}\n</body></html>\n"


def found(items: list[dict]) -> list[tuple[str, str | None, str]]:
    return [(i["title"], i["start"], i["type"]) for i in items]


@pytest.mark.parametrize("case", PAGES, ids=list(PAGES))
def test_a_styled_news_title_opens_the_news(tmp_path: Path, case: str) -> None:
    items, result = listed(write(tmp_path / "site", {"index.html": page(PAGES[case])}))
    assert found(items) == EXPECTED
    assert "published undated" in result.stderr  # said, as for any undated item


def test_a_news_h2_wins_over_a_styled_title(tmp_path: Path) -> None:
    body = (
        '<nav><div class="title">News</div><ul><li>Home</li><li>Teaching</li></ul></nav>'
        f"<h2>News</h2>{ITEMS}"
    )
    items, _ = listed(write(tmp_path / "site", {"index.html": page(body)}))
    assert found(items) == EXPECTED


@pytest.mark.parametrize(
    "body",
    [
        f'<div class="title">Teaching</div>{PUBLICATIONS}',  # a styled title, not news
        f'<div class="card">News</div>{ITEMS}',  # a class that says no title
        f"<p><b>News</b> and more words here</p>{ITEMS}",  # not only bold
    ],
)
def test_other_blocks_open_no_news(tmp_path: Path, body: str) -> None:
    site = write(tmp_path / "site", {"index.html": page(body)})
    result = feeds(
        "list", "--json", "--content", str(site), "--now", "2026-11-26",
        "--site-url", "https://ana.example.org/",
    )  # fmt: skip
    assert result.returncode == 1
    assert "no news section found" in result.stderr
    assert json.loads(result.stdout or "[]") == []


def test_a_bold_line_over_br_lines_opens_the_news(tmp_path: Path) -> None:
    body = (
        "<p><b>About</b><br>I study rivers.</p>\n"
        "<p><b>News</b><br>\nMar 2026: Gave a talk at ExConf.<br>\n"
        "Feb 2026: Paper accepted at ExJournal.<br>\n</p>\n"
        "<p><b>Teaching</b><br>\nMar 2026: A course on rivers.</p>\n"
    )
    items, _ = listed(write(tmp_path / "site", {"index.html": page(body)}))
    assert found(items) == [
        ("Gave a talk at ExConf", "2026-03", "talk"),
        ("Paper accepted at ExJournal", "2026-02", "paper"),
    ]
