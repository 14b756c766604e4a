"""Two type forms of news lists, in our own words (held-out corpora c41, issue 8):

- "Our new research, “Title”, is now available on a preprint server": the new research
  is the work itself, a paper, as "our new study" is; "our new research group", "… project",
  "… assistant" or "… visit" name no work.
- a subheading of the news that lists talks ("### Upcoming talks", "#### Coffee Lectures",
  "### Vorträge"): an item there whose words say nothing (a date and a speaker, then the
  talk's title) is a talk, as one under "### Recent papers" is a paper; words that say a
  type still decide.

Types read back with ``json``.
"""

from __future__ import annotations

import pytest

from .cli_run import bullets_listed

NOW = "2026-11-26"

NEW_RESEARCH = [
    ("Our new research, “Toy boats float on small ponds”, is now available on EcoEvoRxiv!",
     "paper"),
    ("Our new research, “Sails for toy boats”, is now available on bioRxiv.", "paper"),
    ("My latest research, \"Keels of toy boats\", appears in Toy Journal.", "paper"),
    ("Our latest research on toy keels is out in Toy Letters.", "paper"),
    ("Our newest research: “Toy harbours at scale”.", "paper"),
    # no work named: the words after "research" say what it is
    ("Our new research group page is now online.", "news"),
    ("Welcome to our new research assistant, A. Sailor!", "news"),
    ("Our new research project on toy boats has started.", "position"),
]  # fmt: skip


@pytest.mark.parametrize(("item", "type_"), NEW_RESEARCH, ids=[r[0][:50] for r in NEW_RESEARCH])
def test_new_research_named_is_a_paper(tmp_path, item, type_):
    (got,) = bullets_listed(tmp_path, [f"**Mar 2026** {item}"], now=NOW)
    assert got["type"] == type_


TALK_SUBSECTIONS = [
    ("### Upcoming talks\n\n", "talk"),
    ("#### Our Coffee Lectures\n\n", "talk"),
    ("### Lectures\n\n", "talk"),
    ("### Vorträge\n\n", "talk"),
    ("### Presentations\n\n", "talk"),
    # not a list of talks: the words of the items decide, and these say nothing
    ("### Lab life\n\n", "news"),
    ("### Talkshow appearances\n\n", "news"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("heading", "type_"), TALK_SUBSECTIONS, ids=[r[0] for r in TALK_SUBSECTIONS]
)
def test_an_item_under_a_talks_subheading_is_a_talk(tmp_path, heading, type_):
    (got,) = bullets_listed(tmp_path, ["12.03.2026 – A. Sailor, **Toy boats in the bath**"],
                            heading, NOW)  # fmt: skip
    assert got["type"] == type_


def test_words_that_say_a_type_still_decide_under_a_talks_subheading(tmp_path):
    got = bullets_listed(
        tmp_path,
        [
            "12.03.2026 – Our paper on toy boats was accepted to Toy Journal.",
            "13.03.2026 – A. Sailor joined the lab as a postdoc.",
        ],
        "### Upcoming talks\n\n",
        NOW,
    )
    assert [i["type"] for i in got] == ["paper", "position"]
