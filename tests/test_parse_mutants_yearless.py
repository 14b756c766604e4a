"""The year of items whose leading date has none (feeds/parse/yearless.py): a news list
in, each item's date out.

Written for the mutants of ``yearless.py`` (issue 14, session 19). The year comes from
the nearest item of the same section dated with a year, above the run (else below it),
the year stepping back when a day comes round in a list newest first (on in a list
oldest first); with none, the year the items name that fits the most of them. Every
expectation is written here from the list.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

D = dt.date

# the news list under "## News", (title, date) of each item in order (None: undated)
LISTS = {
    "one dated item above, newest first; the same day twice keeps its year": (
        "- 2024-03-03: A talk\n- **20/11:** B talk\n- **20/11:** C talk\n"
        "- Undated note\n- **2/10:** D talk\n- **15/12:** E talk\n",
        [("A talk", D(2024, 3, 3)), ("B talk", D(2023, 11, 20)), ("C talk", D(2023, 11, 20)),
         ("Undated note", None), ("D talk", D(2023, 10, 2)), ("E talk", D(2022, 12, 15))],
    ),
    "dated items below only, oldest first: read upwards from the first of them": (
        "- [20/12] X paper\n- [15/1] Y paper\n- 2025-03-02: Z paper\n- 2025-05-01: W paper\n",
        [("X paper", D(2024, 12, 20)), ("Y paper", D(2025, 1, 15)),
         ("Z paper", D(2025, 3, 2)), ("W paper", D(2025, 5, 1))],
    ),
    "oldest first from above: the same day twice keeps its year, January is the next": (
        "- 2023-10-02: A\n- 2024-01-10: B\n- **20/11:** C\n- **20/11:** D\n- **15/1:** E\n",
        [("A", D(2023, 10, 2)), ("B", D(2024, 1, 10)), ("C", D(2024, 11, 20)),
         ("D", D(2024, 11, 20)), ("E", D(2025, 1, 15))],
    ),
    "a dated item between two yearless ones: each takes the year of the one above it": (
        "- 2024-03-03: P talk\n- **20/11:** A talk\n- 2022-05-01: X talk\n- **20/4:** B talk\n",
        [("P talk", D(2024, 3, 3)), ("A talk", D(2023, 11, 20)), ("X talk", D(2022, 5, 1)),
         ("B talk", D(2022, 4, 20))],
    ),
    "a month word as a label and an item of block HTML open with no date": (
        "- 2024-03-03: A talk\n- March: B talk\n- <p>Talk at MIT</p>\n- **20/11:** C talk\n",
        [("A talk", D(2024, 3, 3)), ("B talk", None), ("Talk at MIT", None),
         ("C talk", D(2023, 11, 20))],
    ),
    "a year heading's items keep its year, whatever is dated above them": (
        "### 2019\n\n- 2024-03-03: A talk\n- **20/11:** B talk\n",
        [("A talk", D(2024, 3, 3)), ("B talk", D(2019, 11, 20))],
    ),
    "a year of two digits gives no year to the list": (
        "- 3/4/22: A talk\n- **20/11:** B talk\n",
        [("A talk", D(2022, 4, 3)), ("20/11: B talk", None)],
    ),
    "two dated items on one day do not make the list oldest first": (
        "- 2024-03-03: A talk\n- 2024-03-03: A2 talk\n- **20/11:** B talk\n",
        [("A talk", D(2024, 3, 3)), ("A2 talk", D(2024, 3, 3)), ("B talk", D(2023, 11, 20))],
    ),
    "oldest first with two dated items on one day": (
        "- 2023-10-02: A\n- 2024-01-10: B\n- 2024-01-10: B2\n- **20/11:** C\n",
        [("A", D(2023, 10, 2)), ("B", D(2024, 1, 10)), ("B2", D(2024, 1, 10)),
         ("C", D(2024, 11, 20))],
    ),
    "an undated item between the dated one above and the run": (
        "- 2024-03-03: A\n- Note without a date\n- **20/11:** B\n- 2020-01-01: Z\n",
        [("A", D(2024, 3, 3)), ("Note without a date", None), ("B", D(2023, 11, 20)),
         ("Z", D(2020, 1, 1))],
    ),
    "a page oldest first, a section with no dated item: the named year, then on": (
        "### Talks\n\n- 2023-10-02: A\n- 2024-01-10: B\n\n"
        "### Papers\n\n- **20/11:** C at Conf 2024\n- **15/1:** D\n",
        [("A", D(2023, 10, 2)), ("B", D(2024, 1, 10)), ("C at Conf 2024", D(2024, 11, 20)),
         ("D", D(2025, 1, 15))],
    ),
    "oldest first: the year that fits the most items is counted going on": (
        "### Talks\n\n- 2023-10-02: A\n- 2024-01-10: B\n\n"
        "### Papers\n\n- **20/11:** Talk at Conf 2020 and Workshop 2024\n"
        "- **15/1:** Poster at Meeting 2021 and School 2023\n",
        [("A", D(2023, 10, 2)), ("B", D(2024, 1, 10)),
         ("Talk at Conf 2020 and Workshop 2024", D(2020, 11, 20)),
         ("Poster at Meeting 2021 and School 2023", D(2021, 1, 15))],
    ),
    "one or two words before the day": (
        "- 2024-03-03: A talk\n- Wednesday, September 12: B talk\n- Sept 2: C talk\n",
        [("A talk", D(2024, 3, 3)), ("B talk", D(2023, 9, 12)), ("C talk", D(2023, 9, 2))],
    ),
    "February 29 is a day": (
        "- **29/2:** Talk at Conf 2024\n",
        [("Talk at Conf 2024", D(2024, 2, 29))],
    ),
    "the year the items name that fits the most of them, not the first named": (
        "- **2/1:** Talk at Conf 2021\n- **20/11:** Paper accepted to Conf 2020\n"
        "- **2/10:** Poster at Workshop 2020\n",
        [("Talk at Conf 2021", D(2021, 1, 2)), ("Paper accepted to Conf 2020", D(2020, 11, 20)),
         ("Poster at Workshop 2020", D(2020, 10, 2))],
    ),
    "two years named, fitting as well: the earlier": (
        "- **20/11:** Talk at Conf 2020 and Workshop 2021\n",
        [("Talk at Conf 2020 and Workshop 2021", D(2020, 11, 20))],
    ),
    "a version, a season and an old year name no year; a name joined to one does": (
        "- **20/11:** Release v1.2020 and 2020/21 and 1850 of the tool\n"
        "- **20/10:** Release ACL2019 of the tool\n",
        [("Release v1.2020 and 2020/21 and 1850 of the tool", D(2019, 11, 20)),
         ("Release ACL2019 of the tool", D(2019, 10, 20))],
    ),
}  # fmt: skip


def dates(body: str) -> list[tuple[str, D | None]]:
    _, events = parse_page(
        Path("home.md"), site_root="https://example.org/", reporter=Reporter(quiet=True),
        text=f"## News\n\n{body}",
    )  # fmt: skip
    for event in events:
        assert event.span is None or event.span.start == event.span.end
    return [(e.title, e.span.start if e.span else None) for e in events]


@pytest.mark.parametrize("name", LISTS)
def test_a_yearless_leading_date_takes_the_year_of_its_list(name: str) -> None:
    body, expected = LISTS[name]
    assert dates(body) == expected


def test_the_year_comes_from_the_items_own_section() -> None:
    body = (
        "### Talks\n\n- 2024-03-03: A talk\n- **20/11:** B talk\n\n"
        "### Papers\n\n- **2/10:** Z accepted at Conf 2019\n- **1/10:** Y accepted\n\n"
        "### Awards\n\n- 2017-01-01: C award\n"
    )
    assert dates(body) == [
        ("A talk", D(2024, 3, 3)),
        ("B talk", D(2023, 11, 20)),
        ("Z accepted at Conf 2019", D(2019, 10, 2)),  # not 2023 from "Talks", not 2017 below
        ("Y accepted", D(2019, 10, 1)),
        ("C award", D(2017, 1, 1)),
    ]
