"""What of an item's text is not read for its type: paper titles and attachment link texts."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .calls import names_a_call

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
    text = _JOURNAL_FIRST.sub(r"\1期刊：", text) if "《" in text else text
    for title in titles:
        if title and title != text and not _GIVEN_TEXT.match(title) and not names_a_call(title):
            text = text.replace(title, " · ")
    for label in attachments:
        pointed = re.compile(
            rf"({_POINTING}(?:(?:my|our|the|his|her|their|a)\s+)?){re.escape(label)}(?!\w)",
            re.IGNORECASE,
        )
        text = pointed.sub(r"\1 · ", text)
    return _QUOTED.sub(" · ", text) if ('"' in text or not text.isascii()) else text


# An item that opens with a journal's name in 《》 and a colon, then a title
# (《光学快报》：…): a paper in that journal; the name is masked as a journal (期刊).
# (after its date and marks: no word of Chinese before it)
_JOURNAL_FIRST = re.compile(r"^([^《\u4e00-\u9fff\n]{0,24})《[^》\n]{2,40}》\s*[：:]")


# What follows a work's title that is the subject of its acceptance: "[Title](url) is
# accepted at X", "… has been accepted to", "… got accepted by", "… to appear in".
_ACCEPTED_AFTER = re.compile(
    r"[\s\W]{0,8}?(?:[^,.;:!?()\[\]]{1,60},\s*)?"  # "[Title](url), our benchmark, is …"
    r"(?:(?:is|was|are|were|has|have|been|got|gets|just|now|finally|also|officially|recently)"
    r"\s+)*(?:acc(?:pe|ep)?ted|published|to appear|will appear|appears?)"
    r"(?!\w)",
    re.IGNORECASE,
)
# A link text that names an event or a talk, accepted too: "[Toy Workshop](url) is accepted".
_GIVEN_NAME = re.compile(
    r"(?<!\w)(?:workshops?|tutorials?|talks?|symposi(?:um|a)|special sessions?|panels?"
    r"|competitions?|challenges?|proposals?)(?!\w)",
    re.IGNORECASE,
)


# A link text that names what the work is, not its title: "our [paper](url) was published".
_WORK_NAMED = re.compile(
    r"(?:(?:our|my|the|this|a|an|new|latest|recent|full|final|accepted|journal|conference)\s+)*"
    r"(?:papers?|pre-?prints?|articles?|works?|manuscripts?|study|studies|publications?)",
    re.IGNORECASE,
)


def accepted_titles(text: str, link_texts: Iterable[str]) -> list[str]:
    """The link texts of ``text`` that are the subject of an acceptance: the title of the
    work accepted (``[Annealed Winners for X](url) is accepted at Y``), whose words are
    not read for its type; not a workshop or tutorial accepted, nor a link text that says
    what the work is (``our optimal lockdown [paper](url) has been published``)."""
    found = []
    for title in link_texts:
        at = text.find(title) if len(title) >= 3 else -1
        accepted = at >= 0 and _ACCEPTED_AFTER.match(text, at + len(title))
        if accepted and not _GIVEN_NAME.search(title) and not _WORK_NAMED.fullmatch(title):
            found.append(title)
    return found
