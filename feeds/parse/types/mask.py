"""What of an item's text is not read for its type: paper titles and attachment link texts."""

from __future__ import annotations

import re
from collections.abc import Iterable

# A link text that names an attachment, after words that point to it: "see my
# [presentation] and my [thesis]" (the item is not a talk for its slides).
ATTACHMENT_TEXT = re.compile(
    r"(?:my |our |the |his |her |their |a |[\w.-]+['’]s )?"  # "Sam's Poster"
    r"(?:presentation|slides?|video|recording|poster"
    r"|thesis|dissertation|pdf|report|abstract|here|link|talk slides)",
    re.IGNORECASE,
)
# ... or that stand apart from the sentence: after its full stop, or after another one
_POINTING = r"(?:(?<!\w)(?:see|watch|view|read|download|find|check(?: out)?|and)|[,(\[:.!?·])\s*"
# A link text that names what the person gave, not a paper's title, though it links a
# PDF (the slides): "[workshop on survey tools](slides.pdf)", "[talk about X](x.pdf)".
_GIVEN_TEXT = re.compile(
    r"\W*(?:(?:an?|the|my|our|invited|keynote|hands-on)\s+)*(?:workshop|tutorial|talk|seminar"
    r"|lecture|keynote|presentation|poster|bootcamp|master ?class)s?\W*\s+(?:on|about|at|for)\s",
    re.IGNORECASE,
)
# A curly quote closed by a straight one (``“Example Salon"``, typed in two editors) is
# one title: the next straight quote opens another, never the words between the two.
_QUOTED = re.compile(
    r"“[^”\"]{6,300}[”\"]|\"[^\"”]{6,300}[\"”]|«[^»]{6,300}»|《[^》]{2,300}》|「[^」]{6,300}」"
)


# The open end of a date range, "Sep 2022 – Present": no one presents anything.
_ONGOING = re.compile(r"(?<=[\d.])\s*(?:[–—~-]+|\bto\b|\buntil\b)\s*present\b", re.IGNORECASE)


def mask(text: str, titles: Iterable[str], attachments: Iterable[str] = ()) -> str:
    """``text`` without paper titles (quoted titles and the given link texts), without
    the given attachment link texts where words point to them (``see my [slides]``) and
    without the open end of a date range (``Sep 2022 – present``)."""
    text = _ONGOING.sub(" ", text) if "resent" in text else text
    for title in titles:
        if title and title != text and not _GIVEN_TEXT.match(title):
            text = text.replace(title, " · ")
    for label in attachments:
        pointed = re.compile(
            rf"({_POINTING}(?:(?:my|our|the|his|her|their|a)\s+)?){re.escape(label)}(?!\w)",
            re.IGNORECASE,
        )
        text = pointed.sub(r"\1 · ", text)
    return _QUOTED.sub(" · ", text) if ('"' in text or not text.isascii()) else text
