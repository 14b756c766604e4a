"""One entry of the site is one item (issue 8): a page that loops over its news data file
twice (once to collect years for a filter, once to show the cards) or includes its news
file twice (a desktop and a mobile copy) gives each entry once, never two items with the
same file and line. Two entries with the same words on different lines stay two items.
Sites written for these tests; items read back from ``feeds list --json``."""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import listed, write

DATA = """
- date: "2026-03-15"
  title: "Our paper was accepted to ICRA 2026"
- date: "2025-11-02"
  title: "Gave a talk at Cornell"
"""

PAGES = {
    "two loops over the data file": {
        "_data/news.yml": DATA,
        "index.md": "---\ntitle: News\n---\n\n{% assign ys = '' | split: '' %}\n"
        "{% for post in site.data.news %}{% assign ys = ys | push: post.date %}{% endfor %}\n"
        "\n{% for post in site.data.news %}<h4>{{ post.title }}</h4>"
        "<h6>{{ post.date | date: '%B %-d, %Y' }}</h6>{% endfor %}\n",
    },
    "a news file included twice": {
        "_includes/news.md": "- *2026.03*: Our paper was accepted to ICRA 2026.\n"
        "- *2025.11*: Gave a talk at Cornell.\n",
        "index.md": "# Ana\n\n## News\n\n<div class='wide' markdown='1'>\n\n"
        "{% include news.md %}\n\n</div>\n<div class='narrow' markdown='1'>\n\n"
        "{% include news.md %}\n\n</div>\n",
    },
}


@pytest.mark.parametrize("case", PAGES)
def test_an_entry_shown_twice_is_one_item(tmp_path: Path, case: str) -> None:
    site = write(tmp_path / "site", {"_config.yml": "title: Ana\n", **PAGES[case]})
    items, _ = listed(site)
    assert [(i["start"][:7], i["type"]) for i in items] == [
        ("2026-03", "paper"),
        ("2025-11", "talk"),
    ]


def test_the_same_words_on_two_lines_stay_two_items(tmp_path: Path) -> None:
    page = "# Ana\n\n## News\n\n- Our paper was accepted (Mar 2026)\n" * 1
    page += "- Our paper was accepted (Mar 2026)\n"
    site = write(tmp_path / "site", {"_config.yml": "title: Ana\n", "index.md": page})
    items, ran = listed(site)
    assert [i["line"] for i in items] == [5, 6]
    assert "duplicate news item" in ran.stderr
