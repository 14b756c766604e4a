"""Asides in parentheses (``types/asides.py``, issue 14): a role read in an aside (a
position, a service) types an item only when the main clause leaves the type open.

Each row is a news item in, the type a reader gives it out; written here from the words.
"""

from __future__ import annotations

import pytest

from .type_table import type_of_first

ARXIV = "https://arxiv.org/abs/2311.00001"

ROWS = [
    # the main clause says nothing, and links no paper: the aside's role stands
    ("Cogs and gears (A. Student joined GearLab as a postdoc).", "position"),
    # the main clause says news, and links a paper: a paper
    (f"Released [widget code]({ARXIV}) (A. Student joined GearLab as a postdoc).", "paper"),
    # the main clause says a talk, and links a paper: the talk stands
    (
        f"Gave a talk on [our paper]({ARXIV}) at CogConf (my student joined GearLab as a postdoc).",
        "talk",
    ),
    # an aside glued to the word before it: that word stays a word
    ("Our new preprint(who just joined the lab).", "paper"),
    # asides inside asides: every one is set aside
    ("Gave a talk at CogConf (with A. Student (who joined GearLab as a postdoc)).", "talk"),
    ("Served on the program committee of CogConf (my student joined GearLab).", "service"),
]


@pytest.mark.parametrize(("item", "want"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_a_role_in_an_aside(item: str, want: str) -> None:
    assert type_of_first(item) == want
