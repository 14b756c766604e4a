"""The "main verb wins" rule (``feeds/parse/types/sentence.py``), second part: a news
entry in, its published ``type`` out (issue 14, session 20).

Written for the mutants of ``_verb_type`` and ``_my_talk_later`` that a mutation run left
alive: a ``was`` at the very start of the entry's words still makes the verb after it
passive; an object right after its verb (no space between, as in Chinese) is its object.
Each row is a news-list entry, the type beside it what a reader takes it for, written
from its words.
"""

from __future__ import annotations

import pytest

from .type_table import type_of_first

ROWS = [
    # one was given the chance to present: a talk, whatever the work presented is
    ("Was given the opportunity to present our work at EXCONF.", "talk"),
    ("Was given the chance to present our paper at EXCONF.", "talk"),
    ("Was given 20 minutes to present our work at EXCONF.", "talk"),
    # a later sentence where the person serves as a speaker (担任报告人, written right after
    # the verb, as Chinese is): a talk
    ("Attended EXCONF 2024 in Beijing. There I 担任报告人.", "talk"),
]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_a_passive_verb_opening_the_entry(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
