"""A season and the months it means (issue 8, a form left by an earlier session).

A season with its year dates an item to that year (``Summer 2024``, ``Fall 2023``,
``Spring '24``, ``Winter 2024/25``: labels of real pages date a season so). When the item
also names the months in brackets without a year (``Summer 2024: … (June - August)``),
they are its dates: June to August 2024, at month precision, and they leave the title; so
under a year heading (``### 2024`` over ``… (June - August)``), where the last month alone
was read before. Pages in our own words, read back from ``feeds list --json`` with
``json``.
"""

from __future__ import annotations

import json

import pytest

from .cli_run import feeds

TITLE = "Visiting the Loom Lab"
H = "### 2024\n\n"  # a year heading above the entry

# (the year heading above or "", the entry, expected: title, start, end, precision)
RANGES = [
    ("", f"Summer 2024: {TITLE} (June - August)", (TITLE, "2024-06", "2024-08", "month")),
    ("", f"Summer 2024: {TITLE} (Jun–Aug)", (TITLE, "2024-06", "2024-08", "month")),
    ("", f"**Summer 2024**: {TITLE} (June to August)", (TITLE, "2024-06", "2024-08", "month")),
    ("", f"Fall 2023: {TITLE} (Sept - Dec)", (TITLE, "2023-09", "2023-12", "month")),
    ("", f"Winter 2024: {TITLE} (Dec - Feb)", (TITLE, "2024-12", "2025-02", "month")),
    ("", f"2024: {TITLE} (from June to August)", (TITLE, "2024-06", "2024-08", "month")),
    ("", f"Jun 2024: {TITLE} (June - August)", (TITLE, "2024-06", "2024-08", "month")),
    (H, f"Summer 2024: {TITLE} (June - August)", (TITLE, "2024-06", "2024-08", "month")),
    (H, f"Summer: {TITLE} (June - August)", (TITLE, "2024-06", "2024-08", "month")),
    (H, f"{TITLE} (June - August)", (TITLE, "2024-06", "2024-08", "month")),
    (H, f"{TITLE} (Nov - Feb)", (TITLE, "2024-11", "2025-02", "month")),
    # the months say their year already (read so before; kept)
    ("", f"Summer 2024: {TITLE} (June - August 2024)", (TITLE, "2024-06", "2024-08", "month")),
    # months outside the season: the season's year stays, the bracket with the title
    ("", f"Summer 2024: {TITLE} (Sept - Nov)", (f"{TITLE} (Sept - Nov)", "2024", None, "year")),
    # a month range before the leading month: not its months
    ("", f"Aug 2024: {TITLE} (June - July)", (f"{TITLE} (June - July)", "2024-08", None, "month")),
]  # fmt: skip

# A season alone: its year.
SEASONS = [
    (f"Summer 2024: {TITLE}", "2024"),
    (f"Fall 2023: {TITLE}", "2023"),
    (f"Spring '24: {TITLE}", "2024"),
    (f"Winter 2024/25: {TITLE}", "2024"),
    (f"Winter 2024-25: {TITLE}", "2024"),
    (f"Winter 2024/2025: {TITLE}", "2024"),
    (f"{TITLE}, Winter 2024/25", "2024"),
    (f"Autumn term 2022/23: {TITLE}", "2022"),
]


def _listed(tmp_path, news: str) -> list[dict]:
    page = tmp_path / "index.md"
    page.write_text(f"# Ada\n\n## News\n\n{news}\n## Teaching\n\nNone.\n", encoding="utf-8")
    ran = feeds("list", "--json", "--now", "2026-11-27", "--content", str(page))
    assert ran.returncode == 0, ran.stderr
    return json.loads(ran.stdout)


@pytest.mark.parametrize(("heading", "entry", "expected"), RANGES, ids=[r[1] for r in RANGES])
def test_a_season_with_its_months(tmp_path, heading, entry, expected):
    (item,) = _listed(tmp_path, f"{heading}- {entry}\n")
    assert (item["title"], item["start"], item["end"], item["precision"]) == expected


@pytest.mark.parametrize(("entry", "year"), SEASONS, ids=[r[0] for r in SEASONS])
def test_a_season_alone_is_its_year(tmp_path, entry, year):
    (item,) = _listed(tmp_path, f"- {entry}\n")
    assert (item["title"], item["start"], item["precision"]) == (TITLE, year, "year")


@pytest.mark.parametrize("entry", [f"Winter 2024/26: {TITLE}", f"Winter 2024/23: {TITLE}"])
def test_years_that_do_not_follow_each_other_are_no_season(tmp_path, entry):
    (item,) = _listed(tmp_path, f"- {entry}\n")
    assert item["start"] is None


def test_the_months_start_on_the_first_of_the_first(tmp_path):
    page = tmp_path / "index.md"
    page.write_text(f"# Ada\n\n## News\n\n{H}- {TITLE} (June - August)\n", encoding="utf-8")
    out = tmp_path / "out"
    ran = feeds(
        "build", "--content", str(page), "--out", str(out), "--now", "2026-11-27",
        "--site-url", "https://ada.example.org/",
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    (item,) = json.loads((out / "feed.json").read_text(encoding="utf-8"))["items"]
    assert item["date_published"] == "2024-06-01T00:00:00+00:00"
