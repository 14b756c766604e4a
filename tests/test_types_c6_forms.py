"""Item types in forms seen on real homepages of corpus C6 (issue 8): talks worded as
口头报告/聚光灯演讲 in a second clause (参加…，并在会议上进行了…), "holding two orals"
(cause F); prizes given to a paper, 获…奖, hackathon and challenge wins, a doctoral
defense, a JSPS fellowship (cause G). Every row is written for this test in the form
people use (not copied from a site); the test puts a bold date in front and checks the
item count, date and type.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.parse import parse_page

from .type_table import type_of_first

TALK, PAPER, AWARD, POSITION = "talk", "paper", "award", "position"
EVENT, NEWS = "event", "news"

# F: the talk given in a second clause, after 参加 / attending
TALKS = [
    ("组会记录：王五前往杭州参加示例论坛，并在会议上进行了口头报告。", TALK),
    ("组会记录：王五参加示例会议，并在大会上进行了聚光灯演讲 (Spotlight)。", TALK),
    ("赵六参加示例研讨会，并在会上作了特邀报告。", TALK),
    ("赵六参加示例研讨会并在会场门口合影留念。", EVENT),  # no talk in the second clause
    ("I'll be holding two orals at the Example workshop on toy boats.", TALK),
    ("Giving an oral at EXCONF 2026 on toy trains.", TALK),
    ("We are holding a workshop on toy boats at EXCONF.", EVENT),
    ("Our retreat, held in March as every year, was a success.", EVENT),
    ("Our paper on toy boats was accepted as an oral at EXCONF.", PAPER),
]

# G: awards, a defense and exams
PRIZES = [
    ("我们关于玩具船的论文“示例标题”被示例学术会议评为优秀论文一等奖！", AWARD),
    ("张教授获示例学会教学成果二等奖！", AWARD),
    ("恭喜李四获批示例省研究生创新计划项目！", AWARD),
    ("张教授加入示例大学。", POSITION),
    ("Our paper on toy boats won the best paper award at EXCONF.", AWARD),
    ("Secured first place in the Example Hackathon 2026.", AWARD),
    ("Won first place in the toy boat challenge at EXCONF.", AWARD),
    ("Winner of the speed track in the Example Challenge.", AWARD),
    ("Passed my doctoral defense.", POSITION),
    ("Passed Doctoral Defense Exam.", POSITION),
    ("Passed my Ph.D. qualifying exam.", NEWS),
    ("Passed my PhD preliminary examination.", NEWS),
    ("日本学術振興会特別研究員DC2に採択されました.", AWARD),
    ("特別研究員PDに採択されました。", AWARD),
    ("特別研究員DC1に採択されました. 番号: AB-123456789. 採択期間: 三年間", AWARD),
    ("論文が示例誌に採択されました。", PAPER),
]

ROWS = TALKS + PRIZES


def _parse(page: str):
    return parse_page(Path("news.md"), text=page)[1]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_c6_form_type(item: str, expected: str) -> None:
    assert type_of_first(item) == expected


def test_the_whole_table_on_one_page_gives_the_same_types() -> None:
    page = "# Someone\n\n## News\n\n" + "".join(f"- **Mar 2026:** {i}\n" for i, _ in ROWS)
    assert [e.type for e in _parse(page)] == [expected for _, expected in ROWS]
