"""An item that opens with its month and ends with the day of what it tells (issue 8,
probe corpora: ``**2025.10** We gave a tutorial at X (26th October, 2025, Bologna)``,
``**[April 2024] Invited Talk**---…, April 12, 2024``): the date a reader sees first is the
item's date, a month. The trailing day inside it no longer replaces it; it is still cut
from the title, and the place beside it is still read. Only a leading bare year is made
finer by a trailing date (``2023: … (March 2023)``), as a year heading is.

Written in our own words; every expectation is written here from the input.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

# item line → title, start, end, precision, location
ITEMS = [
    (
        "- **2025.10** We have conducted a tutorial at the Widget Conference "
        "(26th October, 2025, Bologna, Italy).",
        "We have conducted a tutorial at the Widget Conference",
        "2025-10", "2025-10", "month", "Bologna, Italy",
    ),
    (
        "- **2024.12** We have prepared a tutorial at the Gear Meeting "
        "(Dec. 1st 2024, Oslo, Norway).",
        "We have prepared a tutorial at the Gear Meeting",
        "2024-12", "2024-12", "month", "Oslo, Norway",
    ),
    (
        "- **Nov 2022**: Gave a talk at the Widget Institute (Nov 18, 2022)",
        "Gave a talk at the Widget Institute",
        "2022-11", "2022-11", "month", None,
    ),
    (
        "- **[April 2024] Invited Talk**---Sparse widgets, Statistics Seminar, "
        "Example University, April 12, 2024",
        "Invited Talk---Sparse widgets, Statistics Seminar, Example University",
        "2024-04", "2024-04", "month", None,
    ),
    (
        "- [Jan 2025] Visiting the Gear Lab (Jan 10-20, 2025)",
        "Visiting the Gear Lab",
        "2025-01", "2025-01", "month", None,
    ),
    # a date outside the leading month says something else: it stays in the title
    (
        "- **Nov 2022** Talk at MIT (Dec 18, 2022)",
        "Talk at MIT (Dec 18, 2022)",
        "2022-11", "2022-11", "month", None,
    ),
    # a leading year is made finer, as a year heading is
    (
        "- 2023: Gave a talk at the Gear Lab (March 2023)",
        "Gave a talk at the Gear Lab",
        "2023-03", "2023-03", "month", None,
    ),
    (
        "- 2021: Gave a talk at the Cog Institute (May 4, 2021)",
        "Gave a talk at the Cog Institute",
        "2021-05-04", "2021-05-04", "day", None,
    ),
    # a leading day and the same day again: one day
    (
        "- 2024-03-05: Gave a talk at the Gear Lab (March 5, 2024)",
        "Gave a talk at the Gear Lab",
        "2024-03-05", "2024-03-05", "day", None,
    ),
]  # fmt: skip


# A date above the text (a month heading, a date alone on its line) groups the items
# under it: a day the text ends with is the item's date, as under a year heading.
ABOVE = {
    "a Markdown month heading": (
        "## News\n### March 2026\nGave a talk at the Gear Lab (March 5, 2026).\n",
        ("Gave a talk at the Gear Lab", "2026-03-05", "day"),
    ),
    "a date alone in its paragraph": (
        "## News\n**2024.09**\n\nGave a talk at the Cog Institute (Sep 12, 2024).\n",
        ("Gave a talk at the Cog Institute", "2024-09-12", "day"),
    ),
    "an HTML month heading": (
        "<h2>News</h2>\n<div>\n<h4>May 2024</h4>\n<p>Gave a talk at the Widget Lab "
        "(May 20, 2024).</p>\n</div>\n",
        ("Gave a talk at the Widget Lab", "2024-05-20", "day"),
    ),
}


@pytest.mark.parametrize("name", ABOVE)
def test_a_day_under_a_date_above_dates_the_item(name):
    text, expected = ABOVE[name]
    _, events = parse_page(
        Path("index.md"), text=text, reporter=Reporter(quiet=True), site_root="https://x.org/"
    )
    (event,) = events
    assert event.span is not None
    assert (event.title, event.span.start_iso, event.span.precision.value) == expected


def _month_or_day(iso: str, precision: str) -> str:
    return iso[:7] if precision == "month" else iso


@pytest.mark.parametrize(("line", "title", "start", "end", "precision", "location"), ITEMS)
def test_the_leading_date_dates_the_item(line, title, start, end, precision, location):
    reporter = Reporter(quiet=True, verbose=True)
    _, events = parse_page(
        Path("index.md"),
        text=textwrap.dedent(f"## News\n{line}\n"),
        reporter=reporter,
        site_root="https://x.org/",
    )
    (event,) = events
    assert event.span is not None
    got = (
        event.title,
        _month_or_day(event.span.start.isoformat(), event.span.precision.value),
        _month_or_day(event.span.end.isoformat(), event.span.precision.value),
        event.span.precision.value,
        event.location,
    )
    assert got == (title, start, end, precision, location)
