"""The builders of the type tables' patterns (``feeds/parse/types/words.py``; issue 14's
mutation run, session 18).

``_phrases``, ``_entries`` and ``_by_first`` run once, at import: a test of the types an
item gets cannot tell a broken builder from a working one in a mutation run (the patterns
were built before the mutant was switched on). These tests call the builders and read what
they build against words written here from the tables' meaning: ``taught`` is an English
verb whose object says the type, ``主讲`` a Chinese verb of a talk, ``a mention of my
work`` someone else's piece (news).
"""

from __future__ import annotations

import re

import pytest

from feeds.parse.types import words

from .type_table import type_of_first

# (a text holding an English phrase of the tables, the type it says)
PHRASES = [
    ("an article in the local paper which includes a mention of my work", "news"),
    ("the press release mentioned our lab", "news"),
    ("wrote a chapter by me and a friend", "paper"),
    ("visited the institute to give a seminar", "talk"),
    ("my accepted grant proposal", "award"),
]


@pytest.mark.parametrize(("text", "type_"), PHRASES)
def test_the_phrase_pattern_finds_each_phrase_and_its_type(text: str, type_: str) -> None:
    assert words.first_phrase(words._phrases(), text) == type_


# Two phrases in one text: the one written first says the type, whichever the tables list first.
TWO_PHRASES = [
    ("visited the institute to give a seminar; the press release mentioned our lab", "talk"),
    ("the press release mentioned our lab, and I visited the institute to give a seminar", "news"),
    ("my accepted grant proposal; wrote a chapter by me and a friend", "award"),
    ("wrote a chapter by me and a friend; my accepted grant proposal", "paper"),
]


@pytest.mark.parametrize(("text", "type_"), TWO_PHRASES)
def test_the_earliest_phrase_in_the_text_says_the_type(text: str, type_: str) -> None:
    assert words.first_phrase(words._phrases(), text) == type_


def test_the_phrase_pattern_matches_whole_words_only() -> None:
    phrases = words._phrases()
    assert words.first_phrase(phrases, "it mentioned our work") is not None
    assert words.first_phrase(phrases, "unmentioned our work") is None  # inside a word
    assert words.first_phrase(phrases, "mentioned our worker") is None
    assert words.first_phrase(phrases, "gave a talk at the institute") is None  # no phrase


def _entry(pattern: str) -> tuple[str, tuple[str, str]]:
    (found,) = [(w, kind) for w, p, kind in words._entries() if p == pattern]
    return found


def test_the_entries_wrap_spaced_words_and_keep_their_role_and_type() -> None:
    wrapped, kind = _entry("taught")  # English: "taught a workshop"
    assert kind == ("object", "news")
    assert re.fullmatch(wrapped, "taught")
    assert re.search(wrapped, "we taught it") and not re.search(wrapped, "untaught")
    wrapped, kind = _entry("主讲")  # Chinese: written without spaces, matched anywhere
    assert kind == ("verb", "talk")
    assert wrapped == "主讲" and re.search(wrapped, "他主讲了")


def test_the_entries_are_one_each() -> None:
    entries = words._entries()
    assert len({wrapped for wrapped, _, _ in entries}) == len(entries)
    assert all(kind[1] in words.TYPES for _, _, kind in entries)


def test_the_entries_are_filed_under_their_first_letters() -> None:
    by_first = words._by_first()
    taught = [kind for _, pattern, kind in by_first["t"] if pattern == "taught"]
    assert taught == [("object", "news")]
    assert not any(pattern == "taught" for _, pattern, _ in by_first.get("a", []))
    assert by_first[""] == []  # every pattern of the tables has known first letters
    assert all(len(ch) == 1 for ch in by_first if ch)


# A link to a PDF whose text names what the person gave (``workshop on …``, ``talk about …``)
# is read for its words, not masked as a paper's title (``feeds/parse/types/mask.py``).
GIVEN_LINKS = [
    ("Our [workshop on survey tools](https://example.org/ws.pdf) was accepted at EXCONF.", "event"),
    ("Ran a [tutorial on toy boats at sea](https://example.org/tut.pdf) at EXCONF.", "talk"),
    ("[Keynote at EXCONF on toy boats](https://example.org/k.pdf)", "talk"),
]


@pytest.mark.parametrize(("item", "expected"), GIVEN_LINKS)
def test_a_linked_talk_or_workshop_is_read_for_its_words(item: str, expected: str) -> None:
    assert type_of_first(item) == expected


# A link to the slides or the poster that words point to ("see my [presentation]") is an
# attachment: the item is not a talk for it.
ATTACHMENT_LINKS = [
    "Back from EXCONF in Lyon; see my [presentation](https://example.org/p.pdf).",
    "A summer at the Example Lab, and my [poster](https://example.org/p.pdf).",
    "Met many friends in Lyon. See my [Presentation](https://example.org/p.pdf).",
    "Met many friends in Lyon, see our [talk slides](https://example.org/p.pdf).",
]


@pytest.mark.parametrize("item", ATTACHMENT_LINKS)
def test_an_attachment_pointed_to_makes_no_talk(item: str) -> None:
    assert type_of_first(item) == "news"


# A paper's title, linked or quoted, then "released": a paper (the title is not read).
RELEASED_TITLES = [
    "[A model of toy boats at sea](https://example.org/boats.pdf) released today.",
    '"A model of toy boats at sea" released today.',
    "“A model of toy boats at sea” released today.",
]


@pytest.mark.parametrize("item", RELEASED_TITLES)
def test_a_title_then_released_is_a_paper(item: str) -> None:
    assert type_of_first(item) == "paper"
