"""Item types in forms of the held-out corpus C15 (issue 8), each written for this test in
the way people write them (not copied from a site), with the neighbours that must keep
their type. The test puts a bold month in front and checks the count, date and type
(:func:`.type_table.type_of_first`).

- A: the title of a work accepted is not read for words ("[Mixing Winners for X](url) is
  accepted at Y" is a paper, not an award), nor is the text of a link to the site's own
  page of a paper (``/publications#doe2025``); a workshop accepted stays an event.
- B: "is accepted at X, with a featured certification": what follows the venue is no object
  of a passive verb ("published an opinion piece" stays news).
- C: a label naming a new work ("New survey", "New benchmark", "New tech report") is a paper,
  after a Jekyll emoji shortcode too (``:bulb: **New survey**``).
- D: "We present <name> for/that/which …" introduces a work (a paper); presenting a poster,
  a tutorial or one's work, or presenting at a venue, stays a talk.
- E: "Released <name>: what it is", "<name> v2 released — …": a work released under its
  name and described is a paper, as the readers who labelled the held-out corpora took it;
  released code, data, a video, a version stay news ("We released <name>, which is …": the
  words decide, readers took it both ways).
- F: "give" is a talk only with a talk as its object ("gave the opening remarks"); "the
  update gives a way to …", "given the success …", "this gives rise to …" are not.
- what one did "during my PhD" is not a position: the time it was done is no object ("a
  chunk of the coding I did during my PhD is now available": news).
- G: speaking on behalf of others, or at a dinner or gala, is no talk of one's work; to the
  press it is an interview (news); "on behalf of my co-author at X" stays a talk.
"""

from __future__ import annotations

import pytest

from .type_table import type_of_first

TALK, PAPER, AWARD, EVENT, NEWS, POSITION = "talk", "paper", "award", "event", "news", "position"

ACCEPTED_TITLES = [
    ("[Mixing Winners for Segmentation](/publications#mw) is accepted at EXCONF 2026.", PAPER),
    ("[Winner-Takes-All Matching](https://toy.example.io) has been accepted to EXCONF!", PAPER),
    ("[The Prize-Collecting Toy Problem](https://git.example.org/t) got accepted by TOYA.", PAPER),
    ("[Award-Winning Toy Boats](https://toy.example.io) was accepted as an oral at EXCONF.", PAPER),
    ("[Fellowship of the Toys](https://toy.example.io), our new benchmark, is accepted.", PAPER),
    ("[Reviewer Assignment with Toys](https://toy.example.io) to appear in JTOY.", PAPER),
    ("[Talking Toy Heads](https://toy.example.io) is published in Toy Graphics.", PAPER),
    ("[Winners of Toy Games](/publications#doe2026) will be presented at EXCONF 2026.", PAPER),
    ("[Toy Workshop on Boats](https://ws.example.org) is accepted at EXCONF 2026.", EVENT),
    ("We won the [Best Paper Award](https://toy.example.org) at EXCONF.", AWARD),
    ("Our paper [Mixing Winners](https://toy.example.org) won the best paper award.", AWARD),
    ("Our project proposal was accepted by the Example Foundation.", AWARD),
    (
        "Our toy lockdown [paper](https://journals.example.org/toy?id=1) has finally been "
        "published by Toy Biology! Check the media coverage [here](https://example.org/m)!",
        PAPER,
    ),
]

CERTIFIED = [
    (
        "[GIFT](/publications#g) is accepted at TOYML 2026, with a "
        "[Featured Certification](https://toyml.example.org).",
        PAPER,
    ),
    ("Our paper is accepted to TOYML with a Featured Certification!", PAPER),
    ("[Toy Net](https://toy.example.io) was accepted at TOYML (Featured Certification).", PAPER),
    (
        "[Toy Net](https://toy.example.io) has been accepted to TOYML with a Survey Certification.",
        PAPER,
    ),
    (
        "Toy Net is accepted at TOYML, with a featured certification and a code certification.",
        PAPER,
    ),
    (
        "Our work on toy boats has been published in TOYML, with an Outstanding Certification.",
        PAPER,
    ),
    ("[Toy Net](https://toy.example.io) is accepted at TOYML and featured in the Toy News.", PAPER),
    ("Published an opinion piece in the popular outlet Example Daily.", NEWS),
    ("Published a blog post about our work on widgets.", NEWS),
    ("I am selected as the instructor of the course on toy engineering.", NEWS),
]

NEW_WORKS = [
    (":bulb: **New survey** `A Survey on Toy Agents`!", PAPER),
    ("**New survey** `A Survey on Toy Agents`!", PAPER),
    ("**New benchmark**: ToyBench, ten thousand floating toy boats.", PAPER),
    ("**New dataset** ToyWorld for 4D toy modelling.", PAPER),
    ("**New book chapter** on toy boats in the Example Handbook.", PAPER),
    ("**New position paper** on the future of toy boats.", PAPER),
    ("**New tech report** on ToyNet.", PAPER),
    ("**New technical report**: ToyNet v2.", PAPER),
    ("**Our latest survey**: toy boats, a review.", PAPER),
    ("New survey: A Survey on Toy Agents.", PAPER),
    (":tada: **Talk**: at the Example Lab.", TALK),
    ("**New course**: Toy Boats 101.", NEWS),
    ("**New position** at Example University.", POSITION),
    ("**New website** for the lab.", NEWS),
]

