"""Types of item wordings met in probe corpora c22 and c23 (issue 8), with their siblings;
rows written for this test.

- Japanese talks: a poster presented after taking part (``…に参加し，ポスター発表．``),
  taking the stage (``登壇``), a lecture given (``講座を実施``, ``講義を行い``).
- Japanese positions: a doctoral thesis defended in public (``博士論文…の公聴会``, the
  thesis is not a new paper), a post taken up (``赴任``, ``着任``), a research stay abroad
  (``在外研究``).
- Japanese paper: an article written for a special issue (``特集記事…を担当``).
- Chinese talks: a tutorial given (``[教程](slides.pdf) "Title" @Place``), an oral
  presentation (``口头报告``); a ``《Journal》：title`` item is a paper.
- English: a poster *accepted* is a paper, a poster *presented* a talk; press coverage of
  our paper (a piece written about it, featured in, covered by) is news, not the paper.
"""

from __future__ import annotations

import pytest

from .type_table import AWARD, EVENT, NEWS, PAPER, POSITION, SERVICE, TALK, type_of_first

ROWS = [
    # Japanese talks
    ("第3回池の科学ワークショップに参加し，ポスター発表．", TALK),
    ("湖沼学会に参加し、ポスター発表を行いました。", TALK),
    ("池の情報学シンポジウムでポスター発表．", TALK),
    ("[公開シンポジウム「池と未来」](https://example.org/) 登壇．", TALK),
    ("湖畔フォーラムのパネルに登壇しました。", TALK),
    ("[8大学共同開催「池の科学」](https://example.org/) 登壇．", TALK),  # no kana at all
    ("池塘大会共同開催，参加討論．", EVENT),
    ("池塘大会开幕，我们参加并作报告。", TALK),  # Chinese, no full-width period: as before
    ("母校で研究紹介の講座を実施 ([スライド](/slides.pdf))．", TALK),
    ("高校生向けの出前講義を実施しました。", TALK),
    ("市民講座で講演しました。", TALK),
    ("今年度は湖畔大学で授業を担当します。", NEWS),  # a course taught for a term
    # Japanese positions
    ("博士論文「池の数え方」の公聴会を実施．", POSITION),
    ("博士論文公聴会を行いました。", POSITION),
    ("湖畔大学に赴任しました。", POSITION),
    ("4月より池研究所に着任．", POSITION),
    ("4/1から1年間，海外の大学で在外研究します。", POSITION),
    # Japanese paper
    ("[学会誌「池」11月号](https://example.org)の特集記事の一編を担当 (池の話)．", PAPER),
    ("雑誌「湖」の特集記事を執筆しました。", PAPER),
    # look-alikes stay what they are
    ("池の情報学ワークショップに参加しました。", EVENT),
    ("新聞に研究室の記事が掲載されました。", NEWS),
    ("論文が池学会誌に採録されました。", PAPER),
    # Chinese talks
    ('[教程](/files/ponds.pdf) "Counting Ducks at Scale" @某某大学。', TALK),
    ("在湖泊大会上做了教程报告。", TALK),
    ("第三届湖泊科学青年论坛“口头报告", TALK),
    ("在全国湖泊会议上作口头报告。", TALK),
    ("“2026第三届湖泊科学青年论坛暨第五届池塘技术研讨会“口头报告", TALK),
    ("湖泊科学研讨会特邀报告。", TALK),
    ("发布湖泊研究年度工作报告。", NEWS),
    # Chinese papers
    ("《湖泊快报》：一种新型的鸭子计数方法", PAPER),
    ("《池塘科学》：浅水湖泊的非线性响应研究", PAPER),
    # English
    ("1 co-author poster has been accepted at [Pond Conf 2026](https://example.org).", PAPER),
    ("Our poster was accepted to the Pond Symposium 2026!", PAPER),
    ("Presented our poster at the Civic Data Forum.", TALK),
    (
        "The [Daily Pond](https://example.org/a) wrote a nice piece about our "
        "[paper](https://example.org/p) on duck counting.",
        NEWS,
    ),
    (
        "The [Pond Gazette](https://example.org/g) wrote a great summary of our lake-ice "
        "[paper](https://doi.org/10.1000/pond.1) and its implications.",
        NEWS,
    ),  # the paper it links is ours, the piece is not
    ("Our paper on duck counting was featured in Pond Weekly.", NEWS),
    ("Our work on lake ice was covered by the Lake Times.", NEWS),
    ("Our paper on ponds was accepted to Pond Letters and featured on the cover.", PAPER),
    ("Our paper won the best paper award at POND 2026.", AWARD),
    # reviewing others' papers is a service, not a paper of one's own
    ("Reviewed a paper (Journal of Pond Studies)", SERVICE),
    ("Reviewed POND 2026 papers", SERVICE),
    ("Reviewed 5 submissions for the Lake Workshop.", SERVICE),
    ("Our paper was reviewed and accepted to Pond Letters.", PAPER),
]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_c22_wordings(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
