"""Item types in forms seen on real homepages (issue 8, corpus C4, causes B1-B4).

Every row is a news item written for this test in the form people use (not copied from a
site); the test puts a bold date in front and checks the item count, date and type.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from feeds.parse import parse_page

from .type_table import type_of_first

TALK, PAPER, SERVICE, EVENT, NEWS = "talk", "paper", "service", "event", "news"
POSITION = "position"

ROWS = [
    # B1: the verb the person does wins over "our work on …" after it
    ("I gave a talk about our work on sorting toy boats at the harbour meeting.", TALK),
    ("I gave a lightning talk about our work on toy trains at EXCONF 2017.", TALK),
    ("Gave a short talk about my work on toy engines at the spring school.", TALK),
    ("We will talk about our toy boat study at the harbour meeting.", TALK),
    ("Talked about our new preprint at the toy colloquium.", TALK),
    ("Our work on toy boats appeared in Example Letters.", PAPER),  # still a paper
    # B2: someone else's article about the person's work is news (media), not a paper
    (
        "Jo Writer published an [article in Example Nature](https://news.example.org/a) on "
        "how toys are used in science, which includes a mention of my work.",
        NEWS,
    ),
    (
        "An article covering our toy boat simulator appeared in "
        "[Example Science Weekly](https://weekly.example.org/b).",
        NEWS,
    ),
    ("A story featuring our lab's toy trains appeared in the Example Gazette.", NEWS),
    ("The Example Times mentions our work on toy safety.", NEWS),
    ("My interview about toy boats appeared in the Example Gazette.", NEWS),
    ("We published an article in Example Nature on toy boats.", PAPER),  # our own article
    ("Our article on toy boats appeared in Example Letters.", PAPER),
    # B3: a book chapter is a paper
    (
        "[Toy Gems II](https://books.example.org/gems) is available now online for free, "
        "and includes a chapter by me on toy tables!",
        PAPER,
    ),
    ("Our book chapter on toy boats is now available.", PAPER),
    ("Parution de l'ouvrage collectif *Les jouets* (Exemple), avec un chapitre co-écrit.", PAPER),
    ("Mon chapitre sur les bateaux est paru dans l'ouvrage *Les jouets*.", PAPER),
    # B4: presenting while attending is a talk; attending alone stays an event
    (
        "I attended the Toy Undergraduate Consortium, and met many people while presenting "
        "my research on toy boats.",
        TALK,
    ),
    ("Attended the toy workshop at EXCONF, where I presented our poster.", TALK),
    ("I attended a workshop on toy boats.", EVENT),
    ("Attended the toy workshop, while on leave from the lab.", EVENT),
    ("J'ai participé au congrès Jouets, où j'ai présenté mes travaux sur les bateaux.", TALK),
    ("Chaired a session at EXCONF, where I presented our toy boat poster.", TALK),
    ("Chaired a session at EXCONF on toy boats.", SERVICE),
    # found with the news pages these causes opened (friscolt-like forms)
    ("I had the pleasure to be Presentation Chair at the toy boat workshop at EXCONF.", SERVICE),
    ("I have been accepted to do my PhD in toy engineering at Example University.", POSITION),
    ("I was accepted into the PhD program at Example University.", POSITION),
    ("Our paper was accepted to the EXCONF workshop program.", PAPER),
    ('Our conference paper "Floating toy boats" is now available at Example Press.', PAPER),
]


def _parse(page: str):
    return parse_page(Path("news.md"), text=page)[1]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_c4_form_type(item: str, expected: str) -> None:
    assert type_of_first(item) == expected


def test_a_menu_heading_naming_publications_is_no_papers_section() -> None:
    """A navigation line as a heading (``### [Home](/) • [Publications](/pubs) • News``) over
    the news does not make the items whose words say nothing papers."""
    page = (
        "---\ntitle: News\n---\n\n## Updates and news\n\n"
        "### [Home](/) • [Publications](/publications) • News • [CV](/cv)\n\n### 2024\n\n"
        "- Jul 1, 2024: I have arrived in Lyon for my second stay.\n"
    )
    events = _parse(page)
    assert [(e.span.start if e.span else None, e.type) for e in events] == [
        (dt.date(2024, 7, 1), NEWS)
    ]
