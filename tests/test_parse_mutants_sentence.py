"""The "main verb wins" rule (``feeds/parse/types/sentence.py``; issue 14's mutation run,
session 19): an item's sentence in, its published ``type`` out.

Each row is a news-list entry as a person writes it; the type beside it is what a reader
takes the entry for, written from its words (see the comment on each group). The entries
are read through the page parser (``type_of_first``), never through ``decide`` itself.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from feeds.parse import parse_page

from .type_table import type_of_first

ROWS = [
    # Japanese (its main verb is the last one) with an English verb of release and no
    # object of a type: a release of software, news (``decide``: the last verb's own type)
    ("ToyBench v2 released（日本語のドキュメント付き）.", "news"),
    ("Version 2 of ToyBench released, with a guide in Japanese (日本語のガイド).", "news"),
    # a verb describing the subject of a later passive verb of a type: that verb says it,
    # whatever comes after ("which I will attend" is no talk and no paper)
    ("Our paper submitted in May was accepted at EXCONF, which I will attend in July.", "paper"),
    # a talk given in a clause of the person's own, then another verb: still a talk
    ("Attended the EXCONF workshop, where I presented our work, and visited the Example Lab.",
     "talk"),
    # a later sentence where the person presents, with no object after the verb: a talk
    ("Attending the EXCONF meeting in Lyon next week; I will present on Tuesday.", "talk"),
    # a passive verb of news is the main verb, not a description: a later passive verb
    # of a type ("the article was published") does not decide
    ("Our work is featured in Quanta Magazine; the article was published today.", "news"),
    # a later passive verb after "which"/"that"/"who" tells of something else: the first
    # verb says it ("recruiting": news, not the grant the project won)
    ("Recruiting PhD students for the project that was awarded an NSF grant.", "news"),
    # a later passive verb of news ("was featured") decides nothing: the first verb is
    # the main one, not a description (so "presented at EXCONF" is no talk here)
    ("The website we launched in May, presented at EXCONF, was featured in the newsletter.",
     "news"),
    # a verb whose object says the type: the object five words on still does ("gave …
    # interview": news, not a talk)
    ("Gave a long and very detailed interview to the local radio.", "news"),
    # with no object of a type the verb says its own ("served": service), not the next one
    ("Served on the board of the Example Society; visited its office in May.", "service"),
    # Chinese: the object right after the verb, no space between ("获得博士学位": a degree
    # earned, a position; "担任助理教授": a post held)
    ("在清华大学获得博士学位。", "position"),
    ("担任助理教授。", "position"),
    # a passive verb whose object says the type, with no noun before it: its own type
    ("Was appointed area chair for EXCONF, which I will attend.", "service"),
    # a passive verb of news with no noun before it says nothing: the next verb decides
    ("It was announced today that I will give the keynote at EXCONF.", "talk"),
    # "I was accepted to" what one goes to, named within five words: going there (a
    # summer school: an event; a fellowship: an award); named further on, the paper
    # before it is what was accepted
    ("I was accepted to the Example Deep Learning summer school, with a travel grant.",
     "event"),
    ("I was accepted to the Example Fellowship.", "award"),
    ("My first paper as a PhD student: I was accepted after two rounds of review at the "
     "EXCONF workshop.", "paper"),
    ("I was accepted for an internship at Example Corp.", "position"),
    # a paper nominated for an award named within five words (the verb's reach): an award
    ("Our paper was nominated at EXCONF Lyon for the best paper award.", "award"),
    # a subject named in a phrase ("from my talk") still says the type, unless a post
    ("The slides from my talk at EXCONF are online.", "talk"),
    # Japanese: the noun right before 掲載 ("published in") is its subject: a newspaper's
    # piece is news, not a paper
    ("研究室の取り組みが新聞掲載されました。", "news"),
    # and the noun right after it, with none before: 掲載記事 ("the article published")
    ("掲載記事：研究室の取り組みが紹介されました。", "news"),
    # nouns joined by a hyphen stand together: the last is the head (an award)
    ("Received the EXCONF poster-presentation award.", "award"),
]  # fmt: skip


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_the_sentence_gives_the_type(item: str, expected: str) -> None:
    assert type_of_first(item) == expected


def type_dated_after(item: str) -> str:
    """The type of ``item`` written with its date after it (``- item (Mar 3, 2026)``), the
    first of two entries: its text opens with its own first word, not with a date."""
    page = f"# Someone\n\n## News\n\n- {item} (Mar 3, 2026)\n- Met a friend (Feb 2, 2026).\n"
    events = parse_page(Path("news.md"), text=page)[1]
    assert [(e.span.start if e.span else None) for e in events] == [
        dt.date(2026, 3, 3),
        dt.date(2026, 2, 2),
    ]
    assert events[1].type == "news"
    return events[0].type


# Rows whose first word matters: the entry opens with it (its date comes after it).
OPENING_ROWS = [
    # "Was featured": a passive verb of news at the very start is the main verb
    ("Was featured in Quanta Magazine; the article was published today.", "news"),
    # a post named in a phrase opening the entry ("During my internship") is not what
    # was accepted: the project, a paper
    ("During my internship, the project was accepted at EXCONF.", "paper"),
]


@pytest.mark.parametrize(("item", "expected"), OPENING_ROWS)
def test_the_sentence_opening_the_entry_gives_the_type(item: str, expected: str) -> None:
    assert type_dated_after(item) == expected
