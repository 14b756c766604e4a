"""``venue_badges.venue_tag_at`` reads a square-bracket tag with the bracket of
``dates.venue_tag.TAG`` (one pattern, no copy): the same outputs as before the two were
made one, written out here (the tag's text and where it ends, or ``None``)."""

from __future__ import annotations

import re

import pytest

from feeds.parse.dates.venue_tag import BRACKET, TAG
from feeds.parse.venue_badges import venue_tag_at


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("[ICML 2025] Our paper", 0, ("ICML 2025", 11)),
        ("**Oral** [ICML 2025] Our paper", 8, ("ICML 2025", 20)),
        ("x  [NeurIPS'24] y", 1, ("NeurIPS'24", 15)),
        ("(CVPR 2025) Our paper", 0, ("CVPR 2025", 11)),
        ("[abc]", 0, ("abc", 5)),
        ("[ab] paper", 0, None),  # too short
        ("[" + "x" * 48 + "]", 0, ("x" * 48, 50)),
        ("[" + "x" * 49 + "]", 0, None),  # too long
        ("[ICML\n2025]", 0, None),  # one line only
        ("[[ICML 2025]]", 0, None),  # a bracket inside
        ("🎉 [ICML 2025] x", 0, None),  # only spaces before it, unlike TAG's opening
        ("[ICML 2025 x", 0, None),
        ("Our [ICML 2025] paper", 0, None),  # not at start
        ("(ab) x", 0, None),
        ("(CVPR (2025)) x", 0, None),
    ],
)
def test_venue_tag_at(text, start, expected):
    assert venue_tag_at(text, start) == expected


def test_the_square_branch_is_tags_bracket():
    """One bracket pattern: TAG's, standing in venue_tag_at's pattern."""
    import feeds.parse.venue_badges as badges

    assert TAG.pattern.endswith(BRACKET) and BRACKET in badges._TAG_AT.pattern
    assert re.compile(BRACKET).groupindex.keys() == {"body"}