INTRODUCED = [
    (
        "We present [ToyGen](https://toygen.example.io) for automated toy image generation. "
        "Featured in [Daily Toys](https://social.example.org/toys/1).",
        PAPER,
    ),
    ("We present ToyGen for automated toy image generation.", PAPER),
    ("We introduce ToyNet that learns to steer toy boats.", PAPER),
    ("We propose ToyNet, which steers toy boats without a map.", PAPER),
    (
        "We present [ToyNet](https://arxiv.org/abs/2501.00001) for steering toy boats at scale.",
        PAPER,
    ),
    ("We unveil ToyBench to help measure how far toy boats float.", PAPER),
    ("I present ToyKit for fast toy simulation.", PAPER),
    ("We present a new method for steering toy boats.", PAPER),
    ("We propose two new methods that steer toy boats.", PAPER),
    ("We present a poster for the open day.", TALK),
    ("We present our work for the first time at EXCONF.", TALK),
    ("We present two posters for the toy workshop.", TALK),
    ("We present our demo for visitors of the lab.", TALK),
    ("We present ToyNet for steering toy boats at the Example Workshop.", TALK),
    ("We present our research that was funded by the Example Trust.", TALK),
    ("I present a tutorial that covers toy boats.", TALK),
    ("Presented our accepted paper at EXCONF 2026.", TALK),
    ("We introduce a new course for first-year students.", NEWS),
    ("We introduce our new lab members.", NEWS),
]

RELEASED = [
    ("Released [ToyGen](https://toygen.example.io): fast toy image generation.", PAPER),
    ("Released ToyGen: fast toy image generation.", PAPER),
    ("ToyGen released — fast toy image generation with diffusion.", PAPER),
    ("ToyWorld released: a multi-domain dataset for toy boats.", PAPER),
    ("**ToyGen** released: an efficient toy image generator.", PAPER),
    ("We released ToyGen, which is a fast toy image generator.", NEWS),  # readers differ
    ("Just released ToyGen — our new toy generator.", PAPER),
    ("ToyKit v0.2 released: a portable runtime for toy robots.", NEWS),  # a version
    ("ToyKit Lite released: deploy toy policies on a single small board.", NEWS),
    ("Released ToyKit 2: try it in the browser.", NEWS),
    ("Released the code for ToyGen.", NEWS),
    ("We released the code and data of ToyGen.", NEWS),
    ("ToyBench dataset and models released!", NEWS),
    ("Released version 2.0 of our toy simulation package.", NEWS),
    ("Released code, data and models for ToyGen.", NEWS),
    ("Released ToyGen's code: see the repository.", NEWS),
    ("The code of ToyGen released: see the repository.", NEWS),
    ("Released a new video on toy boats.", NEWS),
]

GIVEN = [
    (
        "My sorting code is now in ToyPy. The update also gives a way to measure set distances.",
        NEWS,
    ),
    ("The new release gives users a way to compare sets.", NEWS),
    ("Given the success of the first edition, we run the toy school again.", NEWS),
    ("This gives rise to a new question about toy boats.", NEWS),
    ("The given examples show how toy boats float.", NEWS),
    ("Gave the opening remarks at the Example Symposium.", TALK),
    ("Gave a speech at the graduation ceremony.", TALK),
    ("Gave an overview of our toy boat work at the Example Lab.", TALK),
    ("Gave a pitch at the Example startup fair.", TALK),
    ("Gave a demo of ToyNet at the open day.", TALK),
    ("Giving the commencement address at Example College.", TALK),
    ("Giving an oral at EXCONF 2026 on toy trains.", TALK),
    ("I gave a ***two-hour lecture on toy boats*** at the Example online course.", TALK),
    ('Gave "Toy Boats that Float" at the Example Seminar.', TALK),
    ("I gave an invited talk at the Example Seminar.", TALK),
    ("Give a lecture on toy boats at the Example School.", TALK),
]

SPOKEN = [
    ("I am honored to speak on behalf of our students at the Alumni Gala Dinner.", NEWS),
    ("Spoke on behalf of the graduating class at the commencement.", NEWS),
    ("Spoke at the annual department dinner about our year.", NEWS),
    ("Speaking at the Example Foundation fundraiser next week.", NEWS),
    ("Spoke to reporters from the Example Times about toy safety.", NEWS),
    ("I will speak on behalf of my co-author at EXCONF 2026.", TALK),
    ("Spoke at the Example Seminar about toy boats.", TALK),
    ("I will speak at EXCONF 2026 on toy boats.", TALK),
    ("Invited to speak at the Example Lab's reading group.", TALK),
    ("Gave a talk at the Example Workshop, and spoke at the workshop dinner.", TALK),
    ("Speaking at the Example Dinner Seminar on climate policy.", TALK),
]

# what one did "during my PhD" is no position: the time it was done, not its object
WHEN = [
    ("A big part of the coding I did during my PhD is now available in the Toy toolbox!", NEWS),
    ("I did during my PhD a lot of toy coding, now in the Toy toolbox.", NEWS),
    ("Received during my PhD the best student award.", AWARD),
    ("Gave a talk during my visit to the Example Lab.", TALK),
    ("Started my PhD at Example University.", POSITION),
]

ROWS = ACCEPTED_TITLES + CERTIFIED + NEW_WORKS + INTRODUCED + RELEASED + GIVEN + SPOKEN + WHEN


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_c15_form_type(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
