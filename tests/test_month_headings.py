"""Month headings under a year heading date the items under them (issue 8, c8 cause A).

``## 2024`` then ``### March`` (``### Mar.``, ``#### 三月``, ``### Oktober``…): the
items under ``March`` without a date of their own are of March 2024, to the month; a
month named later in the item's sentence ("… in July") never moves it out of March.

Every page is written here in our own words; ``feeds list --json`` is read back with
``json``; expectations are written from the input.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

NOW = "2026-11-26"
URL = "https://me.example.org/"


def listed(path: Path) -> list[dict]:
    result = CliRunner().invoke(
        main, ["list", "--json", "--content", str(path), "--now", NOW, "--site-url", URL]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def news_page(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "news.md"
    path.write_text(f"---\ntitle: News\n---\n\n{body}", encoding="utf-8")
    return path


MONTH_HEADINGS = [
    (  # the reproduction: a later month in the sentence does not move the item
        "## 2024\n\n### March\n\n- I presented a poster on lattice models at the spring "
        "meeting.\n\n### January\n\n- I won the student prize; I will receive it at the "
        "summer meeting in July.\n",
        [("2024-03", "month"), ("2024-01", "month")],
    ),
    (  # short names with a dot, several items under one month
        "# News\n\n## 2023\n\n### Sept.\n\n- Gave a seminar on graphs.\n- Started as a "
        "postdoc.\n\n### Feb\n\n- Reviewed for a journal.\n",
        [("2023-09", "month"), ("2023-09", "month"), ("2023-02", "month")],
    ),
    (  # Chinese and Japanese month headings, with the year heading one level up
        "### 2022\n\n#### 三月\n\n- 在研讨会上做了报告。\n\n#### 十一月\n\n- 一篇论文被接收。\n\n"
        "#### 5月\n\n- 講演をしました。\n",
        [("2022-03", "month"), ("2022-11", "month"), ("2022-05", "month")],
    ),
    (  # German, French, Spanish, Portuguese, Italian names; Korean with its mark
        "## 2021\n\n### Oktober\n\n- Vortrag in Kassel.\n\n### juin\n\n- Exposé à Lyon.\n\n"
        "### Abril\n\n- Charla en Lima.\n\n### Março\n\n- Palestra em Recife.\n\n"
        "### Gennaio\n\n- Seminario a Pisa.\n\n### 2월\n\n- 발표를 했습니다.\n",
        [("2021-10", "month"), ("2021-06", "month"), ("2021-04", "month"),
         ("2021-03", "month"), ("2021-01", "month"), ("2021-02", "month")],
    ),
    (  # emoji and bold around the month; the next year heading starts at its year
        "## 2020\n\n### 🗓️ **August**\n\n- Joined the lab.\n\n## 2019\n\n- Graduated.\n",
        [("2020-08", "month"), ("2019", "year")],
    ),
    (  # the item's own date still wins, a day inside the month refines it
        "## 2024\n\n### May\n\n- **May 12**: Gave a talk at the seminar.\n"
        "- On May 20 I gave a lecture at the summer school.\n",
        [("2024-05-12", "day"), ("2024-05-20", "day")],
    ),
    (  # a month ending the item that is not the heading's does not replace it
        "## 2023\n\n### January\n\n- I will present this work at the annual meeting in "
        "August.\n",
        [("2023-01", "month")],
    ),
    (  # but a date written with its year is the item's own, as without the heading
        "## 2023\n\n### January\n\n- Talk at the graph seminar (Feb 3, 2023)\n"
        "- Talk at the graph meeting (GM 2023)\n"  # a bare year says less than the month
        "- Talk at the graph workshop (Feb 9)\n"  # a day set apart is the item's own
        "- I will give a talk about it at the spring meeting on April 20.\n",  # in prose
        [("2023-02-03", "day"), ("2023-01", "month"), ("2023-02-09", "day"), ("2023-01", "month")],
    ),
    (  # prose paragraphs under a month heading are items of that month
        "## 2024\n\n### June\n\nGave a seminar on graphs.\n\n### April\n\nJoined the lab.\n",
        [("2024-06", "month"), ("2024-04", "month")],
    ),
    (  # a bold line that is only a month, as a heading
        "## 2024\n\n**March**\n\n- Gave a talk at the seminar.\n\n**February:**\n\n"
        "- Joined the lab.\n",
        [("2024-03", "month"), ("2024-02", "month")],
    ),
    (  # HTML headings, the same way
        "# News\n\n<h2>2022</h2>\n<h3>August</h3>\n<ul>\n<li>Gave a talk in Oslo.</li>\n"
        "</ul>\n<h3>July</h3>\n<ul>\n<li>Joined the lab.</li>\n</ul>\n",
        [("2022-08", "month"), ("2022-07", "month")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), MONTH_HEADINGS)
def test_month_headings_under_a_year_date_their_items(tmp_path, body, expected):
    items = listed(news_page(tmp_path, body))
    assert [(item["start"], item["precision"]) for item in items] == expected


def test_a_month_heading_keeps_the_news_section_open(tmp_path):
    # "## May" at the level of "## News" continues the section, as a year heading does
    body = "## News\n\n### 2024\n\n## May\n\n- Gave a talk.\n\n## June\n\n- Joined the lab.\n"
    items = listed(news_page(tmp_path, body))
    assert [(i["start"], i["title"]) for i in items] == [
        ("2024-05", "Gave a talk"),
        ("2024-06", "Joined the lab"),
    ]


def test_a_month_word_heading_without_a_year_is_no_date(tmp_path):
    # without a year heading above, "### May" says no year: the item stays undated
    body = "# News\n\n### May\n\n- Gave a talk at the seminar (2024).\n"
    (item,) = listed(news_page(tmp_path, body))
    assert (item["start"], item["precision"]) == ("2024", "year")
