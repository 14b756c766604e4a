"""A season and a two-digit year opening a news entry (issue 8, scan16a): ``Summer 19:
David interns at …`` is summer 2019, year precision, its span the season's months
(winter runs into the next year); ``[Fall 23]`` and ``Spring 24 –`` too. Inside a
sentence, or not followed by a colon, dash or bracket (``Summer 19 students``), or a
range of years (``Summer 19-20``), it is no date. Written in our own words; the page read
with ``feeds list --json`` and ``json``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main
from feeds.parse.dates import match_prefix

D = dt.date
OPENINGS = {
    "Summer 19: Ana interns in Oslo": (D(2019, 6, 1), D(2019, 8, 31), 10),
    "summer 19 : Ana interns": (D(2019, 6, 1), D(2019, 8, 31), 9),
    "[Fall 23] A talk in Lyon": (D(2023, 9, 1), D(2023, 11, 30), 9),
    "(Autumn 98) Old news": (D(1998, 9, 1), D(1998, 11, 30), 10),
    "Spring 24 – A grant": (D(2024, 3, 1), D(2024, 5, 31), 9),
    "Spring, 24 - A grant": (D(2024, 3, 1), D(2024, 5, 31), 10),
    "Winter 19: A school": (D(2019, 12, 1), D(2020, 2, 29), 9),
    "Winter 22: A school": (D(2022, 12, 1), D(2023, 2, 28), 9),
    "Herbst 21: Ein Vortrag": (D(2021, 9, 1), D(2021, 11, 30), 9),
    "Summer 2019: Ana interns": (D(2019, 6, 1), D(2019, 8, 31), 11),
}
NOT_DATES = [
    "Summer 19 students joined the lab",
    "Summer 19-20: two years",
    "Summer 19:30 a party",
    "Summer19: Ana interns",
    "Summery 19: words",
    "Sommer 123: words",
]


@pytest.mark.parametrize("text", OPENINGS)
def test_a_season_and_two_digits_open_an_item(text: str) -> None:
    found = match_prefix(text)
    assert found is not None
    start, end, length = OPENINGS[text]
    assert (found.span.start, found.span.end, found.span.precision.value) == (start, end, "year")
    assert found.span.ranged is False  # one season, not a range
    assert text[found.end :].lstrip(" :–-])") == text[length:].lstrip(" :–-])")


@pytest.mark.parametrize("text", NOT_DATES)
def test_other_openings_are_no_season(text: str) -> None:
    found = match_prefix(text)
    assert found is None or found.span.start.year not in (2019, 2020)


def test_a_list_of_seasons(tmp_path: Path) -> None:
    page = (
        "# News\n\n- Fall 20: Lea joins as a PhD student.\n"
        "- Summer 19: David interns at a data company.\n- Spring 19 – Our paper is out.\n"
    )
    (tmp_path / "index.md").write_text(page, encoding="utf-8")
    args = ["list", "--json", "--content", str(tmp_path), "--now", "2026-11-26"]
    result = CliRunner().invoke(main, [*args, "--site-url", "https://lab.example.org"])
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert [(i["start"], i["precision"]) for i in items] == [("2020", "year")] + [
        ("2019", "year")
    ] * 2
    assert items[1]["title"].startswith("David interns")
