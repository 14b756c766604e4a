"""A date in CJK brackets opening an item is a date (issue 8, corpus c13 cause 2):
``【2026.09】`` (lenticular, often inside bold), ``［2026.09］`` (full width), ``〔…〕``,
``〖…〗``; day, month and CJK forms inside. Brackets around anything else stay words.
Items in our own words; expectations written here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from feeds.parse import parse_page

ROWS = [
    ("- **【2026.09】** 対談動画が公開されました。\n", dt.date(2026, 9, 1), "month"),
    ("- 【2026.08】 Gave a talk at the bridge workshop.\n", dt.date(2026, 8, 1), "month"),
    ("- ［2026.07］ Joined the tunnel lab as a postdoc.\n", dt.date(2026, 7, 1), "month"),
    ("- 〔2026.06.12〕 Our dataset of cracks was released.\n", dt.date(2026, 6, 12), "day"),
    ("- **〖2026年5月〗** 在示例会议上作报告。\n", dt.date(2026, 5, 1), "month"),
    ("- 【2026/04/03】：研究室に配属されました。\n", dt.date(2026, 4, 3), "day"),
    ("- *【Mar 2026】* Won the best poster prize.\n", dt.date(2026, 3, 1), "month"),
]


def _parse(page: str):
    return parse_page(Path("news.md"), text=page)[1]


@pytest.mark.parametrize(("line", "start", "precision"), ROWS)
def test_a_date_in_cjk_brackets_opening_an_item(line: str, start: dt.date, precision: str) -> None:
    events = _parse(f"# Someone\n\n## News\n\n{line}- **Feb 2020:** Met a friend.\n")
    assert len(events) == 2
    span = events[0].span
    assert span is not None
    assert (span.start, span.precision) == (start, precision)
    assert "2026" not in events[0].title
    assert not {"【", "】", "［", "］", "〔", "〕", "〖", "〗"} & set(events[0].title)


def test_cjk_brackets_around_a_name_are_no_date() -> None:
    events = _parse("# Someone\n\n## News\n\n- 【2025.11】【WAIC】 Gave a talk on bridges.\n")
    assert len(events) == 1
    assert events[0].span is not None and events[0].span.start == dt.date(2025, 11, 1)
    events = _parse("# Someone\n\n## News\n\n- 【WAIC】 Gave a talk on bridges (Nov 2025).\n")
    assert events[0].span is not None and events[0].span.start == dt.date(2025, 11, 1)
    assert "WAIC" in events[0].title + (events[0].kind or "")
