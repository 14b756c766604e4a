"""The type of an al-folio ``_news`` post that is not inline (issue 8, corpus C4 cause B4):
its title decides, unless the title only names an event ("Symposium at X") and the first
paragraph of the body says what the person did there (presented: a talk). Posts written
here in our own words."""

from __future__ import annotations

import textwrap
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from feeds.diagnostics import Reporter
from feeds.inputs.news_collection import read_news

POSTS = {  # (title, inline, body, expected type)
    "a symposium where I presented": (
        "Symposium at the Loom Congress 2026",
        False,
        "On 2 July 2026 I chaired a symposium at the Loom Congress, where I presented my "
        "work on punched cards.\n\nThanks to everyone who spoke.",
        "talk",
    ),
    "in French": (
        "Symposium au congrès des Métiers à tisser 2026",
        False,
        "Le 2 juillet 2026, j'ai présidé un symposium au congrès, où j'ai présenté mes "
        "travaux sur les cartes perforées.",
        "talk",
    ),
    "a workshop whose paper was accepted": (
        "Workshop on looms at EXCONF",
        False,
        "Our paper on card readers was accepted at the loom workshop of EXCONF.",
        "paper",
    ),
    "a workshop attended only": (
        "Workshop on looms at EXCONF",
        False,
        "I attended the workshop and met many weavers.",
        "event",
    ),
    "a later paragraph does not count": (
        "Workshop on looms at EXCONF",
        False,
        "I attended the workshop and met many weavers.\n\nLast year I gave a talk there.",
        "event",
    ),
    "a title that says talk stays a talk": (
        "Invited talk at the Loom Congress",
        False,
        "I attended the congress for three days.",
        "talk",
    ),
    "an inline item is read from its body alone": (
        "Symposium",
        True,
        "Attended the loom symposium in Lyon.",
        "event",
    ),
}


@pytest.mark.parametrize(("title", "inline", "body", "expected"), POSTS.values(), ids=POSTS)
def test_post_type(tmp_path: Path, title: str, inline: bool, body: str, expected: str) -> None:
    post = tmp_path / "_news" / "post.md"
    post.parent.mkdir(parents=True)
    front = (
        f"---\nlayout: post\ntitle: {title}\ndate: 2026-07-02\ninline: {str(inline).lower()}\n---\n"
    )
    post.write_text(front + textwrap.dedent(body) + "\n", encoding="utf-8")
    events = read_news(tmp_path, "https://ada.example.org", ZoneInfo("UTC"), Reporter(quiet=True))
    assert len(events) == 1
    assert events[0].span is not None and events[0].span.start.isoformat() == "2026-07-02"
    assert events[0].type == expected
