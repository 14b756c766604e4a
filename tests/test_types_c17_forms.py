"""Item types in forms of the c17 corpus (issue 8): Chinese lab news and their siblings.

Every row is a news item written for this test in the form people use (not copied from a
site); :func:`type_of_first` puts a bold month in front, checks the item count and date,
and gives the type.

- An award or honour for a paper or thesis is an award: 论文 / 文章 / paper alone makes no
  paper without a verb of acceptance or publication (被评为…优秀学位论文, 获…最佳论文奖,
  被列为 ESI 高被引文章, 被选为…论文; "was recognised as a featured article"); a verb
  describing the paper (已录用的论文) is not the sentence's verb. Selected for an oral
  presentation is still a paper.
- A referee or reviewer for a journal (its name holding "Transactions", "Journal",
  "Letters") is service, not a paper.
- An opinion piece or commentary linked at a journal's article page is a paper (like one
  linked by its DOI); one in a popular outlet stays news.
- "X introduced our tool at the Y workshop" is a talk: showing the group's work at a
  meeting, as "presented our tool at" is (not "introduced a new course").
- Joining: 欢迎A和B加入课题组, "welcome X as new PhD students", visiting PhD students who
  joined, "act as a Research Associate", admission to a PhD programme: a position.
"""

from __future__ import annotations

import pytest

from .type_table import type_of_first

TALK, PAPER, AWARD, SERVICE, POSITION = "talk", "paper", "award", "service", "position"
EVENT, NEWS = "event", "news"

HONOURED_PAPERS = [
    ("李明的硕士学位论文被评为某大学年度优秀学位论文。祝贺！", AWARD),
    ("王芳的博士论文被评选为省级优秀博士学位论文。", AWARD),
    ("已录用的论文“某某检测方法”获 IEEE FOO 2026 最佳论文奖。", AWARD),
    ("我们发表的文章获得示例期刊年度最佳论文奖。", AWARD),
    ('🎉 文章 "A Study of Widgets" 被列为 **ESI 高被引文章**。', AWARD),
    ("论文被列为示例期刊热点论文。", AWARD),
    ("“玩具船的自动识别”被选为2015-2025年十年间发表的最具影响力的论文", AWARD),
    ("毕业设计（论文）“玩具船识别研究”获某大学优秀毕业设计（论文）一等奖。", AWARD),
    ("修士論文が優秀論文に選ばれました。", AWARD),
    ("Notre article a reçu le prix du meilleur article.", AWARD),
    ("Our paper was recognized as a Featured Article by Example Letters.", AWARD),
    ("Our paper was named one of the best papers of the year by Example Review.", AWARD),
    ("Our paper received the Best Paper Award at FOO 2026.", AWARD),
    ("My thesis won the Example Society dissertation prize.", AWARD),
    ("Our article was selected as a Highly Cited Paper.", AWARD),
    # still papers: a verb of acceptance or publication, or chosen for an oral
    ("论文被示例会议接收。", PAPER),
    ("一篇论文发表在示例期刊上。", PAPER),
    ("论文被示例会议录用并被选为口头报告。", PAPER),
    ("论文被选为示例会议口头报告论文。", PAPER),
    ("論文が示例会議に採択されました。", PAPER),
    ("論文が口頭発表に選ばれました。", PAPER),
    ("Notre article a été accepté à EXCONF.", PAPER),
    ("Our paper was accepted at FOO 2026 and selected for an oral presentation.", PAPER),
]

REFEREES = [
    ("📝 Invited as the **Journal Referee** for **IEEE Transactions on Widget Engineering**.",
     SERVICE),
    ("Acted as a referee for the Journal of Toy Boats.", SERVICE),
    ("Refereed for Example Letters and Example Transactions on Widgets.", SERVICE),
    ("Reviewer for IEEE Transactions on Toy Boats.", SERVICE),
    ("Serving as an associate editor for Example Signal Letters.", SERVICE),
]  # fmt: skip

OPINION_PIECES = [
    ("[Ann Lee](https://example.org/ann) and Bo Chen published an [opinion piece in Widget"
     " Practice](https://www.nature.com/articles/s41999-024-0001-0) on our funded project.",
     PAPER),
    ("Published a commentary in [Example Medicine](https://doi.org/10.1000/toy.123).", PAPER),
    ("Our perspective on toy boats appeared in [Example Review](https://www.science.org/doi/"
     "10.1126/toy.456).", PAPER),
    ("Published an opinion piece in the popular outlet Example Daily.", NEWS),
    ("Wrote an op-ed for the [Example Times](https://www.example-times.com/opinion/toy).", NEWS),
    ("Our lab was [featured in Nature](https://www.nature.com/articles/d41586-024-00001-1).",
     NEWS),
]  # fmt: skip

INTRODUCED = [
    ("[Bo Chen](https://example.org/bo) introduced our widget-detection tool, now in pilot"
     " testing, at the [Society of Widgets](https://example.org/s) workshop on AI in Widgetry.",
     TALK),
    ("Ann introduced our toy-boat simulator at the Example Conference in Porto.", TALK),
    ("Bo introduced our boat-finder app, in beta via boats.example, at the Toy Society meeting.",
     TALK),
    ("Introduced a new course on toy boats.", NEWS),
]  # fmt: skip

JOINING = [
    ("欢迎A和B加入课题组！", POSITION),
    ("欢迎张三、李四加入实验室。", POSITION),
    ("实验室网站上线新版本，欢迎访问。", NEWS),
    ("We're excited to welcome Ann Lee and Bo Chen as new PhD students!", POSITION),
    ("Welcome to Ann Lee, who joined the group as a postdoc.", POSITION),
    ("Welcome to our new lab website!", NEWS),
    ("Visiting PhD students Ann Lee and Bo Chen joined our team for the summer.", POSITION),
    (
        "Act as a **Research Associate** on the project Toy Boats, funded by the Example Trust.",
        POSITION,
    ),
    ("Acted as a reviewer for EXCONF 2025.", SERVICE),
    ("金某获得示例大学生物医学工程博士项目录取。祝贺！", POSITION),
    ("我将于2026年9月作为访问博士生前往示例大学。", POSITION),
    ("课题组获得示例省卫生健康委员会医学科研基金资助！", AWARD),
    ("课题组获得示例市自然科学基金支持（30万元）。", AWARD),
    # a project begun is news; a post begun a position
    ("We started the Toy Boats II project with the Example team.", NEWS),
    ("Kicked off a new project on toy trains with Example Lab.", NEWS),
    ("Started my PhD at Example University.", POSITION),
    ("Started a new position at Example Lab.", POSITION),
]

ROWS = HONOURED_PAPERS + REFEREES + OPINION_PIECES + INTRODUCED + JOINING


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_c17_form_type(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
