"""Types of item wordings met in probe corpus c31 (issue 8); rows written for this test.

- A research summary's words are not news verbs: "present" as an adjective or adverb ("the
  present study", "present-day methods", "at present", "is present in", "genes present in
  the sample") is no talk; a work that says what it does ("this work presents a method",
  "our new preprint presents an atlas", "our results present …") and an abstract's "Here,
  we present" are a paper's words; "host-associated", "host-pathogen" host nothing; what
  is "obtained" is said by its object ("obtained my PhD": a position; "we obtained
  networks of …": nothing).
- A new work of the person's named as such is a paper: "our new study on X", "Our latest
  review on Y is now available", "Our new proteogenomic analysis reveals …"; so is a paper
  sent to a preprint server ("paper submitted to bioRxiv"; to a journal it is news), and
  software or data published *in* a journal (on CRAN it is not).
- Chosen to give a talk is a talk: "selected to deliver the X Lecture", "chosen for a
  platform presentation at ASHG" (a biomedical meeting's talk; "selected for an oral
  presentation" stays an accepted paper); so is leading a session ("facilitated a session
  on X at the Y Workshop"). "Join us in congratulating Ana" is no joining.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import HEADLESS, YAML_CONFIG, listed, summary, write
from .type_table import AWARD, NEWS, PAPER, POSITION, SERVICE, TALK, type_of_first

ROWS = [
    # "present" that is no verb
    ("The present study maps the soil fungi of two valleys.", NEWS),
    ("A review of present-day methods for river mapping.", NEWS),
    ("At present, little is known about river fungi.", NEWS),
    ("We find that these enzymes are present in every sample.", NEWS),
    ("The genes present in the core pathway are conserved.", NEWS),
    ("I was present at the opening of the new wing.", NEWS),
    # a person presents: a talk
    ("I will present our river maps at the Lake Society Meeting.", TALK),
    ("Ana presents at the soil seminar on Friday.", TALK),
    ("We present our work at the Delta workshop next week.", TALK),
    # a work says what it does: a paper
    ("Our new preprint presents a cell atlas of the growing root.", PAPER),
    ("In contrast, this work presents a fast way to map rivers.", PAPER),
    ("Overall, our results present a simple model of delta growth.", PAPER),
    ("Here, we present a pipeline integrating models and experiments.", PAPER),
    ("In this chapter, we present an overview of flux methods.", PAPER),
    ("We present RootDB, a curated database of root traits.", PAPER),
    # a new work of the person's
    ("Our new study developed a way to measure growth in twins (link).", PAPER),
    ("Our latest review on soil genomics is now available (link).", PAPER),
    ("Our new proteogenomic analysis reveals a subgroup of tumours.", PAPER),
    ("Check out our new study on whole genome doubling!", PAPER),
    ("Our new study group meets on Fridays.", NEWS),
    ("Check out our new study guide for first-year students.", NEWS),
    # a preprint server takes a paper; a journal's review does not yet
    ("Our work with the Delta Consortium finds 40 genes, paper submitted to bioRxiv.", PAPER),
    ("The manuscript was submitted to arXiv today.", PAPER),
    ("Our paper was submitted to the Journal of Deltas.", NEWS),
    # software or data published in a journal: its paper
    ("RootKit – a Python package for root scans – is published in Plant Methods!", PAPER),
    ("Our R package is published on CRAN.", NEWS),
    ("Our interview was published in the Lake Times.", NEWS),
    # chosen to give a talk
    (  # (the lecture too far from "selected" to be its object)
        "Congratulations to Ana on being selected to deliver the prestigious Green Ribbon "
        "Lecture at the Lake Society Meeting!",
        TALK,
    ),
    ("Bo was chosen for a platform oral presentation at the ASHG Annual Meeting.", TALK),
    ("She was selected for an oral platform presentation at the AAN Annual Meeting.", TALK),
    ("Our paper was selected for an oral presentation at CVPR.", PAPER),
    ("Ana was selected to receive the Green Prize.", AWARD),
    # leading a session
    ("Facilitated a session on heat resilience at the Urban Climate Workshop.", TALK),
    ("We facilitated a breakout discussion at the Open Data Festival.", TALK),
    # an invitation to the reader is no joining; joining stays a position
    ("Join us in congratulating Ana on her best poster award!", AWARD),
    ("Ana joined us in spring as a postdoc.", POSITION),
    ("Joined the editorial board of the Journal of Deltas.", SERVICE),
    # what is obtained says it
    ("Obtained my PhD from the University of Lakes.", POSITION),
    ("Obtained the Green Starting Grant.", AWARD),
    ("Using these data, we obtained networks of high confidence.", NEWS),
    # a compound of "host" hosts nothing
    ("A map of host-pathogen interactions in the root.", NEWS),
    ("We hosted the Delta workshop in May.", "event"),
]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_c31_forms(item: str, expected: str) -> None:
    assert type_of_first(item) == expected


def post(title: str, date: str, body: str) -> str:
    return f"---\ntitle: '{title}'\ndate: {date}\ncategory:\n  - networks\n---\n\n{body}\n"


ABSTRACT = (
    "Root networks are hard to map at present. The present work is the first to use "
    "present-day scans of host-associated fungi. Here, we present a pipeline that maps "
    "them.\n\nOriginal Paper: Doe and Roe (2024), Root Journal."
)
SITE = {
    "config/_default/config.yaml": YAML_CONFIG,
    "content/home/index.md": HEADLESS,
    "content/home/news.md": (
        "---\nwidget: pages\nheadless: true\ntitle: Latest News\n"
        "content:\n  count: 5\n  page_type: post\n---\n"
    ),
    "content/post/_index.md": "---\ntitle: News\n---\n",
    "content/post/roots/index.md": post("Mapping root networks", "2024-05-02", ABSTRACT),
    "content/post/atlas/index.md": post(
        "A cell atlas of the root",
        "2024-04-11",
        "Our new preprint presents a cell atlas of the growing root.",
    ),
    "content/post/lecture/index.md": post(
        "Green Lecture",
        "2024-02-07",
        "Congratulations to Ana on being selected to deliver the Green Lecture in 2024!",
    ),
}


def test_a_research_summary_post_is_typed_by_what_its_lead_says(tmp_path: Path) -> None:
    """A Hugo post titled by its topic, whose lead is a paper's abstract: its "present"
    words give no talk, its "Here, we present" says a paper."""
    items, _ = listed(write(tmp_path / "site", SITE))
    assert summary(items) == [
        ("Mapping root networks", "2024-05-02", "day", PAPER),
        ("A cell atlas of the root", "2024-04-11", "day", PAPER),
        ("Green Lecture", "2024-02-07", "day", TALK),
    ]
