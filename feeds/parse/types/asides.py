"""Asides in parentheses: what an item says beside its main clause.

An aside may say what was done (``Attended X (poster presentation)``: a talk; ``Poster at X
(won the best poster award!)``: an award) or tell of someone's role beside the work
(``New preprint led by A. Student (applying to PhD positions!)``, ``(who just joined the
lab)``: still a paper), as a credit line after the sentence does (``Check out our new
preprint! Work with my intern A. Student``, ``… accepted! Joint work with B. Intern``).
So a role read in an aside (a position, a service) types the item
only when the main clause leaves it open: when the words outside the parentheses (and
the links, a paper's link saying paper) give another type that is neither news nor an
event, that type stands.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_ASIDE = re.compile(r"\([^()]*\)|（[^（）]*）")
# a credit line after the main sentence: "! Joint work with my intern X and others."
_CREDIT = re.compile(r"(?<=[.!?])\s+(?:(?:this is )?(?:a )?joint )?work (?:done )?with [^.!?]*")
_WEAK = frozenset({None, "news", "event"})  # what an aside may still say more about
_ROLES = frozenset({"position", "service"})  # someone's status, maybe not the item's


def main_type(
    found: str | None, lowered: str, decide: Callable[[str], str | None], linked: bool
) -> str | None:
    """``found`` (the type ``decide`` read in ``lowered``), unless it is a role and the
    main clause says another type that is neither news nor an event: that one.
    ``linked``: the item links a paper, which the main clause says when its words say
    nothing."""
    if found not in _ROLES or (main := main_clause(lowered)) == lowered:
        return found
    said = decide(main)
    said = "paper" if said in (None, "news") and linked else said
    return found if said in _WEAK else said


def main_clause(lowered: str) -> str:
    """``lowered`` without its asides in parentheses (innermost first, then around them)
    and its credit lines."""
    lowered = _CREDIT.sub(" ", lowered)
    while True:
        plain = _ASIDE.sub(" ", lowered)
        if plain == lowered:
            return plain
        lowered = plain
