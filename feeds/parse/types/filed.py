"""The type of an item a site files under a front-matter ``category:`` (issue 8, c19).

A category that names a type by a noun (``talk``, ``Preprint``, ``award``) types the
item as a leading label would, unless the words say the person only attended (an
author who files every meeting under ``category: talk``: "I attended the X workshop"
is an event). A category that names no type by a noun (``selected``, ``featured``: how
the site groups or marks items) leaves the type to the words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import Item
from . import type_of
from .en_phrases import NEW_WORK_LABEL
from .words import NOUN, hits


def filed_type(event: Item) -> str:
    """The type of ``event``, whose ``kind`` is the category its front matter files it under."""
    said = type_of(replace(event, kind="", kind_slug=""))  # what the words say alone
    label = event.kind.strip().lower()
    found = hits(label)
    if found and not any(h.role == NOUN for h in found) and not _new_work(label):
        return said  # "selected": no type named, the words say
    typed = type_of(event)
    if typed == "talk" and said == "event" and _attended(event.text):
        return "event"  # category: talk, "I attended the Spring Workshop in Berlin"
    return typed


def _attended(text: str) -> bool:
    """Whether the first verb of the tables in ``text`` is one of an event (attending) and
    no word says a talk ("I attended X. I gaved a talk on Friday": a talk, misspelt)."""
    found = hits(text.lower())
    verbs = [h for h in found if h.role != NOUN]
    return bool(verbs) and verbs[0].type == "event" and all(h.type != "talk" for h in found)


def _new_work(label: str) -> bool:
    """Whether ``label`` names a new work as a label does ("New survey")."""
    return _NEW_WORK.fullmatch(label) is not None


_NEW_WORK = re.compile(NEW_WORK_LABEL)
