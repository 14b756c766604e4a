"""feeds.lazy_pattern: a pattern compiled on first use behaves as the compiled one."""

from __future__ import annotations

import re

import pytest

from feeds.lazy_pattern import beyond, lazy


def test_a_lazy_pattern_is_compiled_only_when_first_used() -> None:
    broken = lazy("(")  # re.compile("(") raises; creating the lazy one does not
    with pytest.raises(re.error):
        broken.search("x")


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    words = lazy(r"(\w)(\w*)", re.I)
    assert words.findall("Ab cd") == [("A", "b"), ("c", "d")]
    assert words.sub(r"\2\1", "Ab cd") == "bA dc"
    assert [m.span() for m in words.finditer("Ab cd")] == [(0, 2), (3, 5)]
    assert words.match(" x") is None
    assert words.search(" x").group(1) == "x"  # type: ignore[union-attr]
    assert words.fullmatch("xyz") is not None
    assert words.split("a b", maxsplit=1) == ["", "a", "", " b"]
    assert words.pattern == r"(\w)(\w*)" and words.groups == 2


@pytest.mark.parametrize(
    ("text", "first", "expected"),
    [("", "\u3040", False), ("Zürich – 2024", "\u3040", False), ("東京", "\u3040", True),
     ("ab", "b", True), ("ab", "c", False)],
)  # fmt: skip
def test_beyond_says_whether_a_character_is_at_or_after_another(
    text: str, first: str, expected: bool
) -> None:
    assert beyond(text, first) is expected
