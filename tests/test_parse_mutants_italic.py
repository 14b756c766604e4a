"""Italic spans (feeds/parse/italic.py), read in-process: a news item in, its type, kind
label and title out.

Written for the mutants a mutation run of ``italic.py`` left alive (issue 14). The rules,
from the module: an italic span of three words or more and twelve characters or more is a
title, whose words do not type the item (its text without tags); ``Label:`` written
inside an italic span that goes on after the colon is the title's head, not a kind label
(``<i>``/``<em>``/``<cite>`` and ``*…*`` open a span, their closing tags close it, spans
nest). Every expectation is written here from the item.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.parse import parse_page


def _item(item: str):
    events = parse_page(Path("news.md"), text=f"# Someone\n\n## News\n\n- {item}\n")[1]
    assert len(events) == 1
    return events[0]


# (item, type): what the italic span's words may and may not say
TYPED = [
    # three words, 21 characters: a title; "Defending" read would make it no paper
    ("**Mar 2026:** *Defending Rivers Well* got accepted at EXCONF", "paper"),
    # three words, exactly 12 characters: a title, its "Talk" is not read
    ("**Mar 2026:** *Talk to Bots* got accepted at EXCONF", "paper"),
    # three words, 11 characters: too short for a title, its "Talks" is read
    ("**Mar 2026:** *Talks on AI* got accepted at EXCONF", "talk"),
    # two words, 14 characters: no title either, its "Keynote speech" is read
    ("**Mar 2026:** *Keynote speech* at EXCONF was accepted", "talk"),
    # a tag inside the span: the title is its words ("Defending Rivers from …")
    ("**Mar 2026:** *Defending <b>Rivers</b> from Floods with Soft Dams* got accepted at"
     " EXCONF", "paper"),
    ("**Mar 2026:** <i>Defending <b>Rivers</b> from Floods with Soft Dams</i> got accepted"
     " at EXCONF", "paper"),
]  # fmt: skip


@pytest.mark.parametrize(("item", "kind"), TYPED)
def test_an_italic_title_of_three_words_and_twelve_characters(item: str, kind: str) -> None:
    assert _item(item).type == kind


# (item, kind label, title start, type)
LABELLED = [
    # the italic span is closed before the label: "Award:" is a label
    ("*Mar 2026* Award: Best paper for the work on soft dams", "Award", "Best paper", "award"),
    ("<i>Mar 2026</i> Award: Best paper for the work on soft dams", "Award", "Best paper",
     "award"),
    ("<cite>Mar 2026</cite> Award: Best paper for the work on soft dams", "Award",
     "Best paper", "award"),
    # a span after the label, and a bold (no italic) date before it
    ("*Mar 2026* Award: Best paper for *the work on soft dams*", "Award", "Best paper",
     "award"),
    ("<b>Mar 2026</b> Award: Best paper for the work on soft dams", "Award", "Best paper",
     "award"),
    # the label inside a span: other tags inside it do not close it
    ('**Mar 2026:** <i><span class="t">Toki: Profiling Memory on Tiny Cores</span></i> got'
     " accepted at <b>ACM FOO</b>!", "News", "Toki: Profiling", "paper"),
    # spans nest: the outer one goes on after the inner one (the date) closes
    ("<em><i>Mar 2026</i> Toki: Profiling Memory on Tiny Cores</em> got accepted at EXCONF",
     "News", "Toki: Profiling", "paper"),
]  # fmt: skip


@pytest.mark.parametrize(("item", "label", "title", "kind"), LABELLED)
def test_a_label_inside_an_italic_span_is_no_label(
    item: str, label: str, title: str, kind: str
) -> None:
    event = _item(item)
    assert event.kind == label
    assert event.title.startswith(title)
    assert event.type == kind
