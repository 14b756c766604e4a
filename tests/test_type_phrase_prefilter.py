"""What lets a type phrase or a call go unsearched (``feeds/parse/types/heads.py``:
``plain_heads``, ``needed``): texts one of which begins, or is held by, every match. Each
expectation is written here from the pattern; a text holding none of them has no match.
And the phrase found with these tests is the one a search of every phrase finds."""

from __future__ import annotations

import re

import pytest

from feeds.parse.types.heads import needed, plain_heads
from feeds.parse.types.words import _PHRASES, first_phrase

NEEDED = [
    ("talk", ("talk",)),
    ("gave (?:a|the) talk", ("gave ",)),  # the longest run (ties: the first)
    ("(?:gave|give) talks?", (" talk",)),
    ("(?:wrote|ran) (?:an? )?(?:article|story)", ("article", "story")),  # a group that must match
    ("sp(?:oke|eak)", ("eak", "oke")),  # its shortest (3) beats "sp" (2)
    (r"(?<!of )\w+ released", (" released",)),  # a look-behind holds nothing of the match
    ("x(?:yz)?w", ("x",)),  # an optional group need not match ("x" first, as long as "w")
    ("(?:ab)+c", ("ab",)),  # a repeat at least once must
    ("(?:ab|c)d", ("ab", "c")),  # a branch's shortest decides: "c" ties "d", first kept
    ("(?:ab|cd)e", ("ab", "cd")),
    ("(?:abc|de)f", ("abc", "de")),
    # nothing known
    (r"\w+", None),
    ("(?:ab|.)c?", None),  # one branch needs nothing
    ("(?i)talk", None),  # ignoring case: "TALK" holds no "talk"
    ("(?i:talk)", None),
    ("[ab]c?", None),
]


@pytest.mark.parametrize(("pattern", "expected"), NEEDED)
def test_needed(pattern: str, expected: tuple[str, ...] | None) -> None:
    assert needed(pattern) == expected


PLAIN_HEADS = [
    (("call for ", "cfps?"), ("call for ", "cfp")),
    (("(?:appel|aufruf) zur",), ("appel", "aufruf")),  # a group: its branches' heads
    ((r"(?<!\w)talk", "talk"), None),  # a look-behind: its heads are not known
    (("talk", r"\w+"), None),
    (("σύνοδος",), None),  # a sigma lowers as its neighbours say
]


@pytest.mark.parametrize(("patterns", "expected"), PLAIN_HEADS)
def test_plain_heads(patterns: tuple[str, ...], expected: tuple[str, ...] | None) -> None:
    assert plain_heads(*patterns) == expected


SENTENCES = [
    "gave a talk on the podcast",
    "our code is released today",
    "she was interviewed; the article covering our work is out",
    "spoke about ponds on the radio last week",
    "nothing here says anything at all",
    "thrilled that sam 2025 was selected for cvpr 2025 today",
    "new software · released after review",
    "the journal published a profile of our lab",
    "to give a talk after we spoke about ponds on the radio",  # a later-listed phrase first
]


@pytest.mark.parametrize("text", SENTENCES)
def test_first_phrase_is_the_earliest_of_all(text: str) -> None:
    found = [(m.start(), k) for k, (p, *_) in enumerate(_PHRASES) if (m := p.search(text))]
    expected = _PHRASES[min(found)[1]][1] if found else None
    assert first_phrase(_PHRASES, text) == expected


def test_a_skipped_phrase_cannot_match() -> None:
    """Every phrase with known needed texts: a sentence holding none has no match."""
    for pattern, _, _, needs in _PHRASES:
        for text in SENTENCES:
            if needs is not None and not any(need in text for need in needs):
                assert re.search(pattern, text) is None
