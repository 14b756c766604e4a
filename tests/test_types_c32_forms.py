"""Types of item wordings met in probe corpus c32 (issue 8); rows written for this test.

- A meeting's call for work said without "call for": "X is running the 2nd cycle for paper
  submission", "the abstract deadline is …", "is now accepting paper submissions": news
  (or the meeting it names, an event), never the paper it asks for (a paper submission that
  was accepted stays a paper).
- A paper chosen for BRIC's Hanbitsa (한빛사) is an honour, as an ESI Highly Cited Paper
  is: "has been cataloged in Hanbitsa Paper", "selected for BRIC 한빛사"; a link to its
  page beside the paper ("(link and 한빛사)") or "featured by 한빛사" says no honour.
- A piece written for readers that is no paper, "a blog post on X", "A list of datasets
  …", is news whatever paper it links (as a press release on a paper is); a paper said
  accepted with a blog post about it stays a paper, and a blog post "about our work" is
  still the post (its topic is no noun standing with it).
"""

from __future__ import annotations

import pytest

from .type_table import AWARD, EVENT, NEWS, PAPER, type_of_first

DOI = "https://doi.org/10.1000/lake.7"

ROWS = [
    # a call for submissions: news
    ("ICS'26 is running the 2nd cycle for paper submission (Abstract DDL is May 4, 2026).", NEWS),
    ("The paper submission deadline of the Lake Workshop is April 30.", NEWS),
    ("Reminder: the abstract deadline for RiverConf 2026 is next Friday.", NEWS),
    ("HydroSym opens a second round for abstract submissions.", NEWS),
    # the call of a meeting named: the meeting (an event)
    ("Our Lake workshop 'Rivers: maps and models' is now accepting paper submissions!", EVENT),
    # a submission accepted, or a paper beside a deadline: a paper
    ("Our paper submission to RiverConf 2026 was accepted.", PAPER),
    ("Met the paper submission deadline, and our paper on deltas was accepted at HydroSym.", PAPER),
    ("Two papers accepted at HydroSym 2026.", PAPER),
    # a paper chosen for Hanbitsa: an honour
    (
        'Our paper, entitled "Deep maps of river deltas", recently published in the Lake '
        "Journal, has been cataloged in Hanbitsa Paper of the Biological Research Center.",
        AWARD,
    ),
    ("Our delta paper was selected for BRIC 한빛사 (Highlights of Korean Scientists).", AWARD),
    ("Our paper has been selected as an ESI Highly Cited Paper.", AWARD),
    # Hanbitsa named beside the paper, or featuring it: not an honour said
    (f"Do rivers move? See our latest study on deltas ([link]({DOI}) and [한빛사](/hbs)).", PAPER),
    ("Our review paper on deltas is featured by 한빛사 🎉 [(link)](/hbs).", NEWS),
    # a paper published or listed, no honour: a paper
    ('Our paper, entitled "Deep maps of river deltas", was published in the Lake Journal.', PAPER),
    # a written piece linking a paper: news
    (f"Smart rivers: a blog post on what [our study]({DOI}) means for farmers.", NEWS),
    (f"River datasets. A list of publicly available datasets, from [our review]({DOI}).", NEWS),
    ("Our curated list of open river datasets is online.", NEWS),
    ("Published a blog post about our work on deltas.", NEWS),
    # a paper with a blog post about it: the paper
    (
        f"[Deep maps of river deltas]({DOI}) is accepted at HydroSym! See the blog post on it.",
        PAPER,
    ),
    (f"New paper: [Deep maps of river deltas]({DOI}).", PAPER),
    (f"[Deep maps of river deltas]({DOI})", PAPER),
]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_c32_forms(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
