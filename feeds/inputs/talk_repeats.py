"""A talk of a talks section or page that repeats one of the news in other words.

The News list says ``Gave an oral presentation at FOO 2026 in Lisbon`` and the Invited
Talks section below it ``Oral presentation at FOO 2026, Lisbon``: one talk, which the
talk feed and calendar must show once. The two are the same talk when their dates meet
(the same month, or a day inside the other's month) and the talks item's own words, its
venue, place and topic (not the words every talk has: "invited", "talk", "at"), are
nearly all in the news item's. Two talks of one month at other venues
(``Talk at Widget Seminar, Oslo`` and ``Talk at Gadget Colloquium, Bergen``), or the
same title at two places, stay two.
"""

from __future__ import annotations

import re

from ..model import DateSpan, Item

SHARED = 0.75  # of the talks item's words found in the news item's

_WORD = re.compile(r"[^\W_]+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Words every talk may say (function words, talk nouns and verbs): they tell no talk apart.
# fmt: off
_COMMON = frozenset((
    "a", "an", "the", "at", "on", "in", "of", "for", "and", "or", "to", "by", "with", "about",
    "from", "as", "my", "our", "his", "her", "their", "we", "i", "gave", "give", "giving",
    "given", "delivered", "deliver", "invited", "invite", "talk", "talks", "keynote", "plenary",
    "oral", "presentation", "presentations", "presented", "present", "presenting", "tutorial",
    "lecture", "seminar", "colloquium", "poster", "speaker", "spoke", "speak", "session", "co",
    "hosted", "virtual", "online", "remote", "will", "was", "is", "be", "been", "have", "has",
    "had", "new", "recent", "recently",
))
_COMMON_ZH = frozenset((
    "报告", "邀请", "受邀", "应邀", "特邀", "演讲", "做了", "作了", "进行", "学术", "题为", "主题",
))
# fmt: on


def same_talk(event: Item, other: Item) -> bool:
    """Whether ``event`` (of a talks section or page) is ``other`` (a talk of the news)
    told again, as the module says."""
    if event.span is None or other.span is None or not _meet(event.span, other.span):
        return False
    title = event.title.removesuffix("…")  # the words said, not its date
    mine = _words(title if title == event.title else title.rpartition(" ")[0])  # cut word
    if not mine:
        return False
    theirs = _words(other.text) | _words(other.title)
    return len(mine & theirs) >= SHARED * len(mine)


def _meet(one: DateSpan, other: DateSpan) -> bool:
    """Whether one date lies inside the other (``2026-01`` and ``2026-01-15``)."""
    return (
        one.start <= other.start
        and other.end <= one.end
        or other.start <= one.start
        and one.end <= other.end
    )


def _words(text: str) -> set[str]:
    """What tells a talk apart: its words but the common ones; a run of CJK characters
    as its pairs of characters (no spaces part its words)."""
    found: set[str] = set()
    for word in _WORD.findall(text.casefold()):
        if _CJK.search(word):
            pairs = {word[i : i + 2] for i in range(len(word) - 1)} or {word}
            found |= {p for p in pairs if p not in _COMMON_ZH}
        elif word not in _COMMON:
            found.add(word)
    return found
