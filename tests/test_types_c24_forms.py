"""Types of item wordings met in probe corpus c24 (issue 8), with their siblings; rows
written for this test.

- Chosen to give a presentation or a poster (``was selected to give an oral
  presentation at X``): a talk, as "selected to give a talk" already was.
- A paper named by the venue that took it, selected for another meeting of a year
  (``CVPR24 paper selected for FORUM 2024``): shown there again, a talk; but selected for
  an oral, a special issue or an award stays a paper or an award.
- Taking part in a festival is an event; a "lecture theatre" is a place, no lecture.
- Portuguese: a meeting as the subject of a headline's verb (``Seminário avalia
  projetos``, ``Semana de X apresenta a produção``) is an event, not a talk given.
"""

from __future__ import annotations

import pytest

from .type_table import AWARD, EVENT, NEWS, PAPER, TALK, type_of_first

ROWS = [
    # chosen to present
    ("Ben was selected to give an oral presentation at the pond meeting.", TALK),
    ("Ben was selected to give an oral presentation in the annual pond meeting.", TALK),
    ("I was chosen to present a poster at the Lake Day.", TALK),
    ("Ana was selected to give a talk at the Pond Day.", TALK),
    ("Our paper was selected for oral presentation at POND.", PAPER),  # accepted as an oral
    ("Ana was selected as a rising star in pond science.", AWARD),
    # a venue's paper selected for another meeting
    ("POND24 paper selected for [LAKEFORUM 2024](https://example.org/2024/#/poster).", TALK),
    ("POND25 & LAKE25 (fast ducks) selected for LAKEFORUM 2025.", TALK),
    ("Our POND'23 paper was selected for the Reef Meeting 2024.", TALK),
    ("Our POND 2024 paper was selected for the Lake Journal 2025 special issue.", PAPER),
    ("Our POND24 paper was selected for an oral at LAKE 2024.", PAPER),
    ("Our POND'23 paper selected for the best paper award.", AWARD),
    ("Two papers accepted to POND 2025.", PAPER),
    # taking part; places named after talks
    (
        "The lab took part in the 2025 **Duck Science** festival, held not in lecture theatres.",
        EVENT,
    ),
    ("We took part in the pond festival.", EVENT),
    ("I took part in a round table at the Pond Forum.", TALK),
    ("Ana took part in a panel on ducks.", TALK),
    ("We took part in the Pond Day and presented two posters.", TALK),
    ("Ana gave a lecture in the main lecture hall.", TALK),
    ("The lecture hall of our building was renovated.", NEWS),
    # Portuguese: the meeting does something
    ("Seminário avalia projetos de pesquisa sobre lagos", EVENT),
    ("2ª Semana de Lagos do laboratório apresenta a produção científica da universidade", EVENT),
    ("Congresso de patos reúne pesquisadores de todo o país", EVENT),
    ("A equipe apresenta artigo na Semana de Química.", TALK),
    ("Ministrei um seminário sobre lagos.", TALK),
]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_c24_wordings(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
