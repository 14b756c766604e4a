"""Two or more days of one month joined by ``&``, ``and`` or commas (``Nov 12 & 25``,
``March 3 and 10, 2025``, ``12 & 25 Nov 2022``), as news lists, event pages and data
files write them: dated by the first day; days that follow each other (``18 and 19``)
are a range over them, others never a range over the days between.

Every expectation is written here from the input text and the calendar.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from feeds.parse.dates import match_prefix, match_suffix, parse_date

from .cli_run import feeds

D = dt.date

# text → first day, last day (the same when it is no range)
WITH_YEAR = [
    ("Nov 12 & 25, 2022", D(2022, 11, 12), D(2022, 11, 12)),
    ("March 3 and 10, 2025", D(2025, 3, 3), D(2025, 3, 3)),
    ("March 3, 10 and 17, 2025", D(2025, 3, 3), D(2025, 3, 3)),
    ("March 3, 10, and 17, 2025", D(2025, 3, 3), D(2025, 3, 3)),
    ("Nov 12, 25, 2022", D(2022, 11, 12), D(2022, 11, 12)),
    ("November 18 and 19, 2023", D(2023, 11, 18), D(2023, 11, 19)),
    ("October 17, 18, and 19, 2023", D(2023, 10, 17), D(2023, 10, 19)),
    ("Fri, Nov 12 & 25 2022", D(2022, 11, 12), D(2022, 11, 12)),
    ("12 & 25 Nov 2022", D(2022, 11, 12), D(2022, 11, 12)),
    ("12 & 13 May 2023", D(2023, 5, 12), D(2023, 5, 13)),
    ("5 & 13 May 2023", D(2023, 5, 5), D(2023, 5, 5)),
    ("3, 10 and 17 March 2025", D(2025, 3, 3), D(2025, 3, 3)),
    ("4 and 6 June 2023", D(2023, 6, 4), D(2023, 6, 4)),
    ("12th & 25th of November 2022", D(2022, 11, 12), D(2022, 11, 12)),
    ("3 et 10 mars 2024", D(2024, 3, 3), D(2024, 3, 3)),
    ("12 y 25 de mayo de 2024", D(2024, 5, 12), D(2024, 5, 12)),
    ("12. und 25. Mai 2023", D(2023, 5, 12), D(2023, 5, 12)),
    ("4 e 6 de junho de 2023", D(2023, 6, 4), D(2023, 6, 4)),
]


@pytest.mark.parametrize(("text", "first", "last"), WITH_YEAR, ids=[r[0] for r in WITH_YEAR])
def test_days_joined_in_a_month_with_its_year(text, first, last):
    span = parse_date(text)
    assert span is not None, text
    assert (span.start, span.end, span.precision.value) == (first, last, "day"), text
    assert span.ranged == (first != last), text


# what is no joined days, and the date read instead: text → start, precision
NOT_JOINED = [
    ("Talks on Nov 25 & 12, 2022", None, None),  # days that do not rise: no date
    ("Talks on Nov 12 & 12, 2022", None, None),
    ("Talks on Nov 12 & 31, 2022", None, None),  # no such day (as "Nov 31, 2022")
    ("Room 3, 12 Nov 2022", D(2022, 11, 12), "day"),  # a comma alone before days first
    ("Seen Nov 12, 2022", D(2022, 11, 12), "day"),
]


@pytest.mark.parametrize(("text", "start", "precision"), NOT_JOINED)
def test_no_joined_days(text, start, precision):
    found = match_suffix(text)
    got = (found.span.start, found.span.precision.value) if found else (None, None)
    assert got == (start, precision), text


# opening an item under a year heading (2022): text → first day, last day, what follows
YEARLESS = [
    ("Nov 12 & 25 Engberg presented", D(2022, 11, 12), D(2022, 11, 12), "Engberg presented"),
    ("Nov 12 & 25: Talks at X", D(2022, 11, 12), D(2022, 11, 12), "Talks at X"),
    ("March 3 and 10: Two seminars", D(2022, 3, 3), D(2022, 3, 3), "Two seminars"),
    ("12 & 25 Nov: Two talks", D(2022, 11, 12), D(2022, 11, 12), "Two talks"),
    ("Jun 15 & 16 - Workshop", D(2022, 6, 15), D(2022, 6, 16), "Workshop"),
    # lower-case words after "and" are the sentence's: the day alone opens the item
    ("Jan 5 and 12 new members joined", D(2022, 1, 5), D(2022, 1, 5), "and 12 new members joined"),
]


@pytest.mark.parametrize(("text", "first", "last", "rest"), YEARLESS, ids=[r[0] for r in YEARLESS])
def test_days_joined_without_a_year_take_the_heading_year(text, first, last, rest):
    found = match_prefix(text, 2022)
    assert found is not None, text
    assert (found.span.start, found.span.end) == (first, last), text
    assert text[found.end :] == rest, text


def test_a_list_under_a_year_heading(tmp_path: Path) -> None:
    page = tmp_path / "index.md"
    page.write_text(
        "---\ntitle: Lab\n---\n\n## News\n\n### 2022\n\n"
        "- **Nov 12 & 25**: Sam presented our toy model at two workshops.\n"
        "- **Sep 28 and 29**: The toy lab retreat took place.\n",
        encoding="utf-8",
    )
    result = feeds(
        "list", "--json", "--content", str(page), "--now", "2026-11-26",
        "--site-url", "https://lab.example.org/",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    items = [(i["start"], i["end"], i["title"]) for i in json.loads(result.stdout)]
    assert items == [
        ("2022-11-12", None, "Sam presented our toy model at two workshops"),
        ("2022-09-28", "2022-09-29", "The toy lab retreat took place"),
    ]
