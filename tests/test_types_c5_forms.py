"""Item types in forms seen on real homepages (issue 8, corpus C5, causes G, H, J, K).

Every row is a news item written for this test in the form people use (not copied from a
site); the test puts a bold date in front and checks the item count, date and type.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from feeds.parse import parse_page

TALK, PAPER, AWARD, SERVICE = "talk", "paper", "award", "service"
POSITION, EVENT, NEWS = "position", "event", "news"

# H: a seminar's or a course's lecturer (講師を務めました) gives a talk; a session chair
# (座長を務めました) serves; a part-time lecturer (非常勤講師) holds a post.
JAPANESE_LECTURER = [
    ("例示協会のセミナーにて「おもちゃ入門」というタイトルで講師を務めました。", TALK),
    ("例示大学の公開講座で講師を担当しました。", TALK),
    ("例示研究会の勉強会で講師として務めさせていただきました。", TALK),
    ("例示学会の一般セッションで座長を務めました。", SERVICE),
    ("例示大学の非常勤講師を務めることになりました。", POSITION),
    ("例示シンポジウムで招待講演を行いました。", TALK),
]

# J: a visit where the person gives a talk is a talk (a title's "Prof." or "Dr." does not
# end the sentence); a visit alone stays an event.
VISITS = [
    ("I visited Prof. Ann Example at Toy University, where I gave a talk on toy boats.", TALK),
    ("I visited Dr. B. Example at the Toy Institute, where I gave a seminar.", TALK),
    ("Visited Prof. Example's group in Toyville and gave a talk on toy trains.", TALK),
    ("Visiting the Toy Lab of Prof. C. Example and giving a seminar on toy boats.", TALK),
    ("Visiting St. Example College, where I presented our work on toy trains.", TALK),
    ("I visited Prof. Ann Example at Toy University for two weeks.", EVENT),
    ("I visited the Toy Lab. I gave my friends a tour of the city.", EVENT),
]

ROWS = JAPANESE_LECTURER + VISITS


def _parse(page: str):
    return parse_page(Path("news.md"), text=page)[1]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_c5_form_type(item: str, expected: str) -> None:
    page = f"# Someone\n\n## News\n\n- **Mar 2026:** {item}\n- **Feb 2026:** Met a friend.\n"
    events = _parse(page)
    assert len(events) == 2
    span = events[0].span
    assert span is not None
    assert (span.start, span.precision) == (dt.date(2026, 3, 1), "month")
    assert events[0].type == expected
    assert events[1].type == NEWS


def test_the_whole_table_on_one_page_gives_the_same_types() -> None:
    page = "# Someone\n\n## News\n\n" + "".join(f"- **Mar 2026:** {i}\n" for i, _ in ROWS)
    assert [e.type for e in _parse(page)] == [expected for _, expected in ROWS]
