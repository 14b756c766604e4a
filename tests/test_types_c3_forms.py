"""Item types and kind labels in forms seen on real homepages (issue 8, corpus C3, C9-C15).

Every row is a news item written for this test in the form people use (not copied from a
site); the test puts a bold date in front and checks the item count, date, label and type.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from feeds.parse import parse_page

from .type_table import type_of_first

TALK, PAPER, SERVICE, POSITION = "talk", "paper", "service", "position"
EVENT, NEWS = "event", "news"

# C9: a sentence opening before a colon is no label; a short label word is one.
# (item, expected label or None, expected type)
OPENINGS = [
    ("Our new work: A model of toy boats is, open access, on Example Letters", None, PAPER),
    ("Our latest work: toy boats that float is out in Example Letters", None, PAPER),
    ("New paper: A model of toy boats, in Example Letters.", None, PAPER),
    ("New preprint: toy boats that sink.", None, PAPER),
    ("New role: Academic Editor of the Example Journal", None, SERVICE),
    ("Update: our paper on toy boats was accepted to EXCONF.", None, PAPER),
    ("Big news: I joined the Example Lab as a postdoc.", None, POSITION),
    ("My new work: toy trains, now published in Example Letters.", None, PAPER),
    ("Talk: toy boats at the Example seminar.", "Talk", TALK),
    ("Invited talk: toy boats at the Example seminar.", "Invited talk", TALK),
    ("Award: best toy boat at EXCONF.", "Award", "award"),
    ("Paper: toy boats that float.", "Paper", PAPER),
]

# C10, C12, C15: the main verb of the sentence says the type.
MAIN_VERB = [
    ("My summer intern work BOATNET was accepted to EXCONF 2023!", PAPER),
    ("The project from my internship at Example Labs was accepted at EXCONF.", PAPER),
    (
        "our works on (1) defending toy boats against waves and (2) improving toy trains "
        "have been accepted by EXCONF 2023!",
        PAPER,
    ),
    ("Our two works on starting toy engines were accepted at EXCONF.", PAPER),
    ("A study on graduating students has been published in Example Letters.", PAPER),
    (
        "Now out in [Example Journal](https://doi.org/10.1111/ex.1) and also presented at EXCONF 7",
        PAPER,
    ),
    ("Out now in Example Letters, and presented at the spring meeting.", PAPER),
    ("Published an opinion piece in the popular outlet Example Daily.", NEWS),
    ("Wrote an op-ed for the Example Times on toy safety.", NEWS),
    ("My blog post on toy boats was published in Example Weekly.", NEWS),
    ("Our paper on toy boats was published in Example Letters.", PAPER),
]

# C13: giving a workshop, tutorial or lecture is a talk; attending or organising one is not.
WORKSHOPS = [
    ("Gave a workshop on plotting with R at the Example summer school 2024", TALK),
    ("Taught a workshop on data cleaning at the Example Forum", TALK),
    ("Ran a tutorial on toy boats at EXCONF.", TALK),
    ("Led a hands-on workshop on toy trains for the Example Society.", TALK),
    ("Teaching two R workshops at summer schools this August.", TALK),
    ("Have done more workshops on toy boats for schools.", TALK),
    ("Attended a workshop on toy boats in Lisbon.", EVENT),
    ("Organised a workshop on toy trains at EXCONF.", EVENT),
    ("Taught the graduate course on toy boats this term.", NEWS),
    ("Impartí un taller sobre barcos de juguete en Valdivia.", TALK),
    ("J'ai animé un atelier sur les trains jouets à Lyon.", TALK),
    ("Asistí a un taller sobre barcos de juguete.", EVENT),
    ("Impartiré un curso de barcos de juguete.", NEWS),
]

# C14: Chinese talks: 作…报告, 做报告, 展示…海报, 进行…报告, even after 参加…，
CHINESE = [
    ("在全国示例学术会议作口头报告。", TALK),
    ("参加第三届示例学术年会，作“玩具船模型”报告。", TALK),
    ("参加示例年会，展示了关于玩具船的海报。", TALK),
    ("参加示例研讨会并进行了主题报告。", TALK),
    ("受邀参加示例交叉研讨会 作“玩具船的未来”报告。", TALK),
    ("参加示例大会 展示玩具船研究海报。", TALK),
    ("在示例大学做了关于玩具船的报告。", TALK),
    ("参加示例学术年会。", EVENT),
    ("组织示例研讨会。", EVENT),
]

ROWS = [(i, t) for i, _, t in OPENINGS] + MAIN_VERB + WORKSHOPS + CHINESE


def _parse(page: str, *, headless: bool = False):
    return parse_page(Path("news.md"), text=page, headless=headless)[1]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_c3_form_type(item: str, expected: str) -> None:
    assert type_of_first(item) == expected


@pytest.mark.parametrize(("item", "label", "expected"), OPENINGS)
def test_a_sentence_opening_is_no_label(item: str, label: str | None, expected: str) -> None:
    events = _parse(f"# Someone\n\n## News\n\n- {item} (Mar 2026)\n")
    assert len(events) == 1
    assert (events[0].kind, events[0].type) == (label or "News", expected)


def test_the_whole_table_on_one_page_gives_the_same_types() -> None:
    page = "# Someone\n\n## News\n\n" + "".join(f"- **Mar 2026:** {i}\n" for i, _ in ROWS)
    assert [e.type for e in _parse(page)] == [expected for _, expected in ROWS]


# C11: under a heading that names papers, an item whose words do not decide is a paper,
# titled by its linked title (not by its author list).
PAPER_HEADINGS = ["Papers Publication", "Publications", "Recent preprints", "论文", "論文発表"]


@pytest.mark.parametrize("heading", PAPER_HEADINGS)
def test_items_under_a_papers_heading_are_papers(heading: str) -> None:
    page = (
        f'---\ntitle: "News"\n---\n\n## {heading}\n\n'
        "**[Jan 2025]** Ann Author, **Bob Writer**, Cy Coder. "
        "[A model of toy boats in shallow water](https://example.org/boats). *Example Letters*.\n\n"
        "**[Dec 2024]** Bob Writer, Dee Drafter. "
        "[Toy trains on long tracks](https://example.org/trains). *Example Journal*.\n\n"
        "**[Oct 2024]** B. Writer and D. Drafter. [TOYKIT](https://example.org/kit): "
        "[A toolkit for toy boats](https://example.org/kit.pdf). *Example Software*.\n\n"
        "## Visits\n\n"
        "**[Nov 2024]** Ann Author, Bob Writer. Met in [the Example Harbour](https://example.org/h).\n"
    )
    events = _parse(page, headless=True)
    assert [(e.type, e.title) for e in events] == [
        (PAPER, "A model of toy boats in shallow water"),
        (PAPER, "Toy trains on long tracks"),
        (PAPER, "TOYKIT: A toolkit for toy boats"),
        (NEWS, "Ann Author, Bob Writer"),
    ]
    assert [e.span.start for e in events if e.span] == [
        dt.date(2025, 1, 1), dt.date(2024, 12, 1), dt.date(2024, 10, 1), dt.date(2024, 11, 1),
    ]  # fmt: skip


def test_words_still_decide_under_a_papers_heading() -> None:
    page = (
        '---\ntitle: "News"\n---\n\n## Publications\n\n'
        "- **[Jan 2025]** Gave a talk on our toy boat paper at EXCONF.\n"
        "- **[Dec 2024]** Won the best paper award at EXCONF.\n"
    )
    assert [e.type for e in _parse(page, headless=True)] == [TALK, "award"]
