"""A chair role is service, whatever it chairs (issue 8, cause D of corpus c10): the role
wins over the nouns of what is chaired (tutorials, panels, workshops, sessions), also when
several are named ("Tutorial and Panel Chair"), in every language whose table has chair
words. Chairing or giving something else in another clause still counts as before. Every
row is written for this test; :func:`type_of_first` checks the date and the item count.
"""

from __future__ import annotations

import pytest

from .type_table import type_of_first

SERVICE, TALK, EVENT = "service", "talk", "event"

ROWS = [
    ("I am Tutorial and Panel Chair of the 9th Conference on Widget Studies (CWS 2026).", SERVICE),
    ("I am the Workshop and Panel Chair of the Gear Conference 2026.", SERVICE),
    ("Panel and Tutorial Co-Chair, CWS 2026.", SERVICE),
    ("Serving as Tutorial, Demo and Poster Chairs of GearConf 2025.", SERVICE),
    ("Workshop/Tutorial chair for the Widget Symposium.", SERVICE),
    ("Panel chair at the Cog Summit 2025.", SERVICE),
    ("Je suis **président des tutoriels et des panels** de la conférence CWS 2026.", SERVICE),
    ("Je suis présidente du comité de programme des Journées Widget.", SERVICE),
    ("Je serai coprésident des ateliers de la conférence CWS 2026.", SERVICE),
    ("Soy presidente de sesión en el congreso de widgets.", SERVICE),
    ("Sarò presidente di sessione al convegno sui widget.", SERVICE),
    ("Serei presidente da sessão de tutoriais do congresso.", SERVICE),
    ("Ich bin Vorsitzender des Programmkomitees der Widget-Tagung.", SERVICE),
    # what is chaired, without a chair: as before
    ("Gave a tutorial at the Widget Conference.", TALK),
    ("Panelist at the Gear Workshop on widgets.", TALK),
    ("Attended the Widget Workshop in Lyon.", EVENT),
]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_a_chair_role_is_service(item, expected):
    assert type_of_first(item) == expected
