"""A range of two numeric days without a year opening an item under a year heading
(``- 03/14-03/18: …`` under ``## 2022``) is the first day to the last of that year,
read as a single ``03/14`` there is: month first on a US page, day first when a date
can only be (``25/06``) or the page's language writes so; ``.`` or ``/``, any dash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from feeds.parse.dates import match_prefix
from feeds.parse.dates.reading import reading
from tests.cli_run import feeds


def listed(site: Path, text: str) -> list[tuple]:
    (site / "news.md").write_text(text, encoding="utf-8")
    ran = feeds("list", "--json", "--now", "2023-05-01", "--content", str(site / "news.md"))
    assert ran.returncode == 0, ran.stderr
    return [(i["start"], i["end"], i["precision"], i["title"]) for i in json.loads(ran.stdout)]


@pytest.mark.parametrize(
    "opening", ["03/14-03/18:", "03/14 - 03/18:", "03/14–03/18:", "3/14 — 3/18:", "**03/14-03/18**"]
)
def test_month_first_range_under_a_year_heading(tmp_path, opening):
    text = f"# News\n\n## 2022\n\n- {opening} Visited a lab of kites in Oslo.\n- 02/01: Kites!\n"
    assert listed(tmp_path, text) == [
        ("2022-03-14", "2022-03-18", "day", "Visited a lab of kites in Oslo"),
        ("2022-02-01", None, "day", "Kites"),
    ]


def test_day_first_page_reads_the_range_day_first(tmp_path):
    text = "# News\n\n## 2022\n\n- 04.05-06.05: Ran a kite school.\n- 25/06: Kites!\n"
    assert listed(tmp_path, text)[0][:3] == ("2022-05-04", "2022-05-06", "day")


def test_language_reads_the_dotted_range_day_first(tmp_path):
    text = "---\nlang: de\n---\n# News\n\n## 2022\n\n- 04.05.-06.05.: Drachenschule.\n"
    assert listed(tmp_path, text)[0][:3] == ("2022-05-04", "2022-05-06", "day")


@pytest.mark.parametrize(
    ("text", "day_first", "want"),
    [
        ("09/07-09/13: a", False, ((2025, 9, 7), (2025, 9, 13), 13)),
        ("09/07-09/13: a", True, ((2025, 9, 7), (2025, 9, 13), 13)),
        ("04/05-06/05: a", True, ((2025, 5, 4), (2025, 5, 6), 13)),
        ("18/11-20/11: a", False, ((2025, 11, 18), (2025, 11, 20), 13)),
        ("11/18-11/20: a", True, ((2025, 11, 18), (2025, 11, 20), 13)),
        ("12/28-01/03: a", False, ((2025, 12, 28), (2026, 1, 3), 13)),
        ("09.07 – 09.13 a", False, ((2025, 9, 7), (2025, 9, 13), 14)),
        ("28/12-02/01: a", False, ((2025, 12, 28), (2026, 1, 2), 13)),
        ("13/12-02/01: a", False, ((2025, 12, 13), (2026, 1, 2), 13)),
        ("11/30-12/01: a", False, ((2025, 11, 30), (2025, 12, 1), 13)),
        ("01/12-13/12: a", False, ((2025, 12, 1), (2025, 12, 13), 13)),
        ("01/12-05/12: a", True, ((2025, 12, 1), (2025, 12, 5), 13)),
        ("12/13-01/02: a", True, ((2025, 12, 13), (2026, 1, 2), 13)),
        ("9/7 to 9/9: a", False, ((2025, 9, 7), (2025, 9, 9), 12)),
    ],
)
def test_range_read_with_a_context_year(text, day_first, want):
    with reading(day_first):
        found = match_prefix(text, 2025)
    assert found is not None
    start, end = found.span.start, found.span.end
    assert ((start.year, start.month, start.day), (end.year, end.month, end.day)) == want[:2]
    assert found.end == want[2] and found.span.precision.value == "day" and found.span.ranged


@pytest.mark.parametrize(
    "text",
    [
        "09/13-09/07: a",
        "09/07-09.13: a",
        "13/13-13/14: a",
        "09/07-09/31: a",
        "1/2-3/4",
        "09/07-09/07: a",
    ],
)
def test_not_a_range(text):
    found = match_prefix(text, 2025)
    assert found is None or not found.span.ranged
