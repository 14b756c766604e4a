"""How an item's label, words and links give its type (``feeds/parse/types/__init__.py``;
issue 14's mutation run, session 19): an entry in, its published ``type`` out, written
from the entry's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.parse import parse_page
from feeds.parse.types import classify

from .type_table import type_of_first


# A label that names a type wins over the words (a listing's category: "Invited Talk");
# one that names none leaves them to decide.
@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("Met a friend in Lyon.", "Invited Talk", "talk"),
        ("Met a friend in Lyon.", "Paper release", "paper"),
        ("Gave a talk in Lyon.", "Misc", "talk"),
        ("Met a friend in Lyon.", "Misc", "news"),
    ],
)
def test_a_label_naming_a_type_wins(text: str, label: str, expected: str) -> None:
    assert classify(text, label=label) == expected


# An entry that is only a linked title (a PDF): the title is not read as the entry's
# words first, but when nothing else is left it is read after all ("keynote": a talk).
@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("[The keynote of EXCONF 2026, toy boats at sea](https://example.org/keynote.pdf)", "talk"),
    ],
)
def test_a_title_that_is_all_there_is_is_read(item: str, expected: str) -> None:
    assert type_of_first(item) == expected


# A headline without a verb opening the text ("Keynote:") says what the rest is about
# when the rest's words say nothing more than news ("slides posted").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Keynote: slides posted.", "talk"),
        ("Keynote: we present toy boats at sea.", "talk"),
        ("Our first keynote in Lyon: slides posted.", "talk"),  # five words: a headline
        # six words before the colon are no headline: "slides posted" is news, whatever
        # the words before name
        ("For those who missed the workshop: slides posted.", "news"),
        # words before a colon that hold a verb are no headline: the whole sentence decides
        ("Presented at EXCONF: our paper on toy boats.", "talk"),
    ],
)
def test_a_headline_says_what_the_rest_is_about(text: str, expected: str) -> None:
    assert classify(text) == expected


# A title of twelve characters linked to a PDF is a paper's title, not read for its words
# ("Giving talks" released: a paper).
def test_a_short_linked_title_is_not_read() -> None:
    assert type_of_first("[Giving talks](https://example.org/giving.pdf) released.") == "paper"


# Under a heading that lists papers, an entry whose words say nothing is a paper; a heading
# of five words or more that names papers among others is a menu, not such a list.
@pytest.mark.parametrize(
    ("heading", "expected"),
    [("Recent papers", "paper"), ("Home Papers Talks Teaching Contact", "news")],
)
def test_a_papers_heading_makes_papers(heading: str, expected: str) -> None:
    page = f"# Someone\n\n## News\n\n### {heading}\n\n- **Mar 2026:** Toy boats at sea.\n"
    (event,) = parse_page(Path("news.md"), text=page)[1]
    assert event.type == expected


# A news label ("Press") keeps the item news unless the words after it tell of a talk
# given; its words are read from after the label when it opens the entry, within its
# first 40 characters (after a date), and the label word itself is not read as news.
PRESS_ROWS = [
    ("**Press** Our keynote at the Press Club (Mar 3, 2026).", "talk"),
    ("September 28, 2026 – December 22, 2026: **Press** Our keynote at EXCONF.", "talk"),
    # 41 characters in: no longer the opening label, its word is read ("press": news)
    ("September 28, 2026 – September 22, 2027: **Press** Our keynote at EXCONF.", "news"),
]


@pytest.mark.parametrize(("item", "expected"), PRESS_ROWS)
def test_a_news_label_reads_the_words_after_it(item: str, expected: str) -> None:
    page = f"# Someone\n\n## News\n\n- {item}\n- Met a friend (Feb 2, 2026).\n"
    first, second = parse_page(Path("news.md"), text=page)[1]
    assert (first.kind, second.type) == ("Press", "news")
    assert first.type == expected
