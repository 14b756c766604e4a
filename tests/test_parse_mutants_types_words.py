"""Where the words of an entry are read as a type (feeds/parse/types/words.py, ``hits``):
a gerund after a noun and its preposition names a topic, not what happened, unless the
entry congratulates someone; a verb form after a determiner is a noun. A news entry in,
its published ``type`` out, through ``parse_page``; each row's type written from its words.

Written for the mutants a mutation run of ``words.py`` left alive (issue 14, session 20).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

ROWS = [
    # a gerund after "works on" opening the entry: a topic, no talk was given
    ("Works on presenting robots", "news"),
    # after "congratulations to <name> on": what the person did
    ("Congratulations to Bob on joining Google", "position"),
    ("Congratulations to our team on presenting at NeurIPS", "talk"),
    # "presented" after "my" describes the poster; the award is what happened
    ("My presented poster won the best poster award", "award"),
    # a verb then "by": what happened when "was" is before it (also opening the words),
    # a description of the noun before it otherwise, and the words after it still count
    ("Was awarded by the IEEE", "award"),
    ("A workshop organised by NREL where I gave a talk", "talk"),
    # "Prof." and an initial end no sentence: the poster is presented at the workshop
    ("Attended the workshop of Prof. Smith, presented our poster", "talk"),
    ("Attended the workshop of J. Smith, presented our poster", "talk"),
]


def typed(item: str) -> list[tuple[str, str]]:
    _, events = parse_page(
        Path("index.md"),
        text=f"# Ada\n\n## News\n\n- {item}\n",
        reporter=Reporter(quiet=True),
        site_root="https://x.org/",
    )
    return [(e.title, e.type) for e in events]


@pytest.mark.parametrize(("entry", "type_"), ROWS)
def test_the_type_of_an_entry_after_its_date(entry, type_):
    assert typed(f"Jun 2025: {entry}") == [(entry, type_)]


@pytest.mark.parametrize(("entry", "type_"), ROWS)
def test_the_type_of_an_entry_before_its_date(entry, type_):
    assert typed(f"{entry} (Jun 2025)") == [(entry, type_)]


def test_a_sentence_ending_after_the_talk_keeps_it_in_the_first_sentence():
    # the full stop after "poster" ends the sentence after the talk, not between
    assert typed("Jun 2025: Attended the workshop, presented our poster. Great fun!") == [
        ("Attended the workshop, presented our poster", "talk")
    ]


@pytest.mark.parametrize(
    ("entry", "type_"),
    [
        # the noun and its preposition before a gerund are looked for in 40 characters:
        # 38 here (a topic: news), 41 (past the look-back: the gerund says a talk)
        ("Supercalifragilisticexpialidocious on presenting robots", "news"),
        ("Supercalifragilisticexpialidocious about presenting robots", "talk"),
    ],
)
def test_the_look_back_for_a_topic_before_a_gerund(entry, type_):
    assert typed(f"Jun 2025: {entry}") == [(entry, type_)]
