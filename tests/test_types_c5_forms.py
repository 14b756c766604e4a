"""Item types in forms seen on real homepages (issue 8, corpus C5, causes G, H, J, K).

Every row is a news item written for this test in the form people use (not copied from a
site); the test puts a bold date in front and checks the item count, date and type.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from feeds.parse import parse_page

from .type_table import type_of_first

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

# G: Korean. Particles and endings stick to the words (논문이, 발표를, 선정됨), the main verb
# comes last, and a verb before a noun describes it (제출한 논문, 제출 논문: a submitted paper).
KOREAN = [
    ('홍길동 교수는 예시 워크샵의 "표준 동향" 세션에서 예시 기술 발표를 수행함', TALK),
    ('홍길동 교수님, 예시시 공무원에게 "장난감" 주제로 특강 진행', TALK),
    ("예시 학술대회에서 초청 강연을 하였습니다.", TALK),
    ("예시 국제학회에서 기조연설", TALK),
    ("예시 학회에서 포스터 발표를 했습니다.", TALK),
    ("김철수 박사과정생, 예시 학술대회에서 논문 발표: 논문 제목 - '장난감 배'", TALK),
    ("예시 대학교를 방문하여 세미나 발표", TALK),
    ("김철수 박사과정생, [축] 예시 저널에 논문 게재 확정", PAPER),
    ("논문이 예시 학회에 채택되었습니다.", PAPER),
    ("[축] 예시 저널 제출 논문 Accept, 논문 제목 - '장난감 배'", PAPER),
    ("예시 학회에 제출한 논문이 구두 발표로 채택되어 11월 예시시에서 발표 예정", PAPER),
    ("예시 학회 논문이 출판되었습니다.", PAPER),
    ("[축] 김철수 박사과정생이 제출한 논문이 예시 저널 특별호에 초청됨", PAPER),
    ("[축] 김철수 박사과정생의 제출 논문이 예시 저널 특별호에 초청됨", PAPER),
    ("저명 학술지 예시 저널에 1저자 논문 Acceptance Letter 수신", PAPER),
    ("예시 학회에서 최우수 논문상 수상", AWARD),
    ("[축] 김철수 석사과정생, 예시 재단 장학생으로 선정됨", AWARD),
    ("예시 경진대회 은상 수상 (작품 제목: 장난감 배)", AWARD),
    ("논문을 예시 학술대회에 투고하여 우수발표상 수상", AWARD),
    ("예시 학술지 편집위원으로 위촉", SERVICE),
    ("예시 학회 프로그램 위원으로 활동", SERVICE),
    ("예시 대학교 박사과정에 입학", POSITION),
    ("[축] 김철수 학생 공학박사 학위 취득", POSITION),
    ("예시 연구소에 연구원으로 입사", POSITION),
    ("예시 대학교 조교수로 임용되어 연구를 시작함", POSITION),
    ("예시 연구실에 인턴으로 합류", POSITION),
    ("예시 워크숍 참석", EVENT),
    ("예시 심포지엄 개최", EVENT),
    ("예시 행사에서 장난감 로봇을 시연함", EVENT),
    ("예시 세미나에 참가했습니다.", EVENT),
    ("예시 연구실 학생 모집", NEWS),
    ("예시 학회에 논문 제출", NEWS),
    ("예시 신문에 인터뷰 기사 게재", NEWS),
    ("장난감 배의 성능 향상에 대한 연구가 예시 신문에 소개됨", NEWS),
]

# K: a paper released in prose: "We introduce X: a new framework", "We present X, a …", a
# link to the paper; but presenting at a venue is a talk, and "introduce" alone says nothing.
RELEASES = [
    (
        "🔥 We introduce [TOYNET](https://huggingface.co/papers/0000.00001): a new framework "
        "for toy boats. Please see our [project page](https://toynet.example.io/).",
        PAPER,
    ),
    ("We introduce TOYNET: a new benchmark to test if toy boats float.", PAPER),
    ("We present TOYNET, a simple method for steering toy boats.", PAPER),
    ("We propose TOYNET, a novel approach to toy trains.", PAPER),
    ("We are excited to introduce TOYBENCH, the first dataset of toy boats!", PAPER),
    ("We present [Toy boats that float](https://openreview.net/forum?id=toy123).", PAPER),
    ("Our [toy boat paper](https://openreview.net/forum?id=toy124) is out!", PAPER),
    ("We introduce [TOYNET](https://openreview.net/forum?id=toy126).", PAPER),
    ("Introducing [TOYNET](https://huggingface.co/papers/0000.00002)!", PAPER),
    ("TOYNET is now on arXiv.", PAPER),
    ("Check out our new preprint on toy boats!", PAPER),
    ("Our new work [TOYNET](https://toynet.example.io/) on toy boats.", PAPER),
    ("We present our work at the Example Conference 2026.", TALK),
    ("We present TOYNET, a new method for toy boats, at the Example Workshop.", TALK),
    ("We will present our toy boats poster at EXCONF.", TALK),
    ("We presented [our toy boat paper](https://openreview.net/forum?id=toy125) at EXCONF.", TALK),
    ("We introduce our new lab members.", NEWS),
    ("We introduce a new course on toy boats this term.", NEWS),
    ("Introducing our new lab members, welcome!", NEWS),
    # selected for an oral: accepted as one (a paper), as "accepted as an oral" is
    ("Our TOYNET, TOYBOAT and TOYCAR selected for oral presentation at EXCONF 2024!", PAPER),
    ("TOYNET was chosen for a spotlight presentation at EXCONF.", PAPER),
    ("Selected as an outstanding reviewer for EXCONF 2024.", AWARD),
]

ROWS = JAPANESE_LECTURER + VISITS + KOREAN + RELEASES


def _parse(page: str):
    return parse_page(Path("news.md"), text=page)[1]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_c5_form_type(item: str, expected: str) -> None:
    assert type_of_first(item) == expected


def test_the_whole_table_on_one_page_gives_the_same_types() -> None:
    page = "# Someone\n\n## News\n\n" + "".join(f"- **Mar 2026:** {i}\n" for i, _ in ROWS)
    assert [e.type for e in _parse(page)] == [expected for _, expected in ROWS]


# G: the dates Korean pages write, before or after the item's words.
KOREAN_DATES = [
    ("- 2024년 11월 18일: 예시 학회에서 논문 발표\n", dt.date(2024, 11, 18), "day", TALK),
    ("- 2024년 11월: 예시 학회 참석\n", dt.date(2024, 11, 1), "month", EVENT),
    ("- 2024.11.18. 예시 학회에서 논문 발표\n", dt.date(2024, 11, 18), "day", TALK),
    ("- 2024.11. 예시 저널에 논문 게재\n", dt.date(2024, 11, 1), "month", PAPER),
    ("- [2024.11.18.] 예시 학회 참석\n", dt.date(2024, 11, 18), "day", EVENT),
    ("- 예시 학회에서 최우수 논문상 수상 (2024.11.18.)\n", dt.date(2024, 11, 18), "day", AWARD),
    ("- 예시 학회 참석, 2024.11.\n", dt.date(2024, 11, 1), "month", EVENT),
]


@pytest.mark.parametrize(("line", "start", "precision", "expected"), KOREAN_DATES)
def test_korean_dates(line: str, start: dt.date, precision: str, expected: str) -> None:
    events = _parse(f"# Someone\n\n## News\n\n{line}- **Feb 2020:** Met a friend.\n")
    assert len(events) == 2
    span = events[0].span
    assert span is not None
    assert (span.start, span.precision, events[0].type) == (start, precision, expected)
    assert "2024" not in events[0].title


@pytest.mark.parametrize("heading", ["소식", "최근 소식", "뉴스", "연구실 뉴스"])
def test_a_korean_news_heading_opens_the_news(heading: str) -> None:
    page = (
        f"# 예시 연구실\n\n## {heading}\n\n"
        "- 2024년 11월 18일: 예시 학회에서 논문 발표\n"
        "- 2024.10.02. 예시 저널에 논문 게재 확정\n\n"
        "## 연구 분야\n\n- 장난감 배 (2020)\n"
    )
    events = _parse(page)
    assert [(e.span.start if e.span else None, e.type) for e in events] == [
        (dt.date(2024, 11, 18), TALK),
        (dt.date(2024, 10, 2), PAPER),
    ]


def test_selected_as_an_oral_session_chair_is_no_paper() -> None:
    page = "# Someone\n\n## News\n\n- **Mar 2026:** Selected as an oral session chair for EXCONF.\n"
    assert [e.type for e in _parse(page)] != [PAPER]
