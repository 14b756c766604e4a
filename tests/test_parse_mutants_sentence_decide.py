"""The "main verb wins" rule (``feeds/parse/types/sentence.py`` ``decide``), two more forms:
an item's sentence in, its published ``type`` out, read through the page parser.

Written for the mutants of ``decide`` a mutation run of the merged code of session 24 left
alive (issue 14; bench/mutation_parse.md, "Session 24: the merged code"). Each row is a
news-list entry as a person writes it; the type beside it is what a reader takes the entry
for, written from its words.
"""

from __future__ import annotations

import pytest

from .type_table import type_of_first

ROWS = [
    # attending an event, and in the next sentence someone else presenting (not a clause of
    # the person's own, whatever word stands before the verb): the event
    ("Attended the EXCONF meeting in Lyon. Jane met Sam whilst presenting her poster.", "event"),
    ("Attended the EXCONF meeting in Lyon. Jane met Sam when presenting her poster.", "event"),
    # "gives" with no talk given is no verb of a type: the first of the nouns says it, the
    # paper (the workshop later in the sentence is where it belongs, not what it is)
    ("Our paper gives a tight bound for the sorting workshop.", "paper"),
    ("Our new paper gives a short proof, shown at the EXCONF workshop.", "paper"),
    # the nouns standing together are one compound: its head says it
    ("The workshop paper gives a tight bound on sorting.", "paper"),
]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_the_sentence_gives_the_type(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
