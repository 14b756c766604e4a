"""Rows for :mod:`feeds.parse.types.calls` (a call for papers opening an item), in-process:
whether a label or a text opens with a call, and the type it leaves; expectations written
here from the inputs (bench/mutation_parse.md, "Session 24: fix16-parse")."""

from __future__ import annotations

import pytest

from feeds.parse.types.calls import called, opens_with_call

OPENS = [
    ("", "Mar 2024: Call for papers for the Loom Workshop", True),  # after its date
    ("", "Mar 2024 – CFP, the Loom Workshop wants papers", True),
    ("", "📢 Call for papers: the Loom Workshop", True),  # an emoji before it
    ("", "[CFP] Our workshop on looms", True),  # in brackets
    ("CFP", "The Loom Workshop", True),  # the label
    ("Paper", "Call for papers: the Loom Workshop", True),  # the text after a label
    ("", "Our workshop on looms: call for papers is out", False),  # later in the sentence
    ("", "CFPs", True),
    ("", "CFPX: the Loom Workshop", False),  # a longer word
    ("", "Recall for papers", False),
]


@pytest.mark.parametrize(("kind", "text", "expected"), OPENS)
def test_opens_with_call(kind, text, expected):
    assert opens_with_call(kind, text) is expected


CALLED = [
    ("CfP: the Loom Workshop", "event", "event"),  # an event stays one
    ("CfP: the Loom Workshop", "news", "news"),
    ("CFP: submit your papers", "paper", "news"),
    ("Call for talks: the meetup wants speakers", "talk", "news"),
    ("Call for papers for the special issue I am co-editing", "service", "service"),
    ("Call for papers: the special issue on looms", "service", "news"),  # not one's own
    ("Call for papers for the special issue I am co-editing", "award", "news"),
    ("Gave a talk at the Loom Workshop", "talk", "talk"),  # no call: as said
]


@pytest.mark.parametrize(("text", "said", "expected"), CALLED)
def test_called(text, said, expected):
    assert called("", text, said) == expected
