"""One news item understood (feeds/parse/item.py), fifth part: a page in, each item's
title, dates and times out, as the feeds publish them.

Written for the mutants of ``_bold_date``, ``_unbracketed``, ``_venue_tag`` and
``_tagged_date`` that the mutation run of today's code left alive (issue 14, session 22);
every expectation is written here from the page.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

D = dt.date
T = dt.time


def read(page: str):
    reporter = Reporter(quiet=True)
    _, events = parse_page(
        Path("home.md"), site_root="https://example.org/", reporter=reporter, text=page
    )
    return events, [(p.line, p.message, p.code) for p in reporter.problems]


def published(event) -> tuple:
    span = event.span
    return event.title, span.start, span.end, span.start_time


# A bold date with a colon or in brackets, then the time: the time is the talk's, not a
# word of its title.
BOLD_DATE_MARKS = [
    ("- **[Nov 18]** 3pm: Seminar on sea ice", ("Seminar on sea ice", D(2022, 11, 18),
     D(2022, 11, 18), T(15, 0))),
    ("- **Nov 18:** 3pm: Seminar on sea ice", ("Seminar on sea ice", D(2022, 11, 18),
     D(2022, 11, 18), T(15, 0))),
    ("- **Nov 18:**–**Nov 20:** Workshop on sea ice", ("Workshop on sea ice",
     D(2022, 11, 18), D(2022, 11, 20), None)),
    # a year-less bold day, a comma, the time: the time read with the heading's year
    ("- **May 12**, 10:00 Talk at MIT", ("Talk at MIT", D(2022, 5, 12), D(2022, 5, 12),
     T(10, 0))),
    ("- **May 15** 10:00 – 12:00 Talk at MIT", ("Talk at MIT", D(2022, 5, 15),
     D(2022, 5, 15), T(10, 0))),
]  # fmt: skip


@pytest.mark.parametrize(("item", "expected"), BOLD_DATE_MARKS)
def test_a_bold_date_with_a_colon_or_brackets_then_a_time_or_range(item: str, expected) -> None:
    (event,), problems = read(f"## News\n\n### 2022\n\n{item}\n")
    assert published(event) == expected
    assert problems == []


def test_a_dotted_bold_range_on_a_page_read_month_first_is_day_first() -> None:
    # The page's numeric dates are month first (11/18/2022); a dotted day and month in
    # bold ("05.03." - "07.03.", German) is still day first, and the range is its date.
    page = (
        "## News\n\n### 2022\n\n- 11/18/2022: Talk at MIT\n"
        "- **05.03.**–**07.03.** Tagung in Berlin\n"
    )
    (talk, meeting), problems = read(page)
    assert published(talk) == ("Talk at MIT", D(2022, 11, 18), D(2022, 11, 18), None)
    assert published(meeting) == ("Tagung in Berlin", D(2022, 3, 5), D(2022, 3, 7), None)
    assert [code for _, _, code in problems] == [""]  # the note on the month-first reading


# An item wholly in brackets after a "new" badge image or a line break: the words inside
# are its title, the date in them its date.
BRACKETED_AFTER_A_MARK = [
    ("- ![](new.gif) [Paper accepted at EXCONF (Nov 2022)]", "Paper accepted at EXCONF",
     D(2022, 11, 1), D(2022, 11, 30)),
    ("- <br>[Talk at MIT (Dec 2022)]", "Talk at MIT", D(2022, 12, 1), D(2022, 12, 31)),
]  # fmt: skip


@pytest.mark.parametrize(("item", "title", "start", "end"), BRACKETED_AFTER_A_MARK)
def test_an_item_in_brackets_after_an_image_or_break(item: str, title: str, start, end) -> None:
    (event,), problems = read(f"## News\n\n{item}\n")
    assert (event.title, event.span.start, event.span.end) == (title, start, end)
    assert problems == []


def test_a_year_less_date_and_place_in_brackets_then_the_range_end() -> None:
    # "[Nov 18, Boston]" is a date and a place, not a tag: the item is Nov 18-20 of the
    # heading's year, in Boston.
    (event,), problems = read(
        "## News\n\n### 2022\n\n- [Nov 18, Boston] - Nov 20: Workshop on ice\n"
    )
    assert (event.title, event.location) == ("Workshop on ice", "Boston")
    assert (event.span.start, event.span.end) == (D(2022, 11, 18), D(2022, 11, 20))
    assert problems == []


# A venue tag in parentheses whose bold run closes before the parenthesis does
# ("**(CVPR** 2025)", a slip of the bold's end) is still the tag: no kind label "(CVPR".
VENUE_TAGS = [
    ("- **(CVPR** 2025) Sand and rivers", "Sand and rivers"),
    ("- **(CVPR 2025) Sand and seas**", "Sand and seas"),
    ("- 🎉 **(CVPR 2025) Sand and lakes**", "Sand and lakes"),
]  # fmt: skip


@pytest.mark.parametrize(("item", "title"), VENUE_TAGS)
def test_a_venue_tag_in_parentheses_opening_a_bold_run(item: str, title: str) -> None:
    (event,), problems = read(f"## News\n\n{item}\n")
    assert (event.kind, event.title) == ("News", title)
    assert (event.span.start, event.span.end) == (D(2025, 1, 1), D(2025, 12, 31))
    assert problems == []
