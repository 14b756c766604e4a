"""Item types in forms read on held-out homepages (c36; rows written for these tests).

- "accepted" said of the person is not a paper: accepted as a student volunteer (service),
  accepted to attend a meeting (going there, an event), accepted to a meeting's mentoring
  programme (an event); a headline "Accepted as a …" is the person too. A poster accepted
  for a student research competition (SRC) is presented there: a talk; other posters
  accepted stay papers.
- A work's reception in the press is news, not the paper: "our paper was showcased in X",
  "is getting some well-deserved attention … thank you X for the coverage" (not an
  "attention" model).
- A roster of invited speakers under what one organises ("Invited speakers: A, B") is
  others' talks: the item stays the event; "an invited speaker at X" is one's own talk.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.parse import parse_page

from .type_table import EVENT, NEWS, PAPER, SERVICE, TALK, type_of_first

ROWS = [
    # the person accepted: a role, a meeting, a programme
    ("Accepted as a Student Volunteer at the Lake Conference 🎉!", SERVICE),
    ("I was accepted as a student volunteer for the Delta Symposium.", SERVICE),
    ("I was accepted to attend the Pond Lake Grad Cohort Workshop as an invitee!", EVENT),
    ("I was also accepted to the Lake Society's Student Mentoring Program.", EVENT),
    # a work accepted stays a paper
    ("Accepted as a poster at the Lake Conference: our flood maps paper.", PAPER),
    ("Our paper on flood maps was accepted to the Lake Conference.", PAPER),
    ("Accepted to the Lake Conference: our flood maps paper.", PAPER),
    # a student research competition's poster is presented there
    (
        "My in-progress research on river gauges was accepted as a SRC poster at the Delta"
        " Symposium!",
        TALK,
    ),
    ("Our flood maps work was accepted as a poster at the Lake Conference.", PAPER),
    # a work's reception
    ("Our Lake Conference paper was showcased in the department's conference round-up!", NEWS),
    (
        "Our recent paper is getting some well-deserved attention. Thank you Delta News for"
        " the coverage!",
        NEWS,
    ),
    ("Our paper on sparse attention models was accepted at the Lake Conference.", PAPER),
]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_c36_forms(item: str, expected: str) -> None:
    assert type_of_first(item) == expected


ORGANISED = """# Someone

## News

- **Apr 2025** I am organizing the first **Pond AI Workshop** at the University of Lakes.
  - **Organizers:** [Ann Reed](https://a.example.org/) (UL), Bo Heron.
  - **Invited speakers:** [Ann Reed](https://a.example.org/) (UL), [Cy Teal](https://c.example.org/).
- **Mar 2025** Attended the Delta Symposium.
  - Gave a talk on our flood maps there.
- **Feb 2025** Invited speaker at the Delta Symposium.
"""


def test_a_roster_of_speakers_is_not_a_talk_of_ones_own() -> None:
    events = parse_page(Path("news.md"), text=ORGANISED)[1]
    assert [e.type for e in events] == [EVENT, TALK, TALK]
