"""Types of item wordings met in probe corpus c28 (issue 8), with their siblings in the
other languages; rows written for this test.

- Japanese: a book published (出版されました) is a paper; a seminar or a lecture given
  (セミナーを行いました, 記念講演を行いました, 講演しました, 発表しました) a talk. A lecture
  room (講義室, 报告厅, 강의실) where something is held is no talk; an open lab (研究室公開,
  オープンラボ, open house, 开放日, Tag der offenen Tür…) is an event.
- A paper linked only by a journal's article page (the DOI in the publisher's own path,
  ``/doi/abs/10.…``, a ScienceDirect ``pii``) is a paper when the words say nothing else,
  as an arXiv link is; "New paper in X" stays a paper beside its press release.
- Accepted to a summer school (not a paper); a notebook or code shared (news, whatever
  paper it links); a podcast delivered (news); a work highlighted by an outlet (news).
"""

from __future__ import annotations

import pytest

from .type_table import EVENT, NEWS, PAPER, POSITION, TALK, type_of_first

ROWS = [
    # Japanese: a book published, a seminar or lecture given
    ("山田教授と鈴木准教授の本「湖の化学」が海辺出版社から出版されました。", PAPER),
    ("山田教授が湖畔大学でセミナーを行いました。", TALK),
    # the first sentence says it (its verb last): a talk given, then prizes; a list updated
    ("山田教授が湖の学会で記念講演を行いました。田中さんがポスター賞を受賞しました。", TALK),
    ("発表論文リストを更新しました。", NEWS),
    ("講演リストを更新しました。山田教授が湖の学会で賞を受賞しました。", NEWS),
    ("湖の研究会に関する資料が追加されました。特集号が湖の雑誌で出版されました。", NEWS),
    ("湖の国際会議に参加．併設のワークショップにて論文発表．", TALK),
    ("湖の学会に参加しました。論文が湖の雑誌に掲載されました。", EVENT),
    ("「湖の地図」が 湖の研究事業に採択. 湖の研究事業の第2回公募に採択されました。", "award"),
    ("山田教授が湖の学会で第5回記念講演を行いました。", TALK),
    ("山田教授が湖の学会で講演しました。", TALK),
    ("鈴木さんが湖の学会で発表しました。", TALK),
    # a lecture room is where, not what; an open lab is an event
    ("研究室公開 12月10日(水) 17:00-18:30 @3A棟204講義室", EVENT),
    ("オープンラボを開催します。12月10日 17:00 @講義室204", EVENT),
    ("オープンキャンパスで研究室を公開しました。", EVENT),
    ("湖の研究会を開催します。会場は3A棟204講義室です。", EVENT),
    ("实验室开放日：12月10日 17:00，地点：报告厅204。", EVENT),
    ("연구실 오픈랩: 12월 10일 17:00-18:30 강의실 204", EVENT),
    ("Open lab day on Dec 10, 17:00-18:30, lecture room 204.", EVENT),
    ("Our lab holds an open house on Dec 10, 17:00-18:30, in lecture hall 3A.", EVENT),
    ("Tag der offenen Tür im Labor am 10. Dezember, 17 Uhr, Hörsaal 3.", EVENT),
    ("Portes ouvertes du laboratoire le 10 décembre, amphithéâtre B.", EVENT),
    ("Jornada de puertas abiertas del laboratorio, 10 de diciembre, aula 204.", EVENT),
    # a journal's article page links the paper
    (
        "**Brighter dyes from old pigments**. The fine work of Ana reports one of the first "
        "looks at a common class of pigments "
        "(DOI: [10.1000/xyz123](http://pubs.example.org/doi/abs/10.1000/xyz123)).",
        PAPER,
    ),
    (
        "Stacked frameworks pack better. We found the [subtle balance between two forces]"
        "(https://onlinelibrary.example.com/doi/abs/10.1002/anie.201800230) in them.",
        PAPER,
    ),
    (
        "Stacked frameworks pack better, as a common class of them shows "
        "([article](https://www.sciencedirect.com/science/article/pii/S0009250918301234)).",
        PAPER,
    ),
    (  # a journal's page is a paper only when the words say nothing else
        "Co-wrote a public-facing article in The Lake Times on river names. Companion to our "
        "[Journal of Rivers paper](https://rivers.example.com/doi/abs/10.1111/jr.12713).",
        NEWS,
    ),
    (
        "We made it to the cover page of the Soil News March edition "
        "([cover](https://soil.example.com/doi/10.1002/sn.20693)).",
        NEWS,
    ),
    (  # a link text naming an award is read, not taken for a paper's title
        "Congratulations to Ana for an honourable mention in the [Lake Society Student Paper "
        "Award](https://lake.example.org/doi/full/10.1086/735855).",
        "award",
    ),
    (
        "Bo has a [new paper in Lake Letters](https://lake.example.org/doi/10.1128/ll.00111-24)"
        " announcing 30 closed genomes.",
        PAPER,
    ),
    (  # a data archive's DOI is no paper
        "The river maps of a common class of deltas are online "
        "([data](https://doi.org/10.5281/zenodo.1234567)).",
        NEWS,
    ),
    ("New paper in Journal of Hydrology, led by our postdoc Ana.", PAPER),
    (
        "New paper in Journal of Hydrology, led by our postdoc Ana. News release on this "
        "piece: https://news.example.org/news-releases/1",
        PAPER,
    ),
    (
        "New paper in Journal of Hydrology, led by our postdoc Ana. Press release on this "
        "piece: https://news.example.org/press-releases/1",
        PAPER,
    ),
    # accepted into a school: going there
    ("Lea got accepted to the Summer School on Soil Imaging.", EVENT),
    ("Marissa got accepted for the Summer School: Soils Exposed.", EVENT),
    ("Lea has been accepted to the Lake Winter School on river models.", EVENT),
    ("I was accepted to the Machine Learning Summer School.", EVENT),
    ("Lea was accepted into the Data Science Bootcamp.", EVENT),
    ("Ana was accepted into the PhD program at Lake University.", POSITION),
    ("Our paper on soil imaging was accepted to the workshop on soil imaging.", PAPER),
    ("Our paper was accepted to the Soil Summer School proceedings.", PAPER),
    # a notebook or code shared: news, whatever paper it links
    (
        "We would like to share the little Python notebook for [solving orbital problems]"
        "(https://colab.research.google.com/drive/abc). The script was prepared for our "
        "study (DOI: [10.1000/abc](https://doi.org/10.1000/abc)).",
        NEWS,
    ),
    (
        "We shared the code for [river mapping](https://github.com/ana/rivers) of our "
        "paper ([10.1000/abc](https://doi.org/10.1000/abc)).",
        NEWS,
    ),
    (
        "Our paper on river mapping is out ([10.1000/abc](https://doi.org/10.1000/abc)).",
        PAPER,
    ),
    (  # the code shared after the paper released: the paper's
        "New release from the lab: [RiverNet](/publications#rivernet). RiverNet maps deltas. "
        "We open-source [code and weights](https://github.com/ana/rivernet), "
        "[recipes](https://arxiv.org/abs/2502.00001).",
        PAPER,
    ),
    # a podcast is no talk; a work highlighted by an outlet is news
    ("Ana delivered a podcast on climate change.", NEWS),
    ("Ana was a guest on the Soil Stories podcast.", NEWS),
    ("Ana delivered a keynote on climate change at the Soil Meeting.", TALK),
    ("The Office of Science recently highlighted our paper on methane.", NEWS),
    (
        "Our work on methane emissions from forest soils was highlighted on the "
        "Environmental Science Program.",
        NEWS,
    ),
    ("Our work on methane emissions from forest soils was accepted in Soil Letters.", PAPER),
]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_c28_forms(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
