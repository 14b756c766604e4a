"""Item types in forms read on held-out homepages (c31, c37, c39; rows written for these tests).

- A poster said accepted is a paper's acceptance also when its topic is named between the
  poster and the verb ("Our poster on X was accepted in Y"); a poster presented stays a
  talk, as does the headline "Poster accepted at X".
- A defence or exam of one's degree delivered or presented is a step of the degree, not a
  talk ("Delivered the PhD preliminary defense"); a talk delivered stays a talk.
- A French "Assemblée Générale" (a project's or society's meeting of its members) is an
  event: the slides of others shown there are no talk of one's own; one's own talk there
  stays a talk.
- A link text that is a call's name ("[Call for papers](cfp.pdf)") is the call, not a
  paper's title: its words are read ("Call for papers published for X" is news, not a
  work "published").
- A piece said published about the person or their work is news ("An article by X was
  released about … my PhD research"); the person's own article published stays a paper.
- "Panel data" (and a panel study, survey, regression) is the statistics term, no panel one
  sits on: "I released the X (World Panel Data) R package" is news; a panel stays a talk.
- A position accepted is named by up to three words before "position"/"offer"/"job" ("has
  accepted an Assistant Professor position"); a paper accepted to a position-paper track, or
  at a job-market session, stays a paper (c41 ARCLabUNO).
"""

from __future__ import annotations

import pytest

from .type_table import EVENT, NEWS, PAPER, POSITION, TALK, type_of_first

ROWS = [
    # a poster named by its topic, then accepted
    ("Our poster on Brook Finder was accepted in the Lake Conference 2021!", PAPER),
    (
        "Our poster on sharing sensor data in later life was accepted to the Delta Workshop 2022!",
        PAPER,
    ),
    ("My poster about river gauges vs. rain radars has been accepted at the Pond Meeting.", PAPER),
    ("Our poster titled Wet Maps was accepted to the Lake Conference.", PAPER),
    # posters presented, or to present, stay talks
    ("Presented our poster on river gauges at the Lake Conference.", TALK),
    ("Poster accepted at the Lake Conference: come see us!", TALK),
    ("Our poster on river gauges. It will be shown at the Lake Conference.", TALK),
    # a position accepted, named by a few words
    ("Dana has accepted an Assistant Professor position at Lake University!", POSITION),
    ("I accepted a tenure-track faculty job offer.", POSITION),
    ("Our work was accepted to the Pond position paper track.", PAPER),
    ("Our paper was accepted at the job market session of the Lake Meeting.", PAPER),
    # a degree's defence delivered
    ("Delivered the PhD preliminary defense at the Pond Lab.", POSITION),
    ("Presented my thesis defence: Wet Maps for Dry Lands.", POSITION),
    ("Ana delivered her doctoral qualifying exam today.", POSITION),
    # talks delivered stay talks
    ("Delivered a keynote at the Lake Conference.", TALK),
    ("Presented our work on adversarial defenses at the Delta Workshop.", TALK),
    ("Delivered a lecture on exam design at the Pond School.", TALK),
    # a general assembly
    ("Assemblée Générale 2024 du projet LAC : les présentations et les posters en ligne.", EVENT),
    ("Assemblée générale du GDR Étangs à Lyon", EVENT),
    ("J'ai présenté nos travaux à l'Assemblée Générale du GDR Étangs.", TALK),
    # a call's name linking its PDF
    ("We published the [call for papers](/assets/cfp_loom_2026.pdf) of the Loom conference.", NEWS),
    (
        "Dec 29 Call for papers published for the fourth Loom conference."
        " [Call for papers](/assets/cfp.pdf)",
        NEWS,
    ),
    (
        "New paper published: [Call for Papers Considered Harmful](https://example.org/cfp.pdf)",
        PAPER,
    ),
    # a piece published about the person
    (
        "An article by the [**Pond University**](https://news.example.edu/outreach/) was released"
        " about a science outreach effort alongside a short video about my PhD research.",
        NEWS,
    ),
    ("The article was published about my career move from hotels to software.", NEWS),
    ("Our article was published in Lake Letters.", PAPER),
    ("A new article was published on arXiv about our method for flood maps.", PAPER),
    # panel data
    (
        "I released the LPD (Lake Panel Data) R package, which gives easy access to panel data"
        " for 200 lakes since 1960.",
        NEWS,
    ),
    ("New household panel survey of flood damage released.", NEWS),
    ("I spoke on a panel at the Lake Conference.", TALK),
    ("Panelist at the Lake Summit on flood data.", TALK),
    ("Participé en un panel sobre datos abiertos.", TALK),
]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_c37_forms(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
