"""Item types in forms seen on real homepages of corpus C7 (issue 8): a work named in
quotes and "released" with no paper link is a paper (cause F); a link to an attachment,
"Poster", "Slides", "Video" (also "Sam's Poster", "[Talk slides]"), never makes an item a
talk by itself (cause G). Every row is written for this test in the form people use (not
copied from a site); the test puts a bold date in front and checks the item count, date
and type.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.parse import parse_page

from .type_table import type_of_first

TALK, PAPER, AWARD, POSITION = "talk", "paper", "award", "position"
NEWS = "news"

# F: a quoted title released (on a project page, on GitHub, on the web) is a paper
RELEASED = [
    (
        '🔥"Toy Scaling: Rethinking Small Models for Big Tasks" released on '
        "[Project Page](https://github.com/someone/toy)",
        PAPER,
    ),
    (
        '🔥 "Toy Agents: Evaluating Small Robots in Realistic Kitchens" released on '
        "[Project Page](https://toy.example.org/)",
        PAPER,
    ),
    (
        "“Can a Toy Boat Float? Measuring Buoyancy at Scale” is released on "
        "[GitHub](https://github.com/someone/boat)",
        PAPER,
    ),
    ('"A Toy Survey of Paper Boats and Their Sails" has been released!', PAPER),
    (
        'Our dataset "ToyBench: Ten Thousand Toy Boats" released on '
        "[Hugging Face](https://huggingface.co/datasets/x/y)",
        NEWS,
    ),
    (
        'The code of "Toy Scaling: Small Models for Big Tasks" released on '
        "[GitHub](https://github.com/someone/toy)",
        NEWS,
    ),
    ('Gave a talk on "Toy Scaling: Small Models for Big Tasks" at Example University', TALK),
]

# G: an attachment's link text says nothing about what the item is
ATTACHMENTS = [
    (
        "Congratulations to Sam who just finished an undergraduate thesis! "
        "([Sam's Poster](/files/sam.pdf))",
        NEWS,
    ),
    ("Our paper on toy boats was accepted at EXCONF. [Poster](/p.pdf) [Slides](/s.pdf)", PAPER),
    ("Alex joined the lab as a PhD student ([Video](https://example.org/v))", POSITION),
    ("Won the best student prize at EXCONF [Slides](/s.pdf)", AWARD),
    ("Toy boats in the wild. [Talk slides](/s.pdf) [Video](https://example.org/v)", NEWS),
    ("Presented a poster at EXCONF on toy boats ([Poster](/p.pdf))", TALK),
    ("Invited talk at Example University. [Slides](/s.pdf)", TALK),
]

# other c7 forms: a poster shown or a speech given in a second clause (Chinese), alumni
# "graduated ten years" are no graduation, a news label keeps an item news unless it tells
# of a talk given, a paper named with a comma before a colon is no headline
OTHERS = [
    ("祝贺王五受邀参加示例会议线下分享会，并做墙报展示。", TALK),
    ("李四作为毕业十年校友代表受邀出席示例座谈会并发言。", TALK),
    ("张三博士毕业，加入示例大学。", POSITION),
    ("赵六参加示例研讨会并在会场门口合影留念。", "event"),
    ("**媒体报道** 李四出席示例座谈会并发言。", TALK),
    ("**媒体报道** 示例日报报道了我们的论文被示例会议接受。", NEWS),
    ("**Press** Our paper on toy boats was accepted at EXCONF.", NEWS),
    ("My manuscript, Toy Boats: A Bayesian Approach, was completed and is under review.", NEWS),
    (
        "🎉 Very happy to see [Toy Boats as Markov Chains](https://arxiv.org/abs/2410.00001) "
        "featured in [Example Magazine](https://example.org/m)!",
        NEWS,
    ),
    ("[Toy Boats as Markov Chains](https://arxiv.org/abs/2410.00001) is now available.", PAPER),
    (
        "Congratulations to Sam who just finished a thesis! "
        "(<a href='/files/sam.pdf'>Sam's Poster</a>)",
        NEWS,
    ),
]

ROWS = RELEASED + ATTACHMENTS + OTHERS


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_c7_form_type(item: str, expected: str) -> None:
    assert type_of_first(item) == expected


def test_a_link_written_as_html_is_a_link_of_the_item() -> None:
    page = (
        "# Me\n\n## News\n\n- **Mar 2026:** Our paper was published. Check it out "
        "<a href='https://example.org/p.pdf'>here</a> or <a href=\"/s.pdf\">Slides</a>.\n"
    )
    (event,) = parse_page(Path("news.md"), text=page, site_root="https://me.example.org/")[1]
    assert [(link.text, link.url) for link in event.links] == [
        ("here", "https://example.org/p.pdf"),
        ("Slides", "https://me.example.org/s.pdf"),
    ]
    assert event.type == PAPER
