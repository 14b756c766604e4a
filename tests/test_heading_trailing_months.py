"""A heading per news item whose month ends it in parentheses (``### Student paper
award (2023년 11월)``, ``(2023年11月)``, ``(Nov 2023)``), its entries as bullets below:
the entries are of that month. An undated heading after it is not; a year alone or a day
in the parentheses dates nothing; a heading as large as the news heading is none of it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from feeds.parse.heading_dates import HeadingMonths, trailing_month
from tests.cli_run import feeds


def listed(site: Path, text: str) -> list[tuple]:
    (site / "news.md").write_text(text, encoding="utf-8")
    ran = feeds("list", "--json", "--now", "2024-05-01", "--content", str(site / "news.md"))
    assert ran.returncode == 0, ran.stderr
    return [(i["title"], i["start"], i["precision"]) for i in json.loads(ran.stdout)]


PAGE = (
    "# News\n\n### Kite grant for the lab\n\n- The lab won a grant for kites.\n\n"
    "### Kite prize for a student {when}\n\n- A student won a prize for kites.\n"
    "- The jury liked the tails.\n\n### Kite retreat\n\n- We flew kites on a hill.\n\n"
    "### Kite talk {other}\n\n- A student spoke on kites.\n"
)


@pytest.mark.parametrize(
    ("when", "other", "months"),
    [
        ("(2023년 11월)", "(2023년 9월)", ("2023-11", "2023-09")),
        ("(2023年11月)", "（2023年9月）", ("2023-11", "2023-09")),
        ("(Nov 2023)", "(September 2023)", ("2023-11", "2023-09")),
        ("(11/2023)", "( 2023.9 )", ("2023-11", "2023-09")),
    ],
)
def test_entries_are_of_their_headings_month(tmp_path, when, other, months):
    assert listed(tmp_path, PAGE.format(when=when, other=other)) == [
        ("The lab won a grant for kites", None, None),
        ("A student won a prize for kites", months[0], "month"),
        ("The jury liked the tails", months[0], "month"),
        ("We flew kites on a hill", None, None),
        ("A student spoke on kites", months[1], "month"),
    ]


def test_a_year_heading_above_comes_back_after_the_item(tmp_path):
    text = PAGE.replace("# News\n\n", "# News\n\n## 2022\n\n").format(
        when="(Nov 2022)", other="(kites)"
    )
    assert [row[1:] for row in listed(tmp_path, text)] == [
        ("2022", "year"), ("2022-11", "month"), ("2022-11", "month"), ("2022", "year"),
        ("2022", "year"),
    ]  # fmt: skip


def test_a_news_sized_heading_is_not_an_item(tmp_path):
    text = "## News\n\n- Kites flew (Jan 2, 2023).\n\n## Awards (Nov 2023)\n\n- A prize.\n"
    assert listed(tmp_path, text) == [("Kites flew", "2023-01-02", "day")]


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Student paper award (2023년 11월)", (2023, 11)),
        ("**Prize** (Nov 2023)**", (2023, 11)),
        ("Prize （2023年9月） ", (2023, 9)),
        ("Prize (Nov 2023) and more", None),
        ("(Nov 2023)", None),
        ("2023 (Nov 2023)", None),
        ("Prize (2023)", None),
        ("Prize (Nov 3, 2023)", None),
        ("Prize (Nov - Dec 2023)", None),
        ("Prize (Nov 2023 - Jan 2024)", None),
        ("Prize (kites and more)", None),
        ("Prize (Nov)", None),
        ("Prize (a note in parentheses about the kites: Nov 2023)", None),
    ],
)
def test_trailing_month(name, want):
    assert trailing_month(name) == want


def test_heading_months_gives_back_what_was_before():
    assert HeadingMonths().restored(1, 2021, 4) == (2021, 4)  # nothing was open
    months = HeadingMonths()
    assert months.restored(3, 2021, None) == (2021, None)
    assert months.opened(3, "Kite (Nov 2023)", 2021, None) == (2023, 11)
    assert months.restored(4, 2023, 11) == (2023, 11)  # a part of the item
    assert months.opened(4, "Tails", 2023, 11) == (None, None)
    assert months.restored(3, 2023, 11) == (2021, None)
    assert months.restored(1, 2019, 2) == (2019, 2)  # closed: nothing to give back
    assert months.restored(3, 2020, 5) == (2020, 5)  # nothing open any more
    assert months.opened(2, "Kite (Dec 2023)", 2020, 5) == (2023, 12)
    assert months.restored(2, 2023, 12) == (2020, 5)


def test_a_month_heading_above_keeps_its_month_around_the_item(tmp_path):
    text = (
        "# News\n\n## 2023\n\n### March\n\n- Flew kites in the park.\n\n#### Talks\n\n"
        "- Spoke on kites.\n\n#### Prize for kites (Nov 2023)\n\n- Won a kite prize.\n\n"
        "#### Kite club\n\n- Joined a kite club.\n"
    )
    assert [row[1:] for row in listed(tmp_path, text)] == [
        ("2023-03", "month"), ("2023-03", "month"), ("2023-11", "month"), ("2023-03", "month"),
    ]  # fmt: skip
