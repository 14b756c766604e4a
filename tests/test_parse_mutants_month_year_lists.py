"""Whether a news list's ``Aug 25, …`` items open with a month and a two-digit year
(feeds/parse/month_year_lists.py), read in-process: the list in, each item's date and
title and the page's info line out.

Written for the mutants a mutation run of ``month_year_lists.py`` left alive (issue 14).
The rule, from the module: one decision for the whole list; the two digits are the year
only when nothing gives the list a year (a year heading, an item dated with its year),
every item that opens with a date opens with a month and two digits (a day ``Jul 3``
says days; undated items do not count), there are at least two, read as months they
run in order (newest or oldest first, equal months allowed), and the years the items
name agree with the reading at least as often as they contradict it. Every expectation
is written here from the list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

Read = tuple[str | None, str | None, str]


def _read(items: str) -> tuple[list[Read], list[str]]:
    """(start, precision, title) of each item of the news list ``items``, and the info
    lines of the page."""
    reporter = Reporter(quiet=True)
    page = f"# Me\n\n## News\n\n{items}"
    events = parse_page(Path("news.md"), text=page, reporter=reporter)[1]
    got = [
        (e.span.start_iso if e.span else None, e.span.precision if e.span else None, e.title)
        for e in events
    ]
    return got, [p.message for p in reporter.problems if p.severity == "info"]


def _months(n: int) -> str:
    return (
        f"dates read as months: {n} items open with a month and a two-digit year"
        " ('Aug 25' = August 2025)"
    )


# (list, [(start, precision, title) of each item], items the info line counts)
YEARS = {
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
        4,
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
        3,
    ),
    "two items are enough": (
        "- Aug 25, Attending the Summer School on Widgets\n- Feb 24, Joined the Gear Lab\n",
        [
            ("2025-08", "month", "Attending the Summer School on Widgets"),
            ("2024-02", "month", "Joined the Gear Lab"),
        ],
        2,
    ),
    "two items of one month, newest first": (
        "- Aug 25, Attending the Summer School on Widgets\n- Aug 25, Won the widget prize\n"
        "- Jun 24, Joined the Gear Lab\n",
        [
            ("2025-08", "month", "Attending the Summer School on Widgets"),
            ("2025-08", "month", "Won the widget prize"),
            ("2024-06", "month", "Joined the Gear Lab"),
        ],
        3,
    ),
    "two items of one month, oldest first": (
        "- Jun 24, Joined the Gear Lab\n- Aug 25, Attending the Summer School on Widgets\n"
        "- Aug 25, Won the widget prize\n",
        [
            ("2024-06", "month", "Joined the Gear Lab"),
            ("2025-08", "month", "Attending the Summer School on Widgets"),
            ("2025-08", "month", "Won the widget prize"),
        ],
        3,
    ),
    "an undated item between: not counted, the items after it still are": (
        "- Aug 25, Attending the Summer School on Widgets\n- Our group grew this year\n"
        "- Jun 24, Joined the Gear Lab\n",
        [
            ("2025-08", "month", "Attending the Summer School on Widgets"),
            (None, None, "Our group grew this year"),
            ("2024-06", "month", "Joined the Gear Lab"),
        ],
        2,
    ),
    "an undated item written in block HTML between": (
        "- Aug 25, Attending the Summer School on Widgets\n-   <div>Our group grew</div>\n"
        "- Jun 24, Joined the Gear Lab\n",
        [
            ("2025-08", "month", "Attending the Summer School on Widgets"),
            (None, None, "Our group grew"),
            ("2024-06", "month", "Joined the Gear Lab"),
        ],
        2,
    ),
    "as many years named that agree as that contradict": (
        "- Aug 25, Attending the Widget School 2025\n"
        "- Jun 24, Gave a talk at the Gear Days 2023\n"
        "- Mar 24, Joined the Gear Lab\n",
        [
            ("2025-08", "month", "Attending the Widget School 2025"),
            ("2024-06", "month", "Gave a talk at the Gear Days 2023"),
            ("2024-03", "month", "Joined the Gear Lab"),
        ],
        3,
    ),
}


@pytest.mark.parametrize("name", YEARS)
def test_two_digits_after_a_month_are_its_year(name: str) -> None:
    items, expected, counted = YEARS[name]
    assert _read(items) == (expected, [_months(counted)])


# (list, [(month-day, precision) of each item]): the two digits stay a day (the year a
# day gets, from a heading or the items around it, is not this module's decision)
DAYS = {
    "a year heading above: days of that year": (
        "### 2023\n- Jul 24: Gave a talk at the Widget Days\n- Mar 12: Joined the Gear Lab\n",
        [("07-24", "day"), ("03-12", "day")],
    ),
    "a dated item gives the year to the days under it": (
        "- Aug 1, 2024: Our paper was accepted to WidgetConf\n"
        "- Jul 24: Gave a talk at the Widget Days\n"
        "- Jul 13: Joined the Gear Lab\n",
        [("08-01", "day"), ("07-24", "day"), ("07-13", "day")],
    ),
    "a one-digit day among them: days, of no year": (
        "- Aug 25: Joined the Gear Lab\n- Jul 3: Gave a talk at the Widget Days\n"
        "- Jul 12: Won the widget prize\n",
        [(None, None), (None, None), (None, None)],
    ),
    "out of order as months and years": (
        "- Jul 24, Gave a talk at the Widget Days\n"
        "- Oct 13, Joined the Gear Lab\n"
        "- Jan 28, Won the widget prize\n",
        [(None, None), (None, None), (None, None)],
    ),
    "one item only": ("- Aug 25, Joined the Gear Lab\n", [(None, None)]),
    "the years the items name contradict the reading": (
        "- Mar 12: Gave a talk at WidgetConf 2020\n"
        "- Feb 10: Paper accepted to GearConf 2020\n"
        "- Jan 15: Joined the Gear Lab\n",
        [("03-12", "day"), ("02-10", "day"), ("01-15", "day")],
    ),
    "more years named contradict than agree": (
        "- Aug 25, Attending the Widget School 2025\n"
        "- Jun 24, Gave a talk at the Gear Days 2023\n"
        "- Mar 24, Joined the Gear Lab of 2021\n",
        [("08-25", "day"), ("06-24", "day"), ("03-24", "day")],
    ),
}


@pytest.mark.parametrize("name", DAYS)
def test_two_digits_stay_a_day(name: str) -> None:
    items, expected = DAYS[name]
    got, info = _read(items)
    assert [(start and start[5:], precision) for start, precision, _ in got] == expected
    assert not any(line.startswith("dates read as months") for line in info)
