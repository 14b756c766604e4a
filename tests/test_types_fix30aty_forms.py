"""Item types in forms read on corpus c44 after the held-out score (rows written for these
tests, in the way people write them; the test puts a bold month in front and checks the
count, date and type, :func:`.type_table.type_of_first`).

- Attending a meeting "where" the person or the group presents: a talk ("Attending X, where
  we'll be presenting Y"); "invited as a speaker at X" is a talk too, "got" there no prize.
- A class taught at a summer school is a lecture there (a talk); a class taught is a course.
- A judging panel judges (service), no panel talk; a TV appearance where one talked about
  the work is media (news).
- Attending a meeting "with a poster and a presentation" presents there (a talk; "with a
  poster" alone stays the visit).
- A credit line after the sentence ("! Work with my intern X") is no position: the item is
  the paper its link and words say.
- What is put online is no work of a meeting: tutorials "from the X summer school are
  available online", a flyer (ポスターを公開しました) and the site itself ("this page is
  published!") are news.
- Chinese: 担任 <journal> 编委 serves on its board (service, not a paper for the journal's
  name); 获 <journal> Top Cited Article is an honour for the paper (award).
"""

from __future__ import annotations

import pytest

from .type_table import AWARD, EVENT, NEWS, PAPER, POSITION, SERVICE, TALK, type_of_first

ROWS = [
    (
        "Attending [PondConf 2026](https://pond.example.org), where we'll be presenting "
        "[Duck Sums](https://arxiv.org/abs/2601.00001).",
        TALK,
    ),
    ("Attending DuckCon virtually, where Ana will be presenting our work on ponds.", TALK),
    ("Going to DuckCon in May, where we will be presenting our pond sampler.", TALK),
    ("Got invited as a speaker at the Pond Academy for a discussion on ducks.", TALK),
    ("Invited as a keynote speaker at the Duck Workshop 2026.", TALK),
    ("Taught a class on pond models at the Pond Machine Learning Summer School.", TALK),
    ("I am on the judging panel for the 2026 Duck Prize.", SERVICE),
    (
        "Made an appearance on [Pond7 Live](https://tv.example.com) where I talked about "
        "ducks in cities.",
        NEWS,
    ),
    ("李明担任Journal of Pond Studies编委", SERVICE),
    ("王芳担任International Journal of Duck Science副编委", SERVICE),
    (
        "团队[关于池塘的文章](https://doi.org/10.1000/pond.1)获Pond Letters年度Top Cited Article",
        AWARD,
    ),
    ("This week I am attending PondCon 2026 with a poster and a presentation", TALK),
    (
        "Check out our new [pre-print on duck sums](https://arxiv.org/abs/2601.00002)! "
        "Work with my intern [Ana Lee](https://ana.example.org) and others!",
        PAPER,
    ),
    ("Tutorials from the Pond Modelling summer school are available online.", NEWS),
    ("2026年度 学生向けの学科ガイダンスのポスターを公開しました", NEWS),
    ("The first version of this page is published! :sparkles:", NEWS),
    # neighbours that keep their type
    ("Slides of my tutorial at PondCon are online.", TALK),
    ("論文の補足資料を公開しました", PAPER),
    ("Our paper on ponds was published in Pond Letters.", PAPER),
    ("Attended PondCon 2026 with a poster.", EVENT),
    ("Bo Li joined the lab as an intern! Work with him on ponds starts in May.", POSITION),
    ("Attending DuckCon 2026, where I met many old friends.", EVENT),
    ("Got the best poster award at DuckCon 2026.", AWARD),
    ("Taught a class on ponds this spring.", NEWS),
    ("I was on a panel on pond ecology at DuckCon 2026.", TALK),
    ("Appeared on the Pond Podcast talking about our duck survey.", NEWS),
    ("团队关于池塘的文章被Pond Letters接收", PAPER),
]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_c44_type_forms(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
