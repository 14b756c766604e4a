"""A Hugo news section holding the news page itself, its news a Markdown table
(:mod:`feeds.inputs.hugo_table_pages`): a page of ``content/news/`` whose body is a table
of three or more dated rows is read as a news page, one item a row at the row's month,
not as one post titled by its first line; a post with a table of fewer dated rows (a
schedule) stays one post. Sites in our own words, read back with ``feeds list --json``."""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import HEADLESS, YAML_CONFIG, listed, summary, write

TABLE = (
    '+++\ntitle = "All news"\ndate = 2020-01-10\n+++\n\nThe full list of our news.\n\n'
    "| News | Date |\n| --- | --- |\n"
    "| [Ana](/people/ana) gives an invited talk at the soil institute. | Mar. &nbsp; 2025 |\n"
    "| Ben joins the group as a PhD student. | Jan. 2025 |\n"
    "| Ana wins the young researcher award. | Nov. &nbsp; 2024 |\n"
)
ROWS = [
    ("Ana gives an invited talk at the soil institute", "2025-03", "month", "talk"),
    ("Ben joins the group as a PhD student", "2025-01", "month", "position"),
    ("Ana wins the young researcher award", "2024-11", "month", "award"),
]
SCHEDULE = (
    "---\ntitle: Summer school\ndate: 2024-06-02\n---\n\nOur summer school in June.\n\n"
    "| Day | Topic |\n| --- | --- |\n| 2024-06-10 | Soils |\n| 2024-06-11 | Water |\n"
)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("content/news/full-list/index.md", ROWS),  # a leaf bundle
        ("content/news/all.md", ROWS),  # a plain page
    ],
)
def test_a_news_table_page_gives_its_rows(tmp_path: Path, page: str, expected: list) -> None:
    files = {
        "config/_default/config.yaml": YAML_CONFIG,
        "content/home/index.md": HEADLESS,
        "content/news/_index.md": "---\ntitle: News\n---\n",
        page: TABLE,
    }
    items, _ = listed(write(tmp_path / "site", files))
    assert summary(items) == expected
    assert [i["line"] for i in items] == [10, 11, 12]


def test_a_post_with_a_short_dated_table_stays_one_post(tmp_path: Path) -> None:
    files = {
        "config/_default/config.yaml": YAML_CONFIG,
        "content/home/index.md": HEADLESS,
        "content/news/_index.md": "---\ntitle: News\n---\n",
        "content/news/school.md": SCHEDULE,
    }
    items, _ = listed(write(tmp_path / "site", files))
    assert summary(items) == [("Summer school", "2024-06-02", "day", "event")]
