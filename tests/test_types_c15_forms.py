"""Item types in forms of the held-out corpus C15 (issue 8), each written for this test in
the way people write them (not copied from a site), with the neighbours that must keep
their type. The test puts a bold month in front and checks the count, date and type
(:func:`.type_table.type_of_first`).

- B: "is accepted at X, with a featured certification": what follows the venue is no object
  of a passive verb ("published an opinion piece" stays news).
"""

from __future__ import annotations

import pytest

from .type_table import type_of_first

TALK, PAPER, AWARD, EVENT, NEWS, POSITION = "talk", "paper", "award", "event", "news", "position"


CERTIFIED = [
    (
        "[GIFT](/publications#g) is accepted at TOYML 2026, with a "
        "[Featured Certification](https://toyml.example.org).",
        PAPER,
    ),
    ("Our paper is accepted to TOYML with a Featured Certification!", PAPER),
    ("[Toy Net](https://toy.example.io) was accepted at TOYML (Featured Certification).", PAPER),
    (
        "[Toy Net](https://toy.example.io) has been accepted to TOYML with a Survey Certification.",
        PAPER,
    ),
    (
        "Toy Net is accepted at TOYML, with a featured certification and a code certification.",
        PAPER,
    ),
    (
        "Our work on toy boats has been published in TOYML, with an Outstanding Certification.",
        PAPER,
    ),
    ("[Toy Net](https://toy.example.io) is accepted at TOYML and featured in the Toy News.", PAPER),
    ("Published an opinion piece in the popular outlet Example Daily.", NEWS),
    ("Published a blog post about our work on widgets.", NEWS),
]


ROWS = CERTIFIED


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_c15_form_type(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
