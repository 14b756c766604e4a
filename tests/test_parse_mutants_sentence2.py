"""The "main verb wins" rule (``feeds/parse/types/sentence.py``), second part: an entry
opening with a passive verb, its published ``type`` out (issue 14, session 20).

Written for the mutant of ``_verb_type`` that a mutation run left alive: a ``was`` at
the very start of the entry's words still makes the verb after it passive. Each row is a
news-list entry, the type beside it what a reader takes it for, written from its words.
"""

from __future__ import annotations

import pytest

from .type_table import type_of_first

ROWS = [
    # one was given the chance to present: a talk, whatever the work presented is
    ("Was given the opportunity to present our work at EXCONF.", "talk"),
    ("Was given the chance to present our paper at EXCONF.", "talk"),
    ("Was given 20 minutes to present our work at EXCONF.", "talk"),
]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_a_passive_verb_opening_the_entry(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
