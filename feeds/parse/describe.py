"""What stands before the date in a parenthetical: location, role, note (and status).

``(Purdue University, West Lafayette, Mar 26--27, 2022)`` → location;
``(Co-PI, Jan 22, 2022)`` → role; ``(postponed for the BEERvirus, 2020)`` → note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .dates import parse_time

_ROLE = re.compile(
    r"^(?:(?:lead|contact|co-?|sub-?award|site|multi-?)\s*)?"
    r"(?:pi|i|investigator|chair|organi[sz]er|lead|mpi)$"
    r"|^(?:senior personnel|key personnel|keynote|plenary|invited|panelist"
    r"|moderator|discussant|speaker|mentor|advisor|judge|reviewer|session chair|host"
    r"|keynote speaker|invited speaker|plenary speaker|guest speaker|guest lecturer"
    r"|general chair|program chair|area chair|tutorial)$",
    re.IGNORECASE,
)
_STATUS = (
    (re.compile(r"\bcancel+ed\b|\bcancel+ation\b|\bcalled off\b", re.I), "cancelled"),
    (re.compile(r"\bpostponed\b|\bdelayed\b|\brescheduled\b", re.I), "postponed"),
    (
        re.compile(r"\btentative\b|\btb[adc]\b|\bto be (?:confirmed|determined)\b", re.I),
        "tentative",
    ),
)
# Lower-case words that still belong in a place name ("University of Minnesota").
_GLUE = {
    "of", "at", "the", "and", "de", "del", "della", "di", "du", "des", "la", "le", "für",
    "am", "an", "der", "van", "von", "y", "e", "upon", "on", "in", "for", "&", "st.", "sur",
    "da", "do", "dos", "das", "zu", "bei", "en",
}  # fmt: skip


@dataclass
class Described:
    location: str | None = None
    role: str | None = None
    note: str | None = None
    status: str = "confirmed"
    times: tuple = field(default_factory=tuple)  # (start, end) time of day if given here


def status_of(text: str) -> str | None:
    """``postponed``, ``cancelled`` or ``tentative`` if the text says so."""
    for pattern, status in _STATUS:
        if pattern.search(text):
            return status
    return None


_SEPARATORS = re.compile(r"[,;]")
_PLACES = {"virtual", "online", "remote", "hybrid", "zoom", "in person", "in-person", "webinar"}


# How a paper is presented ("(Oral)", "(Spotlight)"): a note, never a place.
_PRESENTATION = re.compile(
    r"^(?:oral|spotlight|poster|highlight|contributed talk|demo|best (?:paper|student paper)"
    r"(?: award)?(?: nominee| finalist| candidate)?)(?: presentation)?$",
    re.IGNORECASE,
)


def is_place_word(text: str) -> bool:
    """``Virtual``, ``Online``, ``Hybrid``…: where a talk happens when it is not a place."""
    return text.lower() in _PLACES


def _is_note(segment: str) -> bool:
    words = segment.split()
    if not words or not words[0][:1].isupper() and not words[0][:1].isdigit():
        return True  # starts lower-case: a remark, not a name
    return any(w[:1].islower() and w.lower() not in _GLUE for w in words[1:])


def describe(prefix: str) -> Described:
    """Classify the comma-separated segments of ``prefix``."""
    out = Described()
    locations: list[str] = []
    roles: list[str] = []
    notes: list[str] = []
    for raw in _SEPARATORS.split(prefix):
        segment = raw.strip(" .:–—-")
        if not segment:
            continue
        clock = parse_time(segment)
        if clock:
            out.times = clock
        elif segment.lower() in _PLACES:
            locations.append(segment[:1].upper() + segment[1:])
        elif _ROLE.match(segment):
            roles.append(segment)
        elif status_of(segment) or _PRESENTATION.match(segment) or _is_note(segment):
            notes.append(segment)
        else:
            locations.append(segment)
    out.location = ", ".join(locations) or None
    out.role = ", ".join(roles) or None
    out.note = ", ".join(notes) or None
    out.status = (status_of(out.note) if out.note else None) or "confirmed"
    return out


def with_aside(details: Described, aside: str) -> Described:
    """``details`` completed by what shared a leading date's bracket (``[Apr 2026, Korea]``)."""
    if not aside:
        return details
    extra = describe(aside)
    return replace(
        details,
        location=details.location or extra.location,
        role=details.role or extra.role,
        note=details.note or extra.note,
        status=details.status if details.status != "confirmed" else extra.status,
    )
