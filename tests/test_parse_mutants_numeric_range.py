"""Ranges of numeric months (``parse/dates/numeric_range.py``), the forms mutation testing
found unguarded (issue 14, bench/mutation_parse.md, session 20): a page in, the item's
title and dates out, written here from the item."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from feeds.parse import parse_page

D = dt.date
ROWS = [
    # (item, start, end): a range of months from the first day of the first month
    ("Visiting MIT (01/2024 - 03/2024)", D(2024, 1, 1), D(2024, 3, 31)),
    ("Visiting MIT (12/2023 - 01/2024)", D(2023, 12, 1), D(2024, 1, 31)),
    ("Visiting MIT (10/2024 - 12/2024)", D(2024, 10, 1), D(2024, 12, 31)),
]


@pytest.mark.parametrize(("item", "start", "end"), ROWS)
def test_a_range_of_numeric_months(item: str, start: dt.date, end: dt.date) -> None:
    (one,) = parse_page(Path("news.md"), text=f"# Me\n\n## News\n\n- {item}\n")[1]
    assert one.title == "Visiting MIT"
    span = one.span
    assert span is not None
    assert (span.start, span.end, span.precision, span.ranged) == (start, end, "month", True)


NO_RANGE = [
    "Visiting MIT (11/2024 - 13/2024)",  # no 13th month
    "Visiting MIT (08/2024 - 08/2024)",  # a month to itself
    "Workshop at MIT, 30.02.2022 – 03.03.2022",  # no February 30
    "Workshop at MIT, 28.02.2022 – 31.02.2022",  # nor 31
    "Workshop at MIT, 05.03.2022 – 05.03.2022",  # a day to itself
]


@pytest.mark.parametrize("item", NO_RANGE)
def test_no_range_of_numeric_months(item: str) -> None:
    (one,) = parse_page(Path("news.md"), text=f"# Me\n\n## News\n\n- {item}\n")[1]
    assert (one.title, one.span) == (item, None)


# Day or month first for a range of two numeric days. "a/b-c/d/yyyy" is none of the
# page's whole numeric dates that decide its reading, so the page reads it month first
# unless a number over 12 gives the day away; dotted days are day first when they can be.
DAYS = [
    ("25/11-02/12/2022", D(2022, 11, 25), D(2022, 12, 2)),  # 25: the first is day first
    ("13/05-02/06/2022", D(2022, 5, 13), D(2022, 6, 2)),
    ("05/12-13/12/2022", D(2022, 12, 5), D(2022, 12, 13)),  # 13: the second is
    ("12/05-12/06/2022", D(2022, 12, 5), D(2022, 12, 6)),  # 12 days nothing away
    ("05/12-12/12/2022", D(2022, 5, 12), D(2022, 12, 12)),
    ("03.12.2022 – 05.12.2022", D(2022, 12, 3), D(2022, 12, 5)),  # dotted: day first
    ("03.11.2022 – 05.12.2022", D(2022, 11, 3), D(2022, 12, 5)),
    ("12.13.2022 - 12.15.2022", D(2022, 12, 13), D(2022, 12, 15)),  # 13: month first
    ("12.10.2022 - 12.13.2022", D(2022, 12, 10), D(2022, 12, 13)),
    ("11.13.2022 - 12.02.2022", D(2022, 11, 13), D(2022, 12, 2)),
]


@pytest.mark.parametrize(("written", "start", "end"), DAYS)
def test_a_range_of_numeric_days(written: str, start: dt.date, end: dt.date) -> None:
    page = f"# Me\n\n## News\n\n- Workshop at MIT, {written}\n"
    (one,) = parse_page(Path("news.md"), text=page)[1]
    assert one.title == "Workshop at MIT"
    span = one.span
    assert span is not None
    assert (span.start, span.end, span.precision, span.ranged) == (start, end, "day", True)
