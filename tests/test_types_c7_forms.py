"""Item types in forms seen on real homepages of corpus C7 (issue 8): a work named in
quotes and "released" with no paper link is a paper (cause F); a link to an attachment,
"Poster", "Slides", "Video" (also "Sam's Poster", "[Talk slides]"), never makes an item a
talk by itself (cause G). Every row is written for this test in the form people use (not
copied from a site); the test puts a bold date in front and checks the item count, date
and type.
"""

from __future__ import annotations

import pytest

from .type_table import type_of_first

TALK, PAPER, AWARD, POSITION = "talk", "paper", "award", "position"
NEWS = "news"

# F: a quoted title released (on a project page, on GitHub, on the web) is a paper
RELEASED = [
    (
        '🔥"Toy Scaling: Rethinking Small Models for Big Tasks" released on '
        "[Project Page](https://github.com/someone/toy)",
        PAPER,
    ),
    (
        '🔥 "Toy Agents: Evaluating Small Robots in Realistic Kitchens" released on '
        "[Project Page](https://toy.example.org/)",
        PAPER,
    ),
    (
        "“Can a Toy Boat Float? Measuring Buoyancy at Scale” is released on "
        "[GitHub](https://github.com/someone/boat)",
        PAPER,
    ),
    ('"A Toy Survey of Paper Boats and Their Sails" has been released!', PAPER),
    (
        'Our dataset "ToyBench: Ten Thousand Toy Boats" released on '
        "[Hugging Face](https://huggingface.co/datasets/x/y)",
        NEWS,
    ),
    (
        'The code of "Toy Scaling: Small Models for Big Tasks" released on '
        "[GitHub](https://github.com/someone/toy)",
        NEWS,
    ),
    ('Gave a talk on "Toy Scaling: Small Models for Big Tasks" at Example University', TALK),
]

# G: an attachment's link text says nothing about what the item is
ATTACHMENTS = [
    (
        "Congratulations to Sam who just finished an undergraduate thesis! "
        "([Sam's Poster](/files/sam.pdf))",
        NEWS,
    ),
    ("Our paper on toy boats was accepted at EXCONF. [Poster](/p.pdf) [Slides](/s.pdf)", PAPER),
    ("Alex joined the lab as a PhD student ([Video](https://example.org/v))", POSITION),
    ("Won the best student prize at EXCONF [Slides](/s.pdf)", AWARD),
    ("Toy boats in the wild. [Talk slides](/s.pdf) [Video](https://example.org/v)", NEWS),
    ("Presented a poster at EXCONF on toy boats ([Poster](/p.pdf))", TALK),
    ("Invited talk at Example University. [Slides](/s.pdf)", TALK),
]

ROWS = RELEASED + ATTACHMENTS


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_c7_form_type(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
