"""Item types where the person is the one something is given to, or accepted as (issue 8):
"I was given the best paper award" is an award (not a talk "given"), "was accepted as a
reviewer" is service (not a paper "accepted"), whether the sentence names the person or
leaves it unsaid; and Chinese lab news that "made progress" in a field (取得新进展, how a
lab announces a published result) is a paper, and a German talk "held" at the clause's
end (ich werde einen Vortrag … halten) a talk, also under a category that only says whose
news it is (本院新闻, as "News" names no type). Every row is written for this test; the
test puts a bold date in front and checks the item count, date and type.
"""

from __future__ import annotations

import pytest

from .type_table import type_of_first

TALK, PAPER, AWARD, SERVICE = "talk", "paper", "award", "service"
POSITION, NEWS = "position", "news"

ROWS = [
    # given something: what is given says it
    ("I was given the Best Paper Award at the Gear Conference 2025.", AWARD),
    ("We were given the best demo award at WidgetCHI.", AWARD),
    ("Was given a travel grant to attend the Cog Summit.", AWARD),
    ("I was given the outstanding student prize of the department.", AWARD),
    ("Our paper was given an oral presentation at the Gear Conference.", PAPER),
    ("The keynote was given by Prof. Jane Roe.", TALK),
    ("I was invited to give a talk at the Widget Institute.", TALK),
    # accepted (or selected) as a role: the role says it
    ("Was accepted as a reviewer for the Gear Conference 2025.", SERVICE),
    ("Got accepted as an area chair for WidgetACL 2025.", SERVICE),
    ("I have been accepted as a PC member of CogKDD 2025.", SERVICE),
    ("Have been accepted as a program committee member for the Sprocket Symposium.", SERVICE),
    ("I was selected as a program committee member for the Cog Summit.", SERVICE),
    ("I was invited to serve as a reviewer for the Gear Journal.", SERVICE),
    ("I was selected to serve on the Cog Summit 2025 program committee.", SERVICE),
    ("I was chosen to act as session chair at the Cog Summit.", SERVICE),
    ("I was selected to present at the Widget Doctoral Consortium.", TALK),
    ("Was appointed as associate editor of the Widget Letters.", SERVICE),
    # …and what stays as it was
    ("I was named a Fellow of the Gear Society.", AWARD),
    ("Was accepted as a poster at the Gear Conference 2025.", PAPER),
    ("Got accepted to the Widget workshop at the Gear Conference.", PAPER),
    ("[Cogs All the Way Down](https://arxiv.org/abs/2501.01234) was accepted as an oral.", PAPER),
    ("I was accepted into the PhD program at the Widget Institute.", POSITION),
    # German, the talk held last: "(ich werde) einen Vortrag … halten"
    ("Ich werde einen Vortrag auf der Zahnrad-Konferenz in Bonn, NRW, halten.", TALK),
    ("Am Montag werde ich einen Gastvortrag an der TU Köln halten.", TALK),
    ("Wir werden Sie auf dem Laufenden halten.", NEWS),
    # Chinese: made progress in a field, a paper published (in every usual wording)
    ("实验室博士生在程序修复方面取得新进展", PAPER),
    ("课题组在图学习领域取得重要进展。", PAPER),
    ("我们在齿轮检测方面取得了一系列进展", PAPER),
    ("团队在机器人抓取研究中取得突破性进展！", PAPER),
    ("我们的新工作 [GearNet](https://gear.example.org)，欢迎阅读！", PAPER),
    ("课题组新版网站上线，欢迎访问！", NEWS),  # welcome to visit: no work to read
    # a category that says whose news it is names no type; press coverage stays news
    ("**本院新闻**: 课题组在齿轮检测方面取得新进展", PAPER),
    ("**实验室动态**: 课题组在图学习领域取得重要进展", PAPER),
    ("**媒体报道**: 课题组在齿轮检测方面取得新进展", NEWS),
]


@pytest.mark.parametrize(("item", "expected"), ROWS, ids=[row[0][:48] for row in ROWS])
def test_type_of_passive_and_role_wording(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
