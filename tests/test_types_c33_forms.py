"""Types of item wordings met on the held-out corpus c33; rows written for this test.

- An abstract accepted at a meeting, said as a headline ("Abstract titled “X” accepted at
  the Y Workshop", "Abstract accepted at Z 2026"), is the talk (or poster) one gives there;
  an abstract said accepted in a tense ("Ana's abstract was accepted for an oral
  presentation at X") stays a paper's acceptance, as a poster's does, and so does an
  extended abstract (a short paper) or an abstract published in a journal.
- A panel discussion one takes part in is a talk, an "expert panel discussion" too.
- A speaker series one visits or takes part in ("is visiting X for the Y seminar series",
  "is participating in the X Robotics Seminar") is a talk; visiting a place, or taking part
  in a seminar on a topic (a course), is not.
"""

from __future__ import annotations

import pytest

from .type_table import EVENT, PAPER, TALK, type_of_first

ROWS = [
    # an abstract accepted at a meeting, as a headline: a talk
    ("Abstract titled “Deep maps of river deltas” accepted at the 4th Lake Workshop.", TALK),
    (
        "Abstract titled “Rivers in Python” accepted at the Hill Python Summit as a short talk.",
        TALK,
    ),
    ("Abstract entitled “Sediment in motion” accepted at RiverConf 2026.", TALK),
    ("Abstract accepted at HydroSym 2026.", TALK),
    # an abstract accepted in a tense, an extended abstract, a published abstract: a paper
    ("Ana's abstract was accepted for an oral presentation at the Lake Congress 2025.", PAPER),
    ("Our abstract “Deep maps” was accepted at HydroSym 2026.", PAPER),
    ("Extended abstract accepted at the Lake Workshop on Maps.", PAPER),
    ("Our abstract on deltas was published in the Lake Journal.", PAPER),
    # a panel discussion taken part in: a talk
    ("Ana participates in an expert panel discussion at the Lake Symposium on rivers.", TALK),
    ("Ana took part in a panel discussion at the River Forum.", TALK),
    # a speaker series visited or taken part in: a talk
    ("Ana is visiting Hill University for the Delta seminar series. She will talk on maps.", TALK),
    ("Ana visited the Lake Institute for their colloquium series.", TALK),
    ("Ana is participating in the Hill Robotics Seminar.", TALK),
    ("Ana took part in the Lake Geography Colloquium.", TALK),
    # a visit, a course or a school: no talk
    ("Ana is visiting Hill University this week.", EVENT),
    ("Ana participated in a seminar on scientific writing at the library.", EVENT),
    ("Ana is participating in the Lake Summer School.", EVENT),
]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_c33_forms(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
