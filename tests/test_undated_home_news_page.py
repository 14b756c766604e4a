"""A homepage whose short news list is all undated, beside a separate news page with dated
items (issue 8, c7 cause C): the news page's dated items are read. Written in our own
words; ``feeds list --json`` read back with ``json``; expectations from the input."""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import listed, write

NEWS = "---\ntitle: News\n---\n\n## 2025\n\n- I received a teaching award in May 2025.\n\n## 2024\n\n- Gave a talk on toy boats at Some University on August 7, 2024.\n"  # noqa: E501

SITES = {
    "quarto": {
        "_quarto.yml": "project:\n  type: website\nwebsite:\n  navbar:\n    left:\n      - text: News\n        href: news.qmd\n",  # noqa: E501
        "index.qmd": "---\ntitle: Home\n---\n\n## Recent Updates\n\n- I will start a new position soon.\n- I am looking for students.\n- I will move to Some University in Fall 2026.\n",  # noqa: E501
        "news.qmd": NEWS,
    },
    "markdown": {
        "index.md": "---\ntitle: Home\n---\n\n## News\n\n- Our group is hiring.\n",
        "news.md": NEWS,
    },
}


@pytest.mark.parametrize("files", SITES.values(), ids=SITES)
def test_a_dated_news_page_wins_over_an_undated_homepage_list(tmp_path: Path, files) -> None:
    items, _ = listed(write(tmp_path, files))
    dated = sorted((i["start"], i["type"]) for i in items if i["start"])
    assert dated == [("2024-08-07", "talk"), ("2025-05", "award")]
