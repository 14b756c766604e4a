"""Types and titles of wordings left over from the corpora of session 27 (c31, c34, c35,
scan27); every row is written for this test.

- A new paper said released, headline-style ("New working paper released at X", "New
  paper released"), is a paper; a dataset or code released stays news.
- Talks counted are no talk given ("a record of all 120 talks", "over 40 talks by women");
  two talks the person gave still are ("I gave two talks at X").
- An interview and a talk given in a second clause of the same subject ("Interviewed by
  the radio and gave a talk at the museum") is the talk; "where I talked about it" stays
  the interview. Invited onto a panel ("attended X, where I was invited to a panel
  discussion") is a panelist's talk. A course's syllabus is news.
- Japanese: a funder or programme before 採択 (サントリーSunRiSE, ERATO, 学振) is a grant,
  a paper's 採択 stays a paper; a post titled "…に参加" whose opening says a talk was given
  there ("…に参加し、研究内容を発表しました") is a talk, one that says no more an event.
- A bold first sentence closed by a CJK full stop ends the title as ". " does; a report
  link ("微信报道 →") ending an entry is no part of its title.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .cli_run import bullets_listed
from .hugo_sites import listed, write
from .type_table import AWARD, EVENT, NEWS, PAPER, TALK, type_of_first

ROWS = [
    # a new paper released: a paper (what else is released: news)
    ("New working paper released at the Ratio Institute.", PAPER),
    ("Two new working papers released at the Lake Institute and Delta University.", PAPER),
    ("New paper released.", PAPER),
    ("A new working paper on rivers in the public sector released at Delta University.", PAPER),
    ("New preprint released on SSRN.", PAPER),
    ("New dataset released.", NEWS),
    ("Code released for the toolkit.", NEWS),
    # talks counted: no talk given
    ("WiL Record (2017–2025): a complete record of all 120 talks across 9 editions.", NEWS),
    ("Over 40 talks by women logicians at our workshops so far.", NEWS),
    ("I gave two talks at the Lake Workshop.", TALK),
    ("Gave 3 invited talks in Japan.", TALK),
    ("2026 invited talks at the Lake Workshop and the River Colloquium.", TALK),  # a year
    # an interview and a talk given: the talk
    ("Interviewed by the radio and gave a talk at the museum.", TALK),
    ("I was interviewed by the local radio and gave a public lecture at the city museum.", TALK),
    ("I was interviewed by the radio, where I talked about my work.", NEWS),
    ("Interviewed by the Daily Lake and talked about our new paper.", NEWS),
    ("Interviewed by the Daily Lake about our river study.", NEWS),
    # invited onto a panel: a talk
    (
        "I attended the Lake AI & Rivers Conference where I was invited to a panel "
        "discussion on the future of river models.",
        TALK,
    ),
    ("I was invited to join a roundtable on open science.", TALK),
    ("I was invited to review for RiverConf.", NEWS),
    ("Attended the Lake Workshop and enjoyed the panel.", EVENT),
    # an application accepted for funding: a grant
    ("My application for the Lake Scholars Program was accepted for funding.", AWARD),
    ("Our LTER proposal was accepted for funding beginning in 2027.", AWARD),
    # a syllabus: course material
    ("New syllabus for the River Seminar.", NEWS),
    # Japanese: a grant's 採択, a paper's
    ("サントリーSunRiSEに採択されました。", AWARD),
    ("ERATOの研究課題に採択", AWARD),
    ("学振特別研究員に採択されました。", AWARD),
    ("論文がRiverConfに採択されました。", PAPER),
]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_session28_forms(item: str, expected: str) -> None:
    assert type_of_first(item) == expected


POST = "---\nlayout: post\ntitle: {title}\ndate: {date}\n---\n\n{body}\n"


def test_a_post_titled_by_the_meeting_attended_typed_by_the_talk_its_opening_tells(
    tmp_path: Path,
) -> None:
    posts = [  # (file, title, body, its type)
        ("2026-05-20-a", "湖の会議2026に参加", "湖の会議2026で山田が招待講演を行いました。", TALK),
        (
            "2026-04-10-b",
            "川の研究会に参加",
            "研究所で開催された川の研究会に参加し、研究内容を発表しました。\n\n写真。",
            TALK,
        ),
        ("2026-03-05-c", "湖の学会大会に参加", "宇都宮で開催された湖の大会に参加しました。", EVENT),
        ("2026-02-01-d", "Attended the Lake Workshop", "I presented our poster on deltas.", TALK),
        ("2026-01-09-e", "Attended the River Meeting", "We met many friends there.", EVENT),
        # a guest's seminar hosted, its talk is the guest's
        ("2025-12-12-f", "山田太郎博士のセミナー", "山田太郎博士に講演していただきました。", EVENT),
    ]
    files = {
        f"_posts/{name}.md": POST.format(title=title, date=name[:10], body=body)
        for name, title, body, _ in posts
    }
    site = write(
        tmp_path,
        {
            "_config.yml": "title: Lab\n",
            "index.md": "---\nlayout: page\ntitle: Home\n---\nWe study lakes.\n",
            "news.html": "---\nlayout: page\ntitle: News\n---\n"
            "<ul>{% for post in site.posts %}<li>{{ post.title }}</li>{% endfor %}</ul>\n",
            **files,
        },
    )
    items, _ = listed(site)
    assert [(i["start"], i["type"], i["title"]) for i in items] == [
        (name[:10], type_, title) for name, title, _, type_ in posts
    ]


URL = "https://mp.example.org/s/abc"


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        (
            "**两篇工作被 RiverConf 接受。** 恭喜张三等的论文《湖的模型》被接受！",
            "两篇工作被 RiverConf 接受。",
        ),
        (
            "**研究室の論文が採択されました。** 湖のモデルの論文です。",
            "研究室の論文が採択されました。",
        ),
        # a bold run that is no sentence of its own, or no bold: the first sentence as before
        ("恭喜**张三**获得奖学金。 详情见学院网站。", "恭喜张三获得奖学金。 详情见学院网站。"),
        # a report link ending the entry: not the title's
        (f"团队获得湖泊奖！ [微信报道 →]({URL})", "团队获得湖泊奖！"),
        (f"团队获得湖泊奖！ [相关报道]({URL})", "团队获得湖泊奖！"),
    ],
)
def test_a_bold_cjk_sentence_ends_the_title(tmp_path: Path, entry: str, title: str) -> None:
    (item,) = bullets_listed(tmp_path, [f"**2024-03-05** {entry}"])
    assert (item["title"], item["start"]) == (title, "2024-03-05")
