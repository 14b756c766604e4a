"""The person said as what a verb is about: "I was accepted to X" (the person, not a
paper), "was accepted as a reviewer", "accepted to attend" (used by :mod:`.sentence`)."""

from __future__ import annotations

import re

# The person as the subject of a passive verb: "I was accepted to", "I've been admitted to".
PERSON_ACCEPTED = re.compile(
    r"(?<!\w)i(?:['’](?:ve|m))?\s+(?:(?:was|am|have|had|been|just|also|finally|recently)\s+){0,3}$"
)
TO_SERVE = re.compile(r"\s+to (?:serve|act)(?!\w)")
# The person unsaid, as what a role is given to: "Was accepted as a reviewer for X" (no
# noun before it: "[Title] was accepted to X" is the work's).
UNSAID_AS = re.compile(r"(?<!\w)(?:was|were|been|got|get)\s+$")
AS_ROLE = re.compile(r"\s+as\s+(?:an?|the)\s")
TO_ATTEND = re.compile(r"\s+to (?:attend|participate in|take part in)(?!\w)")
