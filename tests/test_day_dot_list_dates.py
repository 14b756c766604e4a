"""A list item that opens with a day written the German way, ``- 3. März 2024: …``
(issue 8, left over from the mutation rounds): Markdown reads ``3.`` at a line's start
as an ordered-list marker, so the item lost its day and was dated to the month. The day
and its dot are part of the date wherever a month name and a year follow them; a numbered
list whose words are not a date stays a numbered list.

Written in our own words; every expectation is written here from the input.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def read(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(title, start, precision, type) of each item of the page ``text``."""
    reporter = Reporter(quiet=True, verbose=True)
    _, events = parse_page(
        Path("index.md"), text=textwrap.dedent(text), reporter=reporter, site_root="https://x.org/"
    )
    return [
        (
            e.title,
            e.span.start_iso if e.span else None,
            e.span.precision.value if e.span else None,
            e.type,
        )
        for e in events
    ]


PAGES = {
    "bullets, English and German month names, with and without a colon": (
        """\
        ## News
        - 3. March 2024: Gave a talk at the Widget Institute.
        - 12. Mai 2023: Vortrag am Zahnrad-Institut gehalten.
        * 1. Juni 2021 – Joined the gear lab as a postdoc.
        + 28. Feb. 2020: Our paper on cogs was accepted.
        - 09. Oktober 2019: Our paper on sprockets was published.
        """,
        [
            ("Gave a talk at the Widget Institute", "2024-03-03", "day", "talk"),
            ("Vortrag am Zahnrad-Institut gehalten", "2023-05-12", "day", "talk"),
            ("Joined the gear lab as a postdoc", "2021-06-01", "day", "position"),
            ("Our paper on cogs was accepted", "2020-02-28", "day", "paper"),
            ("Our paper on sprockets was published", "2019-10-09", "day", "paper"),
        ],
    ),
    "lines without a bullet: no ordered list either": (
        """\
        ## Neuigkeiten
        12. Mai 2023: Vortrag am Zahnrad-Institut gehalten.

        3. April 2023: Our paper on cogs was accepted.
        """,
        [
            ("Vortrag am Zahnrad-Institut gehalten", "2023-05-12", "day", "talk"),
            ("Our paper on cogs was accepted", "2023-04-03", "day", "paper"),
        ],
    ),
    "under a year heading, indented under a group": (
        """\
        ## News
        ### 2022
        - Autumn
          - 7. November 2022: Gave a seminar on gears.
          - 2. November 2022: Our paper on cogs was accepted.
        """,
        [
            ("Gave a seminar on gears", "2022-11-07", "day", "talk"),
            ("Our paper on cogs was accepted", "2022-11-02", "day", "paper"),
        ],
    ),
    "a numbered list whose words are no date stays numbered": (
        """\
        ## News
        1. Gave a talk at the Widget Institute (March 2024).
        2. Our paper on cogs was accepted (May 2023).
        """,
        [
            ("Gave a talk at the Widget Institute", "2024-03", "month", "talk"),
            ("Our paper on cogs was accepted", "2023-05", "month", "paper"),
        ],
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", PAGES)
def test_a_leading_dotted_day_stays_a_day(name):
    text, expected = PAGES[name]
    assert read(text) == expected


def test_a_number_that_cannot_be_a_day_stays_a_list_number():
    rows = read("## News\n- 32. March 2024: Gave a talk at the Widget Institute.\n")
    assert [(r[1], r[2]) for r in rows] == [("2024-03", "month")]
