"""A bold month line over a list (issue 8, corpus C9 causes E and F): the list's entries
take the month, also when a short line introduces the list (``Big month for the
group!`` the list interrupts, or ``Two talks:``), and that line is no item; a longer
paragraph between the month and the list stays an item of that month. A later date
the entry's sentence names (``… will open in January 2026.``) does not replace the
month above it; a date of the same month makes it precise, and a bracketed date is the
entry's own. Pages written here in our own words, read back as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

LIST = (
    "* Alex's paper appears in [Example Journal](https://example.org/a)\n"
    "* The group receives a seed grant from the Example Fund\n"
)
LISTED = [
    ("Alex's paper appears in Example Journal", "2026-04", "month"),
    ("The group receives a seed grant from the Example Fund", "2026-04", "month"),
]
LATER = "**March 2026**\n* The lab is awarded its first grant.\n"
MARCH = [("The lab is awarded its first grant", "2026-03", "month")]

FORMS = {
    "an intro the list interrupts": ("**April 2026**\n\nBig month for the group!\n" + LIST, []),
    "an intro ending with a colon": ("**April 2026**\n\nTwo pieces of news:\n\n" + LIST, []),
    "bold month with a colon, intro": ("**April 2026:**\n\nGood news!\n" + LIST, []),
    "no intro": ("**April 2026**\n" + LIST, []),
    "a paragraph of its own, then the list": (
        "**April 2026**\n\nWe moved into the new building on the harbour this month.\n\n" + LIST,
        [("We moved into the new building on the harbour this month", "2026-04", "month")],
    ),
}


def listed(tmp_path: Path, body: str) -> list[tuple[str, str, str]]:
    page = tmp_path / "news.md"
    page.write_text(f"---\ntitle: Lab News\n---\n\n{body}", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["list", "--json", "--content", str(page), "--now", "2026-11-26", "-q"]
    )
    assert result.exit_code == 0, result.output
    return [(i["title"], i["start"], i["precision"]) for i in json.loads(result.stdout)]


@pytest.mark.parametrize(("body", "prose"), FORMS.values(), ids=FORMS.keys())
def test_the_list_under_a_bold_month_takes_the_month(
    tmp_path: Path, body: str, prose: list[tuple[str, str, str]]
) -> None:
    assert listed(tmp_path, body + "\n" + LATER) == [*prose, *LISTED, *MARCH]


ENTRIES = {
    "a later month in the sentence": (
        "* The group will open at Example University in January 2026.",
        ("The group will open at Example University in January 2026", "2025-05", "month"),
    ),
    "a later day in the sentence": (
        "* Our workshop takes place on June 12, 2025.",
        ("Our workshop takes place on June 12, 2025", "2025-05", "month"),
    ),
    "a day of that month": (
        "* Emily presents a poster on Monday, May 19.",
        ("Emily presents a poster", "2025-05-19", "day"),
    ),
    "a bracketed date of its own": (
        "* Invited talk at the Example Seminar (June 3, 2025)",
        ("Invited talk at the Example Seminar", "2025-06-03", "day"),
    ),
}


@pytest.mark.parametrize(("entry", "expected"), ENTRIES.values(), ids=ENTRIES.keys())
def test_a_later_date_in_the_sentence_leaves_the_heading_month(
    tmp_path: Path, entry: str, expected: tuple[str, str, str]
) -> None:
    assert listed(tmp_path, f"**May 2025**\n{entry}\n") == [expected]


def test_a_bold_date_over_prose_alone_is_still_one_item(tmp_path: Path) -> None:
    body = "**2024.09.27**\n\nWe moved into the new building.\n\nThe party was fun.\n"
    assert listed(tmp_path, body) == [("We moved into the new building", "2024-09-27", "day")]
