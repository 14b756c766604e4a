"""Item types in forms the older probe corpora still missed (issue 8): a visit made to
present one's work is a talk ("Visited X to present our work"), a demo one gives is a
talk ("I demo'd our new paper at X"), and an item whose only hint is a link to the
site's own page of a paper (``/publication/<name>``, as academicpages and Hugo Academic
sites write) is a paper; something "was presented at X" or "accepted as a talk" is a
talk unless its subject is a paper ("Tool was presented at UC San Diego"). Every row is
written for this test, not copied from a site; the test puts a bold date in front and
checks the item count, date and type.
"""

from __future__ import annotations

import pytest

from .type_table import type_of_first

TALK, PAPER, EVENT, NEWS, AWARD = "talk", "paper", "event", "news", "award"

ROWS = [
    # a visit made to present: the reason one went says it
    ("I had the chance to visit the Gear Lab in Oslo, to present our latest work on cogs.", TALK),
    ("Visited the Widget Institute to present my research on sprockets.", TALK),
    ("Visiting Example University this week to present our results on gears.", TALK),
    ("Visited the Widget Institute and met the gear group.", EVENT),
    ("Visited the Gear Lab, which presented its new robot to us.", EVENT),
    # a demo one gives
    ("I demo'd our new paper [Gear Grip](https://example.org/g.pdf) at EXCONF 2024.", TALK),
    ("I demoed our widget glove at the Haptics Fair in Lyon.", TALK),
    ("Demoing our cog printer at the Maker Faire this weekend.", TALK),
    ("Our demo paper on cogs was accepted at EXCONF 2024.", PAPER),
    # something presented somewhere: a talk, unless its subject says a paper
    ("GearBox was presented at the Cog team of Example University.", TALK),
    ("Our cog compiler was presented at the Gear Workshop at EXCONF 2022.", TALK),
    ("Gear-mutate was accepted as a talk at the Cog Workshop 2022.", TALK),
    ("One co-authored paper was presented at EXCONF 2024.", PAPER),
    ("[GearNet](https://example.org/g) will be presented as an oral at EXCONF 2025!", PAPER),
    ("GearBox will be presented at EXCONF 2025.", PAPER),  # to come: accepted there
    # a link to the site's own page of a paper
    ("Sick of slow widgets? Ana built [FastCog](/publication/fastcog-a-faster-cog/) to fix it.",
     PAPER),
    ("**EXCONF 2023**: [Gear-GAN](/publication/gear-gan) and [CogSwap](/publication/cogswap).",
     PAPER),
    ("Our new benchmark: [CogBench](/publications/cogbench/), for fast cogs.", PAPER),
    # words saying news still win over the link (an arXiv link would not)
    ("Our [GEAR 2024](/publications/gear2024/) paper was featured on Cog News.", NEWS),
    ("Gave a talk on [FastCog](/publication/fastcog/) at the Gear Lab.", TALK),
    ("[FastCog](/publication/fastcog/) won the best paper award at EXCONF.", AWARD),
    # a link to the list of them is no paper
    ("Our new website is up, with [a list of our work](/publications/).", NEWS),
    ("Our new website is up, see [this year](/publications/#2024).", NEWS),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_left_forms_are_typed(text, expected):
    assert type_of_first(text) == expected
