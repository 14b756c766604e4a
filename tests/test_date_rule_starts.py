"""The first-character lookahead put in front of each date rule (feeds.parse.dates.starts):
every character a match can start with, read from the pattern; nothing when that is not
known, so the rule is tried as before."""

from __future__ import annotations

import pytest

from feeds.parse.dates import RULES, match_prefix, match_suffix
from feeds.parse.dates.starts import lookahead

CASES = [  # (pattern, the lookahead written from it)
    (r"(?P<d>[0-3]?\d)\.", r"(?=[0-3\d])"),  # an optional digit, then any digit
    (r"(?:mon|tue)?,?\s*x", ""),  # optional words, then white space (any of many): unknown
    (r"(?:(?:mon|fri)[a-z]*\s+)?(?P<m>jan|feb)", "(?=[fjm])"),  # optional weekday, month
    (r"\bQ[1-4]", "(?=[Q])"),  # \b matches no character
    (r"(?<=\s)(?=\d)20\d\d", "(?=[2])"),  # lookarounds neither
    (r"['’]\d\d", "(?=['’])"),
    (r"[+\-]\d", r"(?=[\+\-])"),  # a dash stays a character in the class
    (r".x", ""),  # any character
    (r"[^a]b", ""),  # a negated set
    (r"\wb", ""),
    (r"(?:ab)?", ""),  # can match nothing at all
    (r"(?P<y>\d)(?P=y)", r"(?=[\d])"),
]


@pytest.mark.parametrize(("pattern", "expected"), CASES)
def test_the_lookahead_holds_every_character_a_match_can_start_with(pattern, expected):
    assert lookahead(pattern) == expected


def test_every_date_rule_gets_one():
    assert all(lookahead(rule.PATTERN) for rule in RULES)


@pytest.mark.parametrize(
    "text",
    ["Talk at MIT (Nov 18, 2022)", "Talk (Mon, 3 MARCH 2025)", "Paper (2023-05-01)", "(Q3 2024)",
     "Talk (Feb'18)", "Talk (１８ Nov 2022)", "Talk (Fall 2022)", "Talk (SS 2024)"],
)  # fmt: skip
def test_dates_read_with_the_lookaheads_are_the_dates_read_without(text, monkeypatch):
    import feeds.parse.dates.grammar as dates

    found = match_suffix(text), match_prefix(text[text.index("(") :])
    for cached in (dates._suffix, dates._prefix):
        cached.cache_clear()
    monkeypatch.setattr(dates, "lookahead", lambda pattern: "")
    try:
        assert (match_suffix(text), match_prefix(text[text.index("(") :])) == found
    finally:
        for cached in (dates._suffix, dates._prefix):
            cached.cache_clear()
