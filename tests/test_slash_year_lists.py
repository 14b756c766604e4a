"""News lists whose items open with a one-digit month and a two-digit year, ``- 8/24: …``
(a lab page writes its whole news list so: ``12/24``, ``8/24``, ``7/24``, ``11/23`` …
with no year anywhere): the two digits are the year (August 2024, month precision) when
the whole list reads so: no heading or item gives a year, at least three items open with
``M/YY`` (``12/24`` counts too), read as months they run in order over more than one
year, and the years the items name do not say otherwise (a venue of that year or the
next agrees: "accepted to VLDB 2025" in December 2024). The decision is the page's,
never one item's; otherwise ``8/24`` stays a day (of the year a heading or a neighbour
gives). Pages are written here in our own words; ``feeds list --json`` is read back.
"""

from __future__ import annotations

import json

import pytest

from .cli_run import feeds

NOW = "2026-11-26"

# (the news list, [(start, precision, title) of each item, in order])
MONTHS = {
    "newest first, one and two digit months": (
        "- 12/24: Our paper on widgets is accepted to WidgetConf 2025!\n"
        "- 8/24: Jane receives the Early Gadget Award!\n"
        "- 7/24: Our paper on gears is accepted to GearConf 2024.\n"
        "- 1/24: The lab welcomes two new students.\n"
        "- 11/23: Our paper on cogs is accepted to CogConf 2024.\n"
        "- 6/23: Jane gives a talk at the Sprocket Seminar.\n",
        [
            ("2024-12", "month", "Our paper on widgets is accepted to WidgetConf 2025"),
            ("2024-08", "month", "Jane receives the Early Gadget Award"),
            ("2024-07", "month", "Our paper on gears is accepted to GearConf 2024"),
            ("2024-01", "month", "The lab welcomes two new students"),
            ("2023-11", "month", "Our paper on cogs is accepted to CogConf 2024"),
            ("2023-06", "month", "Jane gives a talk at the Sprocket Seminar"),
        ],
    ),
    "oldest first, a badge before the newest": (
        "- 9/21: The lab opens.\n"
        "- 3/22: First paper out.\n"
        "- `New!` 5/23: Jane joins as a postdoc.\n",
        [
            ("2021-09", "month", "The lab opens"),
            ("2022-03", "month", "First paper out"),
            ("2023-05", "month", "Jane joins as a postdoc"),
        ],
    ),
}

# Lists where the digits after the slash are days: the page gives them a year, or the
# heads do not read as months and years.
DAYS = {
    "a year heading above: days of that year": (
        "### 2023\n- 8/24: Gave a talk at the Widget Days\n- 7/12: Joined the Gear Lab\n"
        "- 6/3: Won the widget prize\n",
        [("2023-08-24", "day"), ("2023-07-12", "day"), ("2023-06-03", "day")],
    ),
    "an item dated with its year gives the year to the days under it": (
        "- 9/2/2024: Our paper was accepted to WidgetConf\n"
        "- 8/24: Gave a talk at the Widget Days\n"
        "- 7/13: Joined the Gear Lab\n"
        "- 6/11: Won the widget prize\n",
        [
            ("2024-09-02", "day"),
            ("2024-08-24", "day"),
            ("2024-07-13", "day"),
            ("2024-06-11", "day"),
        ],
    ),  # fmt: skip
    "days jumping back and forth as months: no month reading": (
        "- 9/12: Gave a talk at the Widget Days\n"
        "- 9/5: Joined the Gear Lab\n"
        "- 8/30: Won the widget prize\n",
        [(None, None), (None, None), (None, None)],
    ),
    "one year only: days of no year": (
        "- 8/24: Gave a talk at the Widget Days\n"
        "- 7/24: Joined the Gear Lab\n"
        "- 6/24: Won the widget prize\n",
        [(None, None), (None, None), (None, None)],
    ),
    "two items are no list": (
        "- 8/24: Gave a talk at the Widget Days\n- 7/23: Joined the Gear Lab\n",
        [(None, None), (None, None)],
    ),
    "the years the items name say days": (
        "- 8/24: Gave a talk at WidgetConf 2019\n"
        "- 7/21: Paper accepted to GearConf 2019\n"
        "- 5/20: Won the CogConf 2019 prize\n",
        [("2019-08-24", "day"), ("2019-07-21", "day"), ("2019-05-20", "day")],
    ),
}


def _listed(tmp_path, body: str) -> list[dict]:
    page = tmp_path / "news.md"
    page.write_text("---\ntitle: News\n---\n\n" + body, encoding="utf-8")
    ran = feeds(
        "list", "--json", "--now", NOW, "--content", str(page), "--site-url", "https://x.org/"
    )
    assert ran.returncode == 0, ran.stderr
    return json.loads(ran.stdout)


@pytest.mark.parametrize("name", MONTHS)
def test_two_digits_after_a_month_and_slash_are_its_year(tmp_path, name):
    body, expected = MONTHS[name]
    items = _listed(tmp_path, body)
    got = [(i["start"][:7] if i["start"] else None, i["precision"], i["title"]) for i in items]
    assert got == expected


@pytest.mark.parametrize("name", DAYS)
def test_digits_after_the_slash_stay_a_day(tmp_path, name):
    body, expected = DAYS[name]
    items = _listed(tmp_path, body)
    assert [(i["start"], i["precision"]) for i in items] == expected
