"""How an item's label and words give its type (``feeds/parse/types/__init__.py``), third
part (issue 14, session 21): an entry in, its published ``type`` out, written from the
entry's words.

Written for the mutants of ``type_of`` that a mutation run left alive: a label naming an
event (``Conference``, ``Workshop``) says where, not what: the words say what was done
there (a talk given, a paper accepted, a prize won); only when they say nothing else is
the item an event. A venue tag with its year in brackets opening the entry (``[EXCONF
2025] …``) says the work is at that venue: a paper when the words say nothing else.
"""

from __future__ import annotations

import pytest

from .type_table import type_of_first


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("**Conference:** Presented our paper on graph learning at EXCONF 2026.", "talk"),
        ("**Workshop:** Gave a talk at the Example Workshop.", "talk"),
        ("**Workshop:** Our paper was accepted at the Example Workshop.", "paper"),
        ("**Conference:** Won the best paper award at EXCONF.", "award"),
        # the words say no other type: the label's
        ("**Conference:** EXCONF 2026 in Lisbon.", "event"),
    ],
)  # fmt: skip
def test_an_event_label_says_where_the_words_say_what(item: str, expected: str) -> None:
    assert type_of_first(item) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("[EXCONF 2025] Graph sorting for small boards.", "paper"),
        ("[EXCONF 2025] A new variant of graph sorting for small boards.", "paper"),
        # no year: no venue; no venue at all
        ("[EXCONF] Graph sorting for small boards.", "news"),
        ("[Lab news] Graph sorting for small boards.", "news"),
    ],
)  # fmt: skip
def test_a_venue_tag_with_its_year_makes_a_paper(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
