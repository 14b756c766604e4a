"""An italic span is a title (issue 8, corpus c13 cause 3): HTML ``<i>``/``<em>``/
``<cite>`` and Markdown ``*…*`` around a paper's title. Its words do not type the item
and a colon inside it makes no kind label; "got accepted at/to" is a paper. Items in our
own words, expectations (type, title start) written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.parse import parse_page

ROWS = [
    ("<i>Kelp: Sizing Memory on Boards with Tiny Cores</i> got accepted at <b>ACM FOO</b>!"
     " The work was led by [Ann](https://ann.example.org).", "paper", "Kelp: Sizing"),
    ("*Kelp: Sizing Memory on Boards with Tiny Cores* got accepted at **ACM FOO**!",
     "paper", "Kelp: Sizing"),
    ("<i>Defending against Snooping with Flexible Boxes</i> got accepted at <b>IEEE BAR</b>!",
     "paper", "Defending against"),
    ("*Defending Rivers from Floods with Soft Dams* was accepted to the Example Journal.",
     "paper", "Defending Rivers"),
    ("<em>Host Bypass: Cloud Networking Revisited</em> got accepted at <b>Example Letters</b>!",
     "paper", "Host Bypass: Cloud"),
    ("<cite>Workshops Considered Harmful, a Study</cite> got accepted by EXCONF 2026.",
     "paper", "Workshops Considered"),
    ("<i>Hiring Signals in Small Labs and Their Limits</i> got accepted to the poster session"
     " at <b>EXCONF</b>!", "paper", "Hiring Signals"),
    # italics that name no paper keep their reading
    ("Gave a seminar on *Defending Networks against Snoops* at the Example Institute.",
     "talk", "Gave a seminar"),
    ("*Invited talk on graph learning* at the Example Seminar.", "talk", "Invited talk"),
    ("Talk: presented *Sizing Memory on Tiny Cores* at EXCONF.", "talk", "Presented"),
    # an italic link text is left to the link rules: a prize's name stays read
    ("Congratulations to *Ola P.* for a mention in the list of the [*Example Society Student"
     " Paper Award*](https://society.example.org/prizes) for her paper on [*seed size*]"
     "(https://doi.org/10.1000/abc).", "award", "Congratulations"),
]  # fmt: skip


def _parse(page: str):
    return parse_page(Path("news.md"), text=page)[1]


@pytest.mark.parametrize(("item", "kind", "title"), ROWS)
def test_an_italic_title_does_not_type_the_item(item: str, kind: str, title: str) -> None:
    events = _parse(f"# Someone\n\n## News\n\n- **Mar 2026:** {item}\n")
    assert len(events) == 1
    assert events[0].type == kind
    assert events[0].title.startswith(title)
