"""A leading bold name that is the subject of the sentence, not a label of its kind.

``**Talk** at X`` and ``**Award:** …`` open with a label; ``**Toy Avatars** was accepted
to X``, ``🎉 **MeGA** 被 **CVPR 2025** 接受!``, ``**ToyNet**が採択されました``,
``**宋潮**博士关于…的论文发表于 X`` open with the name of a work or person that the rest
of the sentence says something about: the name stays in the title and the words type
the item. What may follow such a name: a verb or
``and`` (English, and the other languages' common forms), 被/获/将… (Chinese), a
particle written against it (が, は, を; 이, 가, 은, 는).
"""

from __future__ import annotations

import re

from .types.sentence import decide
from .types.words import OBJECT, VERB, hits

_PREDICATE = re.compile(
    r"\s*(?:(?:is|are|was|were|has|have|had|will|gets?|got|w[io]ns?|receive[sd]?|accepted"
    r"|appear(?:s|ed)?|bec(?:ame|omes?)|and|&|fue|ha sido|est|a été|wurde|ist|foi|è stato)"
    r"(?![\w'’])"
    r"|被|获|荣获|获得|入选|将|已|于|在|和|与|及)"
    r"|(?:が|は|を|の|も|이|가|은|는|을|를)",
    re.IGNORECASE,
)


# What goes on in lower case after a bold run: "**Helios** released: …", "**Helios** v0.2
# released"; not a preposition: "**XR Demo** at CHI", "**Talk** at X" (a label, a kind).
_GOES_ON = re.compile(
    r"[ \t\xa0]+(?:v?\d[\w.-]*[ \t]+)?"
    r"(?!(?:at|in|on|for|from|with|to|by|of|about|during|and|or|@)(?![\w-]))[a-z]"
)

# A Chinese, Japanese or Korean word written against the bold run, with no separator:
# "**宋潮**博士关于…的论文", "**葛传昊**的学位论文" (a label is set off: "**获奖**：…").
_CJK_ON = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")

# Labels that name no type of the tables but are common headings of a news item.
_HEADING = re.compile(
    r"news|updates?|announcements?|highlights?|misc(?:ellaneous)?|notes?|notice|outreach"
    r"|travel|trip|personal|life|software|code|data(?:set)?|open[- ]source|jobs?|alert"
    r"|reminder|important|invited|other|general|fun|events?|milestone|website|blog|video|demo"
)


def opens_sentence(text: str, end: int, label: str = "") -> bool:
    """Whether what follows a bold name ending at ``end`` of ``text`` goes on with the
    sentence it is the subject of (no ``:`` or dash between them): a verb, or, after a
    ``label`` that names no kind (a type, a common heading), any word in lower case
    (``**Helios** released: a runtime …``, ``**ToyNet** v2 is out``) or a Chinese,
    Japanese or Korean word written against it (``**宋潮**博士关于…``)."""
    if _PREDICATE.match(text, end) is not None:
        return True
    if not label or (_GOES_ON.match(text, end) or _CJK_ON.match(text, end)) is None:
        return False
    lowered = " ".join(label.lower().split())
    last = lowered.rsplit(" ", 1)[-1]  # "Lab News", "XR Demo"
    return _HEADING.fullmatch(last) is None and decide(lowered) is None


def is_sentence(label: str) -> bool:
    """Whether a bold run of three words or more is a sentence the person is the subject
    of (``**Graduated from Harbour University**``, ``**Joined the X lab**``): its verb says
    so; it is the item's words in bold, not a label of its kind (``**Best Paper Award**``,
    ``**Invited talk at X**``); a CJK run closed by its full stop is one too."""
    lowered = " ".join(label.lower().split())
    if label.endswith(("。", "！", "？")) and len(label) > 4:  # "**論文が採択されました。**": a
        return True  # CJK sentence closed by its full stop (a label has none)
    return len(lowered.split()) >= 3 and any(h.role in (VERB, OBJECT) for h in hits(lowered))
