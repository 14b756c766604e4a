"""How a verb takes its type from its object or subject (``feeds/parse/types/sentence.py``
``_verb_type``), more forms: an item's sentence in, its published ``type`` out, read
through the page parser.

Written for the mutants of ``_verb_type`` a mutation run of the merged code of session 24
left alive (issue 14; bench/mutation_parse.md, "Session 24: the merged code", mutate17).
Each row is a news-list entry as a person writes it; the type beside it is what a reader
takes the entry for, written from its words.
"""

from __future__ import annotations

import pytest

from .type_table import type_of_first

ROWS = [
    # "am giving", "am teaching": the person does it (not a passive "was given"), so the
    # object says it, not the event named before
    ("At the ICML workshop I am giving a keynote.", "talk"),
    ("At the summer school I am teaching a tutorial.", "talk"),
    # "was given" with no noun before and no object near: the giving itself, a talk
    ("I was given the floor for an hour.", "talk"),
    ("I was given, at long last, the opening slot of the workshop.", "talk"),
    # a passive "given" whose object is three words on: the object says it
    ("I was given at last the best paper award.", "award"),
    # an object five words after its verb is still its object
    ("Taught in Vienna last May a tutorial on sorting.", "talk"),
    # "selected to serve": the role served in says it, however far; with none named, a
    # service
    ("I was selected to serve.", "service"),
    ("I was nominated to serve as editor of the journal.", "service"),
    (
        "I was selected to serve for the coming academic year as a visiting professor at MIT.",
        "position",
    ),
    # "got"/"get" accepted as a role: the person's role, not an accepted paper
    ("Just got accepted as a reviewer for NeurIPS.", "service"),
    ("Excited to get accepted as a reviewer for NeurIPS.", "service"),
]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_the_verb_gives_the_type(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
