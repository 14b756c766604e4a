"""A year heading named as news, as news lists and changelogs title their year groups
(``### 2024 Updates``, ``### 2023 Highlights``, ``### News 2022``): the entries under it
without a date of their own are of that year, as under ``### 2024``; also under an
"Archive" heading, where it opens a part of news as any other named subsection does. A
year named with other words (``### 2023 Papers``) dates nothing."""

from __future__ import annotations

import json

import pytest

from feeds.parse.dates.year_heading import news_heading_year
from tests.cli_run import feeds

NAMED = [
    ("2023 Highlights", 2023),
    ("Highlights 2023", 2023),
    ("2024 Updates", 2024),
    ("2024 updates", 2024),
    ("News 2022", 2022),
    ("News: 2022", 2022),
    ("2021: Announcements", 2021),
    ("2023 Papers", None),
    ("ICML 2024", None),
    ("2024 news and more", None),
    ("Highlights", None),
]


@pytest.mark.parametrize(("heading", "year"), NAMED)
def test_the_year_of_a_heading_named_as_news(heading, year):
    assert news_heading_year(heading) == year


def _listed(tmp_path, text: str) -> list[tuple[str, str | None]]:
    page = tmp_path / "news.md"
    page.write_text(text, encoding="utf-8")
    ran = feeds("list", "--json", "--now", "2026-05-01", "--content", str(page))
    assert ran.returncode == 0, ran.stderr
    return [(i["title"], i["start"]) for i in json.loads(ran.stdout)]


LISTS = [
    (
        "## News\n\n### 2024 Updates\n\n- Opened the toy workshop.\n- Mar 3: Gave a toy talk.\n\n"
        "### Highlights 2023\n\n- Built a kite lab.\n",
        [
            ("Opened the toy workshop", "2024"),
            ("Gave a toy talk", "2024-03-03"),
            ("Built a kite lab", "2023"),
        ],
    ),
    (
        "# Latest from the lab\n\n- **May 2025**: Hired two kite makers.\n\n## Archive\n\n"
        "### 2024 Highlights\n\n- **December 2024**: Flew the big kite.\n\n"
        "### 2023 Highlights\n\n- **Kite prize**: Our team won the kite prize.\n",
        [
            ("Hired two kite makers", "2025-05"),
            ("Flew the big kite", "2024-12"),
            ("Our team won the kite prize", "2023"),
        ],
    ),
    (
        "## News\n\n### 2023 Papers\n\n- Wrote about kites.\n",
        [("Wrote about kites", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_entries_under_a_year_named_as_news_are_of_that_year(tmp_path, text, expected):
    assert _listed(tmp_path, text) == expected
