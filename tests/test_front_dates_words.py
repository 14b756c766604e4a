"""A front-matter date followed by words (issue 8, c19 C2), written for these tests.

Jekyll reads ``date:`` with Ruby's parser, which takes the leading date and leaves the
rest: ``2025-06-10 at 2025-06-12`` shows as June 10, ``2024-09-01 - our lab opens`` as
September 1. A date the homepage grammar reads whole (``2025-06-10 to 2025-06-12``)
keeps its range; words before the date, or an impossible date, still read as nothing.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from feeds.diagnostics import Reporter
from feeds.inputs.front_dates import front_date
from feeds.inputs.news_collection import read_news

LONDON = ZoneInfo("Europe/London")
D = dt.date


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2025-06-10 at 2025-06-12", D(2025, 6, 10), D(2025, 6, 10)),
        ("2024-09-01 - our lab opens", D(2024, 9, 1), D(2024, 9, 1)),
        ("2023-03-05 (postponed)", D(2023, 3, 5), D(2023, 3, 5)),
        ("2023-03-05 au 2023-03-07", D(2023, 3, 5), D(2023, 3, 5)),
        ("2023-3-5 then a dinner", D(2023, 3, 5), D(2023, 3, 5)),
        ("2023-03-05 14:00 in room 3", D(2023, 3, 5), D(2023, 3, 5)),
        ("2023-03-05 23:30:00 -0400 online", D(2023, 3, 6), D(2023, 3, 6)),  # 04:30 in London
        ("19-06-2023 and the day after", D(2023, 6, 19), D(2023, 6, 19)),  # day first, as Ruby
        ("2025-06-10 to 2025-06-12", D(2025, 6, 10), D(2025, 6, 12)),  # the grammar's range
    ],
)
def test_the_leading_date_of_a_front_matter_value_with_words(value: str, start, end) -> None:
    span = front_date(value, LONDON)
    assert span is not None
    assert (span.start, span.end, span.precision.value) == (start, end, "day")


@pytest.mark.parametrize(
    "value", ["2025-13-10 at 2025-06-12", "on 2025-06-10", "2025-06-10x", "06-19-2023 at noon"]
)
def test_words_never_make_a_date(value: str) -> None:
    assert front_date(value, LONDON) is None


def test_a_titled_news_item_dated_with_words_after_its_date(tmp_path: Path) -> None:
    path = tmp_path / "_news" / "phonetics_days.md"
    path.parent.mkdir()
    path.write_text(
        textwrap.dedent(
            """\
            ---
            layout: post
            title: Talks at the spring phonetics days
            date: 2025-06-10 at 2025-06-12
            inline: false
            ---
            Two of us gave talks at the spring phonetics days.
            """
        )
    )
    reporter = Reporter(quiet=True)
    events = read_news(tmp_path, "https://x.org", LONDON, reporter)
    assert [(e.title, e.span.start if e.span else None) for e in events] == [
        ("Talks at the spring phonetics days", D(2025, 6, 10))
    ]
    assert not [p for p in reporter.problems if p.severity != "info"]
