"""Month-name headings under a year heading (feeds/parse/month_headings.py): a page in,
the item's dates out.

``## 2024`` then ``### March`` (``### 三月``, ``### 11월``, …) dates the item under it
to that month of 2024; a heading that is no month's name leaves it dated the whole year
(the heading names a section). Written for the mutants a mutation run of
``month_headings.py`` left alive (issue 14); every expectation is written here from the
heading.
"""

from __future__ import annotations

import calendar
import datetime as dt
from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

# heading under "## 2024", the month it names (None: no month, the item is of 2024)
HEADINGS = [
    ("March", 3),
    ("MARCH", 3),
    ("Mar.", 3),
    ("Sept.", 9),
    ("**March**", 3),
    ("Oktober", 10),
    ("Ma\u0308rz", 3),  # "März" with a combining diaeresis, as some editors save it
    ("März", 3),
    ("一月", 1),
    ("三月", 3),
    ("九月", 9),
    ("十月", 10),
    ("十一月", 11),
    ("十二月", 12),
    ("1月", 1),
    ("3月", 3),
    ("03月", 3),
    ("12月", 12),
    ("3 月", 3),
    ("11월", 11),
    ("五월", 5),
    # no month: numbers past 12 or none, too many signs, no number, other words
    ("13月", None),
    ("0月", None),
    ("00月", None),
    ("十三月", None),
    ("二十月", None),
    ("十十月", None),
    ("一二月", None),
    ("一二三月", None),
    ("三四五六月", None),
    ("月", None),
    ("三", None),
    ("3", None),
    ("Marchx", None),
    ("Talks", None),
]


def dated(heading: str) -> tuple[dt.date, dt.date]:
    page = f"# News\n\n## 2024\n\n### {heading}\n\n- Gave a talk on graphs.\n"
    _, events = parse_page(
        Path("home.md"), site_root="https://example.org/", reporter=Reporter(quiet=True), text=page
    )
    (event,) = events
    assert event.title == "Gave a talk on graphs"
    return event.span.start, event.span.end


@pytest.mark.parametrize(("heading", "month"), HEADINGS)
def test_a_month_heading_dates_the_item_to_its_month(heading: str, month: int | None) -> None:
    if month is None:
        expected = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    else:
        last = calendar.monthrange(2024, month)[1]
        expected = (dt.date(2024, month, 1), dt.date(2024, month, last))
    assert dated(heading) == expected
