"""Item types in forms read on the probe corpora in session 30 (rows written for these tests,
in the way people write them; the test puts a bold month in front and checks the count,
date and type, :func:`.type_table.type_of_first`).

- A work released under its name and said what it is, in an apposition, is a paper, as "We
  present X, a simple method" is: "We release X, a method for Y", "We have released X, an
  offline RL framework". What is released that is no paper stays news ("We release the code
  of X, a …", "our dataset X, a benchmark …", a model as its weights are: "We release X, a
  multimodal model"), and so does "We released X, which is …".
- A tutorial, a competition or a challenge a meeting accepts is one the person runs there
  (an event, as an accepted workshop or tutorial proposal is); a paper about one, or a
  tutorial paper, stays a paper; a tutorial given stays a talk.
- Asked to present: "Our work X has been invited for presentation at Y", "Invited for poster
  presentation at Z" (a talk). A guest lecturer gives a talk (a lecturer holds a position);
  a statistics meeting's "Invited Paper Session" is a session of invited talks.
- Attending, then the talk given there in the next sentence, its subject a pronoun or none,
  or after a dash: "Ana attends X! She gave an invited talk", "Ana attends X - gave an
  invited talk at Y" (a talk; "Ana attended X. He presented his work" of a talk by another
  named before is not read: only the person's pronoun).
"""

from __future__ import annotations

import pytest

from .type_table import EVENT, NEWS, PAPER, POSITION, TALK, type_of_first

RELEASED = [
    ("We release [PondGen](https://pondgen.example.io), a method for drawing ponds.", PAPER),
    (
        "We have released [DuckRL](https://duck.example.io), an offline duck control framework.",
        PAPER,
    ),
    ("We release pondforge, a study of pond transplantation in model merging.", PAPER),
    ("I've just released PondKit, a toolkit for counting ducks.", PAPER),
    # neighbours that stay news
    ("We released PondGen, which is a fast pond image generator.", NEWS),
    ("We release the code of PondGen, a framework for ponds.", NEWS),
    ("We released our dataset PondBench, a benchmark for duck counting.", NEWS),
    ("We release new features every month.", NEWS),
    ("We release [PondLM](https://pondlm.example.io), a unified multimodal model for ponds.", NEWS),
]

RUN_THERE = [
    ("Our tutorial [Sparse Ponds](https://t.example.org) has been accepted at EXCONF 2026.", EVENT),
    ('Our tutorial "Sparse Ponds" was accepted at EXCONF 2026.', EVENT),
    ("An EXCONF 2026 tutorial has been accepted.", EVENT),
    ('Our "Duck Counting" competition has been accepted by EXCONF 2026.', EVENT),
    ("The Pond Challenge was accepted as an EXCONF 2026 competition.", EVENT),
    # neighbours
    ("Our paper on the pond challenge was accepted at EXCONF 2026.", PAPER),
    ("Our solution to the duck challenge was accepted at EXCONF 2026.", PAPER),
    ("Our tutorial paper has been accepted at EXCONF 2026.", PAPER),
    ("Our tutorial on pond models will be given at EXCONF 2026.", TALK),
    ("Gave a tutorial on ponds at EXCONF 2026.", TALK),
]

ASKED_TO_TALK = [
    ("Our work PondNet has been invited for presentation at the Duck Forum 2026.", TALK),
    ("Invited for poster presentation at the Pond Student Research Competition.", TALK),
    ("I was invited back as a guest lecturer on pond ecology in the ECO 101 course.", TALK),
    ("Invited as a guest lecturer for a five-day workshop on ducks.", TALK),
    ("Invited Paper Session, Joint Pond Meeting 2026", TALK),
    # neighbours
    ("Started as a lecturer at the Pond University.", POSITION),
    ("Our paper was selected for oral presentation at EXCONF 2026.", PAPER),
]

ATTENDED_THEN_TALK = [
    ("Ana attends EXCONF! She gave an invited talk in the Pond Models session.", TALK),
    ("Ana attends the Fall Pond Meeting in Oslo - gave an invited talk at the Duck session.", TALK),
    ("Attended EXCONF! Presented a poster on duck counting.", TALK),
    # neighbours
    ("Ana attends EXCONF! The keynote by Prof. Lee was great.", EVENT),
    ("Ana attended the Pond Symposium - a great meeting.", EVENT),
    ("Attended a talk by Prof. Lee at the Pond Institute.", EVENT),
]


@pytest.mark.parametrize(("item", "expected"), RELEASED)
def test_released_named_work(item: str, expected: str) -> None:
    assert type_of_first(item) == expected


@pytest.mark.parametrize(("item", "expected"), RUN_THERE)
def test_tutorial_or_competition_accepted(item: str, expected: str) -> None:
    assert type_of_first(item) == expected


@pytest.mark.parametrize(("item", "expected"), ASKED_TO_TALK)
def test_asked_to_talk(item: str, expected: str) -> None:
    assert type_of_first(item) == expected


@pytest.mark.parametrize(("item", "expected"), ATTENDED_THEN_TALK)
def test_attended_then_talk(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
