"""How an item's label, words and links give its type (``feeds/parse/types/__init__.py``),
second part (issue 14, session 20): an entry in, its published ``type`` out, written from
the entry's words.

Written for the mutant of ``classify`` that a mutation run left alive: when the paper
title linked to a PDF is all there is, the title is read after all, and an attachment's
text in it (``poster``) is read with it, not masked as a title.
"""

from __future__ import annotations

import pytest

from .type_table import type_of_first


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # the poster presented at a conference, linked, and the poster itself: a talk
        ("[The EXCONF 2026 poster on graph learning](https://example.org/p.pdf) "
         "[poster](https://example.org/q.pdf)", "talk"),
    ],
)  # fmt: skip
def test_a_linked_title_read_after_all_keeps_its_words(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
