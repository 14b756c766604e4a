"""A day and month opening an item under a year heading (``### 2019``), written the way
Japanese and Chinese lists write them, with the sentence right after it: ``4/1から…``
(from April 1st), ``4/1 海外で…``, ``4月1日から…``, ``4月より…``, ``10月起，…``; and the
forms read already, kept (``4/1: …``, ``1.4. …``, ``3月15日 …``). A fraction is no date
(``1/2 of the group``, ``1/2の学生``). Issue 8, c22 cause J; rows written for this test.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from feeds.parse import parse_page

ROWS = [
    # (item under "### 2019", start, precision, the title's opening words)
    ("4/1から１年間，海外の大学で在外研究します。", dt.date(2019, 4, 1), "day", "１年間"),
    ("4/1 海外の大学で在外研究します。", dt.date(2019, 4, 1), "day", "海外の大学"),
    ("10/15から湖畔大学に滞在します。", dt.date(2019, 10, 15), "day", "湖畔大学"),
    ("4/1より池研究所の研究員になりました。", dt.date(2019, 4, 1), "day", "池研究所"),
    ("4月1日から池研究所に着任。", dt.date(2019, 4, 1), "day", "池研究所"),
    ("4月より池研究所に着任。", dt.date(2019, 4, 1), "month", "池研究所"),
    ("10月起，担任池塘学会委员。", dt.date(2019, 10, 1), "month", "担任"),
    ("9月1日起加入池塘实验室。", dt.date(2019, 9, 1), "day", "加入"),
    # already read, kept
    ("4/1: Moved to Pond University.", dt.date(2019, 4, 1), "day", "Moved"),
    ("1.4. Wechsel an die Universität Teich.", dt.date(2019, 4, 1), "day", "Wechsel"),
    ("3月15日 池学会で講演しました。", dt.date(2019, 3, 15), "day", "池学会"),
    ("Mar 5: gave a talk at the pond seminar.", dt.date(2019, 3, 5), "day", "Gave"),
]
FRACTIONS = [
    "1/2 of our group went to the lake.",
    "1/2の学生が池学会に参加しました。",
    "2/3 of the ponds were frozen.",
]


def _first(item: str):
    page = f"# News\n\n### 2019\n\n- {item}\n- Met a friend.\n"
    events = parse_page(Path("news.md"), text=page)[1]
    assert len(events) == 2
    return events[0]


@pytest.mark.parametrize(("item", "start", "precision", "opening"), ROWS)
def test_a_day_under_a_year_heading(item, start, precision, opening):
    event = _first(item)
    assert event.span is not None
    assert (event.span.start, str(event.span.precision)) == (start, precision)
    assert event.title.startswith(opening), event.title


@pytest.mark.parametrize("item", FRACTIONS)
def test_a_fraction_is_no_date(item):
    event = _first(item)
    assert event.span is not None
    assert (event.span.start, str(event.span.precision)) == (dt.date(2019, 1, 1), "year")
    assert event.title.startswith(item[:3]), event.title
