"""Types of item wordings met in probe corpus c25 (issue 8), with their siblings; rows
written for this test.

- Korean: chosen *as* something says what was won: as a presenter or a speaker
  (``발표자로 선정``) a talk, as a poster or a short paper (``poster 및 short paper로
  선정``) a paper (an acceptance); as a prize winner or a scholar still an award.
- English: "X attends A and the lab presents at B": a coordinated clause with its own
  subject (the lab, a member) whose verb is a talk is a talk; a clause that says no talk
  leaves the event.
- Chinese: 发表 with a speech as its object (讲话, 演讲, 致辞) delivers it: a talk, not a
  paper published; 接受…专访 (gave an interview) is news, not an acceptance.
- English: "published a profile/story/feature about <someone>": the press's (or a
  department's) piece is news, as a news article published somewhere is; a paper or an
  article of one's own published is still a paper.
"""

from __future__ import annotations

import pytest

from .type_table import AWARD, EVENT, NEWS, PAPER, TALK, type_of_first

ROWS = [
    # Korean: selected as …
    ("🎉 연구실 구성원 3인이 국제 학술대회(EXCONF 2026) 발표자로 선정되었습니다", TALK),
    ("박사과정 이영희가 국제 심포지엄 연사로 선정되었습니다.", TALK),
    ("김 교수가 학술대회 기조연설자로 선정되었습니다.", TALK),
    (
        "🎉 연구진 2명이 [EXCONF 2026](https://example.org)에 poster 및 short paper로 선정돼 "
        "3월에 발표할 예정입니다.",
        PAPER,
    ),
    ("우리 논문이 구두 발표 논문으로 선정되었습니다.", PAPER),
    ("연구실 포스터가 호수 학회 포스터로 선정되었습니다.", PAPER),
    ("이영희 학생이 우수 논문상 수상자로 선정되었습니다.", AWARD),
    ("김철수 학생이 장학생으로 선정되었습니다.", AWARD),
    ("연구실이 우수 연구실로 선정되었습니다.", AWARD),
    # English: one attends, the lab presents
    ("Sam attends the Regional Science Forum and the lab presents at the Pond Meeting 2024", TALK),
    ("Ana attended the Pond Workshop and the lab presented two posters at the Lake Meeting.", TALK),
    ("Kim attends the Pond Summit, and our students present posters at the Lake Forum.", TALK),
    ("Kim attended the Pond Summit and she presented a poster at the Lake Forum.", TALK),
    (  # a roundup: two names are one subject, not a clause of the lab's own
        "Great to see Sam winning the Pond Prize and attending the Summer School, Ann and Bo "
        "presenting at the Lake Meeting!",
        EVENT,
    ),
    ("Kim attended the Pond Summit and our group gave a talk at the Lake Forum.", TALK),
    ("The lab attends the Pond Summit and presents at the Lake Forum.", TALK),
    ("Sam attends the Pond Summit and the lab hosts a reception.", EVENT),
    ("Sam attended the Pond Summit. The keynote was presented by a famous duck.", EVENT),
    # Chinese: 发表 a speech
    ("年会开幕式上，大会主席李四在会上发表了热情洋溢的讲话。", TALK),
    ("李四在开幕式上发表主旨演讲。", TALK),
    ("王五在开学典礼上发表致辞。", TALK),
    ("院长在会上发表了重要讲话。", TALK),
    ("张三在《示例学报》发表了论文。", PAPER),
    ("我们的论文发表在示例期刊上。", PAPER),
    ("课题组在示例期刊发表了关于演讲识别的论文。", PAPER),
    # Chinese: an interview given
    ("近日，中国科学院院士张三接受人民网记者专访时表示。", NEWS),
    ("张三接受示例日报采访，谈数据科学。", NEWS),
    ("张三接受了示例电视台的访谈。", NEWS),
    ("我们的论文被示例期刊接受。", PAPER),
    # English: a piece published about someone
    ("The department published a [profile story](https://example.edu/news) about Dana!", NEWS),
    (
        "The MSE department published a [new faculty feature](https://example.edu/x) about Rae!",
        NEWS,
    ),
    ("The university published a story about our lab's work on ponds.", NEWS),
    ("The Pond Times published an interview with Kim.", NEWS),
    ("News article published in the Pond Daily", NEWS),
    # the press's attention to a paper it links: news about it
    (
        "The duck paper has received quite a bit of media coverage. "
        "[Article link](https://doi.org/10.1000/duck.1)",
        NEWS,
    ),
    ("Our paper on ponds is out! [Article link](https://doi.org/10.1000/duck.2)", PAPER),
    (  # the work released, the coverage a note after it
        "We release [Duck-1](https://arxiv.org/abs/2507.00001), a model of ponds. "
        "Media coverage: [[Pond News]](https://example.org/n)",
        PAPER,
    ),
    (
        "Highlighted in the Pond University newsletter. [Paper](https://doi.org/10.1000/duck.3)",
        NEWS,
    ),
    # talking to the press is no talk
    ("Dr Lee talks about applying AI to duck counting in the news.", NEWS),
    ("Ana spoke about pond ecology on the radio.", NEWS),
    ("Ana talked about her research in an interview with the Pond Times.", NEWS),
    ("Ana talks about ducks in the news seminar series.", TALK),
    ("Ana talks about ducks at the Pond Seminar.", TALK),
    ("We published a paper about duck counting in Pond Letters.", PAPER),
    ("Our paper about lake ice was published in Nature.", PAPER),
    ("Our article on lake ice was published in Pond Letters.", PAPER),
]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_c25_wordings(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
