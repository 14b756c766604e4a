"""Date forms of the c19 corpus (issue 8) and their siblings, written for these tests.

- C1: a dotted date with a two-digit year opening an item, ``(8.31.23) …``, one or two
  digits to its day and month. One reading per page: a date that can only be day first
  (``25.3.23``, ``18.11.2022``) makes the page day first, one that can only be month
  first (``8.31.23``) month first; else dotted dates are day first as Europeans write
  them, unless the site writes US English (``en-US``). Slashed dates follow the same
  evidence (else the language, as before).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page
from feeds.parse.dates import match_prefix
from feeds.parse.dates.reading import page_reading


def read(text: str, language: str = "en"):
    """(start, precision) of each item of the page ``text``, and its info notes."""
    reporter = Reporter(quiet=True, verbose=True)
    _, events = parse_page(
        Path("index.md"), text=textwrap.dedent(text), reporter=reporter, language=language
    )
    rows = [(e.span.start_iso, e.span.precision.value) if e.span else None for e in events]
    notes = [p.message for p in reporter.problems if p.severity == "info"]
    return rows, notes


# page, language, the items' days, the reading said ("" for none)
DOTTED_PAGES = {
    "a month-first date makes the page month first": (
        """\
        ## News
        - (12.2.23) I am attending the winter meeting in Halifax.
        - (8.31.23) My office has moved to the fourth floor.
        - (7.6.23) I was a participant at a workshop in Banff.
        """,
        "en",
        ["2023-12-02", "2023-08-31", "2023-07-06"],
        "month first",
    ),
    "two digits each, month first on that page too": (
        """\
        ## News
        - (08.31.23) Our paper on sheaves was accepted.
        - (05.03.23) Gave a talk at the number theory seminar.
        """,
        "en",
        ["2023-08-31", "2023-05-03"],
        "month first",
    ),
    "four-digit years on a month-first page": (
        """\
        ## News
        - 08.31.2023: Our paper on sheaves was accepted.
        - 05.03.2023: Gave a talk at the number theory seminar.
        """,
        "en",
        ["2023-08-31", "2023-05-03"],
        "month first",
    ),
    "a day-first date makes the page day first": (
        """\
        ## News
        - 25.3.23 - Gave a talk at the number theory seminar.
        - 5.4.23 - Our paper on sheaves was accepted.
        """,
        "en",
        ["2023-03-25", "2023-04-05"],
        "",
    ),
    "no date tells: dotted dates are day first": (
        """\
        ## News
        - **12.2.23**: Gave a talk at the number theory seminar.
        - [7.6.24] Our paper on sheaves was accepted.
        """,
        "en",
        ["2023-02-12", "2024-06-07"],
        "",
    ),
    "no date tells, a US English site: month first": (
        """\
        ## News
        - (12.2.23) Gave a talk at the number theory seminar.
        - (7.6.24) Our paper on sheaves was accepted.
        """,
        "en-US",
        ["2023-12-02", "2024-07-06"],
        "month first",
    ),
    "a month-first date wins over the site's language": (
        """\
        ## Actualités
        - (8.31.23) Exposé au séminaire de géométrie.
        - (5.6.23) Notre article est accepté.
        """,
        "fr",
        ["2023-08-31", "2023-05-06"],
        "month first",
    ),
    "a dotted day-first date reads the slashed ones day first": (
        """\
        ## News
        - 18.11.2022: Gave a talk at the number theory seminar.
        - 11/12/2020: Our paper on sheaves was accepted.
        """,
        "en",
        ["2022-11-18", "2020-12-11"],
        "day first",
    ),
    "a version number in a sentence is no date": (
        """\
        ## News
        - Released version 3.10.12 of our solver (Nov 18, 2023).
        - (8.31.23) My office has moved to the fourth floor.
        """,
        "en",
        ["2023-11-18", "2023-08-31"],
        "",
    ),
    "under a year heading the item's own date counts": (
        """\
        ## News
        ### 2023
        - (12.2.23) I am attending the winter meeting in Halifax.
        - (8.31.23) My office has moved to the fourth floor.
        """,
        "en",
        ["2023-12-02", "2023-08-31"],
        "month first",
    ),
}


@pytest.mark.parametrize("name", DOTTED_PAGES)
def test_dotted_dates_read_one_way_per_page(name: str) -> None:
    page, language, days, order = DOTTED_PAGES[name]
    rows, notes = read(page, language)
    assert rows == [(day, "day") for day in days]
    if order:
        assert len(notes) == 1 and f"read {order}" in notes[0], notes
    else:
        assert not [n for n in notes if "numeric dates read" in n], notes


@pytest.mark.parametrize(
    ("texts", "language", "want"),
    [
        (["(8.31.23) x", "(12.2.23) y"], "en", (False, "'8.31.23' can only be month first")),
        (["(8.31.23) x", "(12.2.23) y"], "de", (False, "'8.31.23' can only be month first")),
        (["5/13/2020", "1/2/2020"], "de", (False, "'5/13/2020' can only be month first")),
        (
            ["(8.31.23) x", "(25.2.23) y", "1/2/2020"],
            "en",
            (True, "'25.2.23' can only be day first"),
        ),
        (["(12.2.23) y"], "en", None),  # dotted and day first, as it would be anyway
        (["(12.2.23) y"], "en-US", (False, "no date on the page needs day first")),
        (["version 3.10.12", "1/2/2020"], "de", (True, "the site's language is 'de'")),
    ],
)
def test_the_evidence_of_dotted_dates(texts: list[str], language: str, want) -> None:
    assert page_reading(texts, language) == want


def test_a_dotted_short_date_is_read_only_opening_an_item() -> None:
    found = match_prefix("(8.31.23) My office has moved.")
    assert found is not None and found.span.start_iso == "2023-08-31"
    assert match_prefix("Version 8.31.23 is out.") is None
