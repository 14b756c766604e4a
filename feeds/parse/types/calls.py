"""A call for papers opening an item: ``Call for papers: …``, ``CFP: …``, ``Call for
abstracts``, ``Appel à communications``, ``Convocatoria de ponencias``, ``Chamada de
trabalhos``, ``Aufruf zur Einreichung``, as its label or its first words (after its date).

It announces a venue asking for work, someone else's or one the person runs: the item is
news, or an event when its words name one (``CfP: the Loom Workshop``); the call of what
the person edits or organises stays service (``… the special issue I am co-editing``). It
is never the work it asks for: ``submit your papers``, ``wants speakers``, ``talk
proposals`` make no paper, talk or award. Each language's words are its table's
``CALLS`` (English: :data:`.en_phrases.CALLS`).
"""

from __future__ import annotations

import re

from ..dates import match_prefix
from .en_phrases import CALL_RUN, CALLS
from .heads import plain_heads
from .words import LANGUAGES

_CALLS = (*CALLS, *(c for lang in LANGUAGES for c in getattr(lang, "CALLS", ())))
_CALL = re.compile("(?:" + "|".join(_CALLS) + r")(?!\w)")
# The texts one of which begins every call (``None``: not known): a label and a text
# holding none of them open with no call, wherever their date ends.
_CALL_HEADS = plain_heads(*_CALLS)
_RUN = re.compile(CALL_RUN)
# A link text that is a call's name ("[Call for papers](cfp.pdf)"): the call, no paper's title.
_CALL_NAME = re.compile(r"[\W_]*(?:" + "|".join(_CALLS) + r")(?!\w)[\W_]*")
_OPENING = re.compile(r"[\W_]*")  # brackets, emoji, bold marks before the words


def opens_with_call(kind: str, text: str) -> bool:
    """Whether the item's label ``kind``, or its plain ``text`` after its leading date,
    opens with a call for papers."""
    if _CALL_HEADS is not None and not _holds(kind.lower()) and not _holds(text.lower()):
        return False
    lead = match_prefix(text)
    for said in (kind, text[lead.end :] if lead else text):
        lowered = said.lower()
        if _CALL.match(lowered, _OPENING.match(lowered).end()):
            return True
    return False


def _holds(lowered: str) -> bool:
    """Whether ``lowered`` holds a text that begins a call (:data:`_CALL_HEADS`)."""
    return any(map(lowered.__contains__, _CALL_HEADS or ()))  # (no generator to run)


def called(kind: str, text: str, said: str) -> str:
    """The type of an item whose words say ``said``: news or event as they are; when a call
    opens the item (:func:`opens_with_call`), service only for the call of what the person
    runs, anything else news."""
    if said in ("news", "event") or not opens_with_call(kind, text):
        return said
    return "service" if said == "service" and _RUN.search(text.lower()) else "news"


def names_a_call(link_text: str) -> bool:
    """Whether ``link_text`` is the name of a call (``Call for papers``, ``CfP``), which links
    the call's page or PDF: never the title of a paper."""
    return _CALL_NAME.fullmatch(link_text.lower()) is not None
