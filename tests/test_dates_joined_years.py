"""A month joined to its year by a mark instead of a space (issue 8, probe corpus c20):
``[Mar'2026]``, ``[June'2024]``, ``Mar’2026`` (typographic apostrophe), ``Sept.'2019``,
``Mar-2026``, ``Mar/2026``; and a year written ``'26`` alone where it opens an item.

Every expectation is written here from the input text.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page
from feeds.parse.dates import find_dates, match_prefix, parse_date

D = dt.date

# text → first day, last day, precision
JOINED = [
    ("Mar'2026", D(2026, 3, 1), D(2026, 3, 31), "month"),
    ("June'2024", D(2024, 6, 1), D(2024, 6, 30), "month"),
    ("Sept'2019", D(2019, 9, 1), D(2019, 9, 30), "month"),
    ("Feb’2024", D(2024, 2, 1), D(2024, 2, 29), "month"),
    ("Dec‘2023", D(2023, 12, 1), D(2023, 12, 31), "month"),
    ("Nov`2022", D(2022, 11, 1), D(2022, 11, 30), "month"),
    ("Apr´2021", D(2021, 4, 1), D(2021, 4, 30), "month"),
    ("Mar.'2026", D(2026, 3, 1), D(2026, 3, 31), "month"),
    ("Aug. ’2025", D(2025, 8, 1), D(2025, 8, 31), "month"),
    ("Mar '2026", D(2026, 3, 1), D(2026, 3, 31), "month"),
    ("Mar’ 2026", D(2026, 3, 1), D(2026, 3, 31), "month"),
    ("July'1999", D(1999, 7, 1), D(1999, 7, 31), "month"),
    ("Mar-2026", D(2026, 3, 1), D(2026, 3, 31), "month"),
    ("March-2026", D(2026, 3, 1), D(2026, 3, 31), "month"),
    ("Oct/2025", D(2025, 10, 1), D(2025, 10, 31), "month"),
    ("Jan - 2024", D(2024, 1, 1), D(2024, 1, 31), "month"),
    ("mars’2024", D(2024, 3, 1), D(2024, 3, 31), "month"),
    # the two-digit siblings, read before this work, stay as they were
    ("Mar '26", D(2026, 3, 1), D(2026, 3, 31), "month"),
    ("Mar.'26", D(2026, 3, 1), D(2026, 3, 31), "month"),
    ("Mar’26", D(2026, 3, 1), D(2026, 3, 31), "month"),
]


@pytest.mark.parametrize(("text", "first", "last", "precision"), JOINED)
def test_a_month_joined_to_its_year(text, first, last, precision):
    span = parse_date(text)
    assert span is not None, text
    assert (span.start, span.end, span.precision.value, span.ranged) == (
        first,
        last,
        precision,
        False,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Mar'20266",  # five digits: no year
        "Mar'1850",  # not this or the last century
        "Marx'2026",  # no month
        "Mayor-2026",
        "CVPR'2026",  # a venue, not a month
    ],
)
def test_look_alikes_are_no_joined_month(text):
    span = parse_date(text)
    assert span is None or span.precision.value == "year", text


# text opening an item → first day, precision, what follows the date
OPENINGS = [
    ("[Mar'2026] Our paper on probes was accepted.", "2026-03", "month", "Our paper"),
    ("**[Jul'2026]** Gave a talk.", "2026-07", "month", "Gave a talk"),
    ("[Sep’2025]: Joined the lab.", "2025-09", "month", "Joined"),
    ("(Oct-2024) Released the code.", "2024-10", "month", "Released"),
    ("Jan/2023 - Started a PhD.", "2023-01", "month", "Started"),
    ("['26] Joined the lab.", "2026", "year", "Joined"),
    ("[’25] Our paper was accepted.", "2025", "year", "Our paper"),
    ("'24: Started a PhD.", "2024", "year", "Started"),
    ("**‘99** Graduated.", "1999", "year", "Graduated"),
]


@pytest.mark.parametrize(("text", "start", "precision", "rest"), OPENINGS)
def test_a_joined_or_bare_year_opening_an_item(text, start, precision, rest):
    found = match_prefix(text)
    assert found is not None, text
    assert (found.span.start_iso, found.span.precision.value) == (start, precision)
    assert text[found.end :].startswith(rest), text[found.end :]


@pytest.mark.parametrize(
    "text",
    [
        "'26 was a good year for us.",  # a bare short year before a space is no date
        "'Twas the night before the deadline.",
        "’90s music at the lab party.",
    ],
)
def test_a_bare_short_year_only_in_a_bracket_or_before_a_delimiter(text):
    found = match_prefix(text)
    assert found is None, (text, found)


def test_a_bare_short_year_is_no_date_inside_a_sentence():
    text = "We presented at CVPR '18 and again in '19 with friends."
    assert [f.span.start_iso for f in find_dates(text, 0, len(text))] == []


def read(text: str):
    """(title, start, precision, type) of each item of the page ``text``."""
    reporter = Reporter(quiet=True, verbose=True)
    _, events = parse_page(
        Path("index.md"), text=textwrap.dedent(text), reporter=reporter, site_root="https://x.org/"
    )
    return [
        (e.title, e.span.start_iso if e.span else None, e.span.precision.value if e.span else None,
         e.type)
        for e in events
    ]  # fmt: skip


def test_a_news_list_dated_month_apostrophe_year():
    rows = read(
        """\
        # 🔥 News
        - [Mar'2026] Our paper on sparse probes accepted to [ICML 2026](https://icml.cc/).
        - [Nov’2025] Invited talk at a campus reading group about probing.
        - [June'2024] Released the probing toolkit and reached **200+** GitHub stars.
        - *[Jan-2023]* Joined the Probe Lab as a PhD student.
        """
    )
    assert rows == [
        ("Our paper on sparse probes accepted to ICML 2026", "2026-03", "month", "paper"),
        ("Invited talk at a campus reading group about probing", "2025-11", "month", "talk"),
        ("Released the probing toolkit and reached 200+ GitHub stars", "2024-06", "month", "news"),
        ("Joined the Probe Lab as a PhD student", "2023-01", "month", "position"),
    ]
