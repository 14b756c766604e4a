"""The texts a type-table pattern can begin with (``feeds/parse/types/heads.py``; issue 14's
mutation run, session 19). Each expectation is written here from the pattern: the
characters or texts every match of it begins with (``None``: not known, tried everywhere)."""

from __future__ import annotations

import pytest

from feeds.parse.types.heads import first_chars, heads

FIRST_CHARS = [
    ("talk", {"t"}),
    ("[dD]emo", {"d", "D"}),
    ("[ab]?c", {"a", "b", "c"}),  # an optional class: the next character may begin it
    ("x*yz", {"x", "y"}),
    ("q{0,2}r", {"q", "r"}),
    ("(?:gave|give)n?", {"g"}),
    ("(?:a|b)c", {"a", "b"}),
    ("(?:a|(?:b|c)d)e", {"a", "b", "c"}),  # nested groups
    (r"(?:a\)|b)c", {"a", "b"}),  # an escaped parenthesis closes nothing
    ("(?:ab)?c", {"a", "c"}),  # an optional group: what follows may begin it
    ("(?:a|b)*c", {"a", "b", "c"}),
    ("(?:(?:a|b)c|d)e", {"a", "b", "d"}),  # a bar after a nested group divides
    ("(?:[ab]|c)d", {"a", "b", "c"}),  # a bar after a class divides
    ("(?:[|a]b|c)d", {"|", "a", "c"}),  # a bar inside a class divides nothing
    (r"(?:a\.|b)?c", {"a", "b", "c"}),  # an escaped character opens no group
    ("[ab]c[de]", {"a", "b"}),  # the first class only
    ("X-ray", {"X"}),
    # forms it does not know: any character may begin them
    (r"\w+", None),
    (r"a?\w", None),  # optional, then unknown
    (".x", None),
    ("[a-z]x", None),  # a range
    (r"[\d]x", None),  # an escape in a class
    ("[^a]x", None),  # a negated class
    ("(?:a|.)b", None),  # one branch unknown
    ("", None),
]


@pytest.mark.parametrize(("pattern", "expected"), FIRST_CHARS)
def test_first_chars(pattern: str, expected: set[str] | None) -> None:
    assert first_chars(pattern) == expected


HEADS = [
    ("talk", {"talk"}),
    ("papers?", {"paper"}),  # the "s" may be absent
    ("present(?:ed|ing)?", {"present"}),
    ("sp(?:oke|eak)", {"sp"}),
    ("won|wins", {"won", "wins"}),  # top-level branches
    ("(?:gave|give)n", {"gave", "give"}),
    ("(?:a|bc)?de", {"a", "bc", "de"}),  # an optional group: what follows may begin it
    ("(?:a|bc){0,2}de", {"a", "bc", "de"}),
    ("(?:a|bc){,2}de", {"a", "bc", "de"}),
    ("(?:a|b|(?:cd|ef))g", {"a", "b", "cd", "ef"}),
    ("[ab]c", {"a", "b"}),  # a class: its characters
    (r"(?:a\|b|c)d", {"a", "c"}),  # an escaped bar divides nothing
    (r"x\(y|z", {"x", "z"}),
    ("ab+c", {"a"}),  # a repeated letter ends the sure run
    ("ab*c", {"a"}),
    ("(?:ab)*c", {"ab", "c"}),
    ("(?:a|b){0,2}c{2}", {"a", "b", "c"}),
    ("(?:a|b)c|d", {"a", "b", "d"}),  # a top-level bar after a group
    ("ab{2}c", {"a"}),
    # not known
    ("[]x]", None),
    ("[^]x]", None),
    (r"\w+", None),
    ("(?:a|.)b", None),
    (r"(?:a|b)?\w", None),  # an optional group, then unknown
    ("(?:ab", None),  # a group never closed
]


@pytest.mark.parametrize(("pattern", "expected"), HEADS)
def test_heads(pattern: str, expected: set[str] | None) -> None:
    assert heads(pattern) == expected
