"""News lists whose items open with a month name and two digits, ``- Aug 25, Attending …``
(issue 8, cause C of corpus c10): with no year anywhere to give the items one, the two
digits are the year (August 2025, month precision) when the whole list reads so: every
dated item opens that way with two digits, no heading or item gives a year, read as
months the items run in order (newest or oldest first), and the years the items name
do not say otherwise. The decision is the page's, never one item's. Short month names of
the languages we read dates in count (``Set`` settembre, ``Ott``, ``Dez``, ``Févr.``).
Otherwise the two digits stay a day. Pages are written here in our own words;
``feeds list --json`` is read back with ``json``.
"""

from __future__ import annotations

import json

import pytest

from .cli_run import feeds

NOW = "2026-11-26"

# (the news list, [(start, precision, title) of each item, in order])
CASES = {
    "newest first, an Italian month, a year in a link": (
        "- Aug 25, Attending the Summer School on Widgets! https://example.org/ssw2025/home\n"
        "- Oct 24, Presenting WIDGETNET at the Gadget Conference!\n"
        "- Set 24, Attending the Gadget Workshop\n"
        "- Nov 22, Starting a new position as postdoc at Some University\n",
        [
            ("2025-08", "month", "Attending the Summer School on Widgets"),
            ("2024-10", "month", "Presenting WIDGETNET at the Gadget Conference"),
            ("2024-09", "month", "Attending the Gadget Workshop"),
            ("2022-11", "month", "Starting a new position as postdoc at Some University"),
        ],
    ),
    "a link naming another year does not make a day": (
        "- Jul 24, Gave a talk at the [Widget Days](https://example.org/wd2024/program)\n"
        "- Mar 24: Our paper on gadgets was accepted to WidgetConf\n"
        "- Dec 23: Joined the Gear Lab\n",
        [
            ("2024-07", "month", "Gave a talk at the Widget Days"),
            ("2024-03", "month", "Our paper on gadgets was accepted to WidgetConf"),
            ("2023-12", "month", "Joined the Gear Lab"),
        ],
    ),
    "oldest first, dotted short names": (
        "- Sept. 19, Started my PhD at Example University\n"
        "- Jun. 21, Gave a seminar at the Cog Institute\n"
        "- Feb. 23, Defended my thesis\n",
        [
            ("2019-09", "month", "Started my PhD at Example University"),
            ("2021-06", "month", "Gave a seminar at the Cog Institute"),
            ("2023-02", "month", "Defended my thesis"),
        ],
    ),
    "Italian, Portuguese, Spanish, German and French short names": (
        "- Dez 25, Won the widget prize\n"
        "- Ott 25, Attending the Gear Workshop\n"
        "- Out 24, Visiting the Cog Lab\n"
        "- Ene 24, Joined the Widget Group\n"
        "- Févr. 23, Gave a talk at the Gadget Seminar\n"
        "- Mag 22, Started a postdoc at Some Institute\n",
        [
            ("2025-12", "month", "Won the widget prize"),
            ("2025-10", "month", "Attending the Gear Workshop"),
            ("2024-10", "month", "Visiting the Cog Lab"),
            ("2024-01", "month", "Joined the Widget Group"),
            ("2023-02", "month", "Gave a talk at the Gadget Seminar"),
            ("2022-05", "month", "Started a postdoc at Some Institute"),
        ],
    ),
}

# Lists where the two digits are days: the page gives them a year, or does not read as
# months and years.
DAYS = {
    "a year heading above: days of that year": (
        "### 2023\n- Jul 24: Gave a talk at the Widget Days\n- Mar 12: Joined the Gear Lab\n",
        [("2023-07-24", "day"), ("2023-03-12", "day")],
    ),
    "a dated item gives the year to the days under it": (
        "- Aug 1, 2024: Our paper was accepted to WidgetConf\n"
        "- Jul 24: Gave a talk at the Widget Days\n"
        "- Jul 13: Joined the Gear Lab\n",
        [("2024-08-01", "day"), ("2024-07-24", "day"), ("2024-07-13", "day")],
    ),
    "the years the items name say days": (
        "- Mar 12: Gave a talk at WidgetConf 2020\n- Feb 10: Paper accepted to GearConf 2020\n",
        [("2020-03-12", "day"), ("2020-02-10", "day")],
    ),
    "a one-digit day among them: days, of no year": (
        "- Aug 25: Joined the Gear Lab\n- Jul 3: Gave a talk at the Widget Days\n"
        "- Jul 12: Won the widget prize\n",
        [(None, None), (None, None), (None, None)],
    ),
    "out of order as months and years: no reading is made up": (
        "- Jul 24, Gave a talk at the Widget Days\n"
        "- Oct 13, Joined the Gear Lab\n"
        "- Jan 28, Won the widget prize\n",
        [(None, None), (None, None), (None, None)],
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


@pytest.mark.parametrize("name", CASES)
def test_two_digits_after_a_month_are_its_year(tmp_path, name):
    body, expected = CASES[name]
    items = _listed(tmp_path, body)
    got = [(i["start"][:7] if i["start"] else None, i["precision"], i["title"]) for i in items]
    assert got == expected


@pytest.mark.parametrize("name", DAYS)
def test_two_digits_stay_a_day(tmp_path, name):
    body, expected = DAYS[name]
    items = _listed(tmp_path, body)
    assert [(i["start"], i["precision"]) for i in items] == expected
