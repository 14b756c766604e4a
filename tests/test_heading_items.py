"""News items written as headings inside the news section (issue 8, corpus C4 cause A6):
``<h3><b>Jun 2024</b> - New preprint …</h3>``, ``<h4>``, Markdown ``###``, each opening with
a date, are items, not subsections that close or empty the section; also when the page
is a whole raw ``<html><body>`` document inside a Markdown file. A heading that is only a
date, or a date and a short name, stays a heading. Pages written here in our own words."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ARXIV = "https://arxiv.org/abs/0000.00000"
HTML_DOC = f"""---
permalink: /
---
<html lang="en">
<head>
  <style>
    .news-item {{ margin: 0; }}

    h3 {{ font-weight: normal; }}
  </style>
</head>

<body>
  <p>Hello! I study looms and punched cards.</p>

  <h2 style="color: teal;">News</h2>

  <div class="news-item">
    <h3><b>Jun 2024</b> - New preprint on <a href="{ARXIV}">card readers</a> is on arXiv</h3>
  </div>

  <div class="news-item">
    <h4>May 12, 2024: Gave a talk at the loom society</h4>
  </div>

  <h2>Teaching</h2>
  <p>Mar 2024 - Taught looms for beginners.</p>
</body>
</html>
"""
HTML_DIVS = f"""# Ada

<h2>News</h2>
<div class="news-item">
  <h3><b>Jun 2024</b> — New preprint on <a href="{ARXIV}">card readers</a> is on arXiv</h3>
</div>

<div class="news-item">
  <h3>12 May 2024 - Gave a talk at the loom society</h3>
</div>

## Teaching

Looms.
"""
MARKDOWN = f"""# Ada

## News

### Jun 2024 - New preprint on [card readers]({ARXIV}) is on arXiv

### May 12, 2024: Gave a talk at the loom society

## Teaching

Mar 2024 - Taught looms for beginners.
"""
MARKDOWN_UNDER_YEAR = f"""# Ada

## News

### 2024

#### June 2024: New preprint on [card readers]({ARXIV}) is on arXiv

#### 2024-05-12 — Gave a talk at the loom society

### 2024: Talks and papers

- 2023-10-01: Joined the weaving guild.

### March 2023

- Taught looms for beginners.
"""
FORMS = {
    "raw <html> document in Markdown": (HTML_DOC, "about.md"),
    "HTML divs in Markdown": (HTML_DIVS, "index.md"),
    "Markdown ###": (MARKDOWN, "index.md"),
    "Markdown #### under year headings": (MARKDOWN_UNDER_YEAR, "index.md"),
}
EXPECTED = [  # (title start, start, precision, type)
    ("New preprint on card readers", "2024-06", "month", "paper"),
    ("Gave a talk at the loom society", "2024-05-12", "day", "talk"),
]
UNDER_YEAR_ALSO = [
    ("Joined the weaving guild", "2023-10-01", "day", "position"),
    ("Taught looms for beginners", "2023-03", "month", None),
]


def listed(page: Path) -> list[dict]:
    result = subprocess.run(
        [sys.executable, "-m", "feeds", "list", "--json", "--content", str(page)]
        + ["--now", "2026-11-26", "--site-url", "https://ada.example.org/"],
        capture_output=True, text=True, check=False,
        env={"FEEDS_OFFLINE": "1", "PATH": "/usr/bin:/bin", "FEEDS_CACHE": "off"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "yields no items" not in result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(("text", "name"), FORMS.values(), ids=FORMS.keys())
def test_dated_headings_are_items(tmp_path: Path, text: str, name: str) -> None:
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    items = listed(page)
    want = EXPECTED + (UNDER_YEAR_ALSO if text is MARKDOWN_UNDER_YEAR else [])
    assert len(items) == len(want), [i["title"] for i in items]
    for item, (title, start, precision, kind) in zip(items, want, strict=True):
        assert item["title"].startswith(title), item["title"]
        assert item["start"].startswith(start) and item["precision"] == precision, item
        if kind is not None:
            assert item["type"] == kind, item
    assert any(ARXIV in str(link) for link in json.dumps(items[0]).split('"'))
    assert not any(i["title"].startswith("Taught") for i in items) or text is MARKDOWN_UNDER_YEAR
