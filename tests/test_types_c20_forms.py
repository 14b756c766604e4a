"""Types of item wordings met in probe corpus c20 (issue 8), with their siblings; rows
written for this test.

- A recognition of a paper already out (a highly cited paper, an editor's pick, a thesis
  nominated for a prize list) is an award, even when the honour follows a colon and a
  list mark (``recognized as: - Highly Cited Paper``) or the item opens with a paper emoji.
  Selection as an oral or a spotlight stays a paper: our tables read that as the paper's
  acceptance (``selected for oral presentation``, ``スポットライトに選ばれ``).
- Japanese positions: ``…研究員になりました`` (became a researcher), ``博士（工学）を取得``
  (obtained a PhD), ``…に着任``, ``…に就任``.
"""

from __future__ import annotations

import pytest

from .type_table import AWARD, NEWS, PAPER, POSITION, type_of_first

ROWS = [
    # a paper's recognition: an award
    (
        '🔥 Paper "Counting ducks with transformers" in *Journal of Pond Studies* '
        "recognized as: - Highly Cited Paper",
        AWARD,
    ),
    ("Our article in Pond Letters was recognised as: ESI Hot Paper.", AWARD),
    ("Our survey on duck counting has been listed as a Highly Cited Paper by ESI.", AWARD),
    ("📄 Our paper on pond sensing was selected as an Editor's Choice article.", AWARD),
    ("Our paper was recognized as one of the most cited papers of Pond Letters.", AWARD),
    ("Our TPAMI paper became an ESI Highly Cited Paper.", AWARD),
    ("Our paper has been included in the ESI Highly Cited Papers list.", AWARD),
    ("论文被提名为最佳论文。", AWARD),
    ("📄 My doctoral thesis was nominated for the society's recommended-thesis list!", AWARD),
    ("Our paper was nominated for the best paper award at DUCK 2025.", AWARD),
    ("📄 博士論文が学会の推薦博士論文にノミネートされました！", AWARD),
    ("論文がベストペーパー賞にノミネートされました。", AWARD),
    ("論文が高被引用論文に選ばれました。", AWARD),
    # selection as an oral or a spotlight: the paper's acceptance, still a paper
    ("Our paper was selected as a spotlight at NeurIPS 2025.", PAPER),
    ("Our paper was selected for oral presentation at ACL 2025.", PAPER),
    ("論文がICLR 2025のスポットライトに選ばれました。", PAPER),
    ('🔥 Paper "Counting ducks with transformers" accepted by *Journal of Pond Studies*.', PAPER),
    ("Our paper was included in the special issue on ponds.", PAPER),
    # a degree obtained: a position, as graduating is
    ("Earned my doctorate from Pond University!", POSITION),
    ("顺利获得工学博士学位！", POSITION),
    # Japanese positions
    ("👤 海辺研究所のプロジェクト研究員になりました！", POSITION),
    ("湖畔大学の特任助教になりました。", POSITION),
    ("4月から池研究所の客員研究員となりました。", POSITION),
    ("🎓 博士（工学）を取得しました！", POSITION),
    ("博士（情報理工学）を取得しました！", POSITION),
    ("博士号を取得しました。", POSITION),
    ("修士の学位を取得しました。", POSITION),
    ("4月より湖畔大学に着任しました。", POSITION),
    ("湖畔大学の准教授に就任しました。", POSITION),
    # look-alikes: data obtained, a decision made, a researcher named
    ("博士課程の学生と共同でデータを取得しました。", NEWS),
    ("研究室のウェブサイトが新しくなりました。", NEWS),
]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_c20_wordings(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
