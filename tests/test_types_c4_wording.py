"""Item types in wording seen on real homepages (issue 8, corpus C4 false talks/papers).

Each row is a news item written for this test (not copied from a site); the table reader
puts a bold month in front and checks the item count, date and type.
"""

from __future__ import annotations

import pytest

from .type_table import type_of_first

TALK, PAPER, AWARD, NEWS, EVENT = "talk", "paper", "award", "news", "event"

ROWS = [
    # a visit made to give a talk is a talk; a visit alone stays an event
    ("Visited Example University virtually to give an invited talk on toy boats.", TALK),
    ("Travelled to the toy institute to deliver a seminar on wooden trains.", TALK),
    ("Went to Example College to present a keynote at the toy symposium.", TALK),
    ("Visited Example University and met the toy boat group.", EVENT),
    # a grant proposal accepted is funding won, not a paper
    ("Thrilled about my accepted Example Foundation grant proposal!", AWARD),
    ("Our accepted fellowship application means two more years on toy boats.", AWARD),
    ("Our paper on toy boats was accepted at EXCONF 2026.", PAPER),  # still a paper
    # an outlet writing about the work is news (media), not a paper
    (
        "Example Tech News covered our work on toy trains: [Trains without fear](https://n.example.org/a).",
        NEWS,
    ),
    (
        "Example University News published [an article on our toy boat award](https://n.example.org/b).",
        NEWS,
    ),
    ("We published our toy boat study in Example Letters.", PAPER),  # our own publication
]


@pytest.mark.parametrize(("item", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_wording_gives_the_type(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
