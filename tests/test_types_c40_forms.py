"""Item types in forms read on held-out homepages (c40; rows written for these tests).

- Japanese ``掲載`` is a paper when a journal publishes the work (``論文が…誌に掲載``), but
  what the site itself posts (``ホームページに…を掲載``) or a renewed site now shows
  (``ウェブサイトをリニューアルしました。…情報を掲載しています``) is news.
- A news post titled by its event and topic alone ("Roadshow | Inspiring Students at X")
  takes the type its body's opening sentences give by their main verb ("Ana delivered a
  talk titled …"), never by a talk only named ("through tech talks").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import listed, write
from .type_table import NEWS, PAPER, type_of_first

JA_ROWS = [
    # the site renewed or opened, and what it now shows
    (
        "研究室のウェブサイトをリニューアルしました。研究内容やメンバーの情報を掲載しています。",
        NEWS,
    ),
    ("研究室のホームページを開設しました。", NEWS),
    ("ホームページに今年度のゼミ日程を掲載しました。", NEWS),
    ("ウェブサイト上に新しい論文リストを掲載しました。", NEWS),
    # a journal publishing the work stays a paper
    ("山田の論文がPond Letters誌に掲載されました。", PAPER),
    ("論文がJournal of Web Pagesに掲載されました。", PAPER),
    ("研究室のウェブサイトで紹介した研究の論文がPond Letters誌に掲載されました。", PAPER),
]


@pytest.mark.parametrize(("item", "expected"), JA_ROWS)
def test_c40_japanese_posted_forms(item: str, expected: str) -> None:
    assert type_of_first(item) == expected


# A lab's news post titled by its event and topic alone, whose body says what was done
# there: the body's opening sentences decide by their main verb, when the title has no
# word of a type and the title with the lead paragraph says only news.
LEAD = (
    "On May 4, 2026, the Pond Roadshow came to Lake University. The day brought together"
    " students and teachers to discuss open wetlands."
)
POSTS = {
    "a talk delivered, in the second paragraph": (
        "Pond Roadshow | Inspiring Students at Lake University",
        f"{LEAD}\n\nAna Li, of our lab, delivered a talk titled *Frogs at Scale*, on how"
        " we count frogs.\n",
        "talk",
    ),
    "a talk given on a topic": (
        "Spring Day | Bo Chen: Counting Frogs with Sound",
        f"{LEAD}\n\n![The hall](/img/hall.jpg)\n\nBo Chen gave a talk on counting frogs by"
        " their calls.\n",
        "talk",
    ),
    "a paper published": (
        "Frogs, Counted",
        f"{LEAD}\n\nOur paper on frog counts was published in Pond Letters this week.\n",
        "paper",
    ),
    "talks only named (a mention)": (
        "Pond Roadshow | Inspiring Students at Lake University",
        f"{LEAD}\n\nThe lab engaged the students through tech talks, live demos and games.\n",
        "news",
    ),
    "a thing presented, no talk named": (
        "Pond Roadshow | Inspiring Students at Lake University",
        f"{LEAD}\n\nOur lab presented the new frog counter at the fair, to many visitors.\n",
        "news",
    ),
    "a title with a word of a type keeps its type": (
        "Visit to Lake University",
        f"{LEAD}\n\nAna Li delivered a talk titled *Frogs at Scale* there.\n",
        "event",
    ),
    "a title that says news keeps it": (
        "Pond Roadshow featured in the Lake Times",
        f"{LEAD}\n\nAna Li delivered a talk titled *Frogs at Scale* there.\n",
        "news",
    ),
    "past the opening sentences: not read": (
        "Pond Roadshow | Inspiring Students at Lake University",
        f"{LEAD}\n\n"
        + "\n\n".join(
            f"Stop number {n} of the roadshow was a pond near the hall." for n in range(8)
        )
        + "\n\nAna Li delivered a talk titled *Frogs at Scale*.\n",
        "news",
    ),
}


@pytest.mark.parametrize("case", POSTS)
def test_a_post_body_says_what_its_title_does_not(tmp_path: Path, case: str) -> None:
    title, body, expected = POSTS[case]
    site = write(
        tmp_path / "site",
        {
            "hugo.toml": 'baseURL = "https://lab.example.org/"\ntitle = "Pond Lab"\n',
            "content/_index.md": "---\ntitle: Home\n---\n",
            "content/news/roadshow.md": f'+++\ntitle = "{title}"\ndate = 2026-05-05\n+++\n\n{body}',
        },
    )
    items, _ = listed(site)
    assert [(i["title"], i["start"], i["type"]) for i in items] == [(title, "2026-05-05", expected)]
