"""What the words of an item's text say together (see :mod:`feeds.parse.types`): its main
verb, the type that verb takes from its object or subject, the head of nouns that stand
together, and a later clause of the person's own that is a talk."""

from __future__ import annotations

import re

from ...lazy_pattern import lazy
from .person_said import AS_ROLE, PERSON_ACCEPTED, TO_ATTEND, TO_SERVE, UNSAID_AS
from .software_venue import software_in_journal
from .words import (
    AND_THEN,
    BARE_GIVE,
    BE_BEFORE,
    GIVEN,
    GIVING,
    NOUN,
    OBJECT,
    SPEAK,
    SPEECH_NO_TALK,
    SPOKEN,
    SUBJECT,
    VERB_LAST,
    Hit,
    hits,
    phrase_type,
    sentence_ends,
)

_OBJECT_REACH = 5  # words between a verb and its object: "received the NSF CAREER award"


def decide(lowered: str) -> str | None:
    """The type the words of ``lowered`` give, or ``None`` when none is of a type."""
    if said := phrase_type(lowered):  # "… which includes a mention of my work": news
        return said
    found = hits(lowered)
    if not found:
        return None
    nouns = [h for h in found if h.role == NOUN]
    verbs = [h for h in found if h.role != NOUN]
    if not verbs:
        return _head(lowered, nouns, 0).type
    if VERB_LAST.search(lowered):
        return _verb_last_type(lowered, verbs, nouns)
    for k, verb in enumerate(verbs):
        found = _verb_type(lowered, verb, nouns)
        if found is None:  # "announced" with no object of a type: a later verb says it
            continue
        if found == "news" and _described(lowered, verb, verbs[k + 1 :], nouns):
            continue  # "our paper submitted in May was accepted": the later verb says it
        later = verbs[k + 1 :]
        guest = lowered.startswith("visit", verb.start) and _GUEST_VISIT.match(lowered, verb.end)
        if guest:  # "X is visiting our lab …, presenting her work": a guest's talk, hosted
            return found
        if found == "event" and _talk_after(lowered, verb, later, nouns, _MY_CLAUSE):
            return "talk"  # "attended X, where I presented our work": a talk
        if found == "event" and _my_talk_later(lowered, later, nouns):
            return "talk"  # "Ich nehme an X teil. Am 4. Mai präsentiere ich …": a talk
        if found == "news" and _PRESS_VERB.match(lowered, verb.start):  # the interview
            given = [v for v in later if not _TALKED_ABOUT.match(lowered, v.start)]  # ("where
            mine = _talk_after(lowered, verb, given, nouns, _AND_ALSO)  # I talked about X"),
            return "talk" if mine else found  # unless "… and gave a talk at the museum"
        if found not in ("talk", "paper") and _talk_after(lowered, None, later, nouns, _AND_THEN):
            return "talk"  # "chaired a session and gave a talk": a talk
        return found
    said = [v for v in verbs if not _bare_give(lowered, v)]  # "gives a way to": no type
    return said[0].type if said else _head(lowered, nouns, 0).type if nouns else None


def _verb_last_type(lowered: str, verbs: list[Hit], nouns: list[Hit]) -> str:
    """The type where the main verb ends its sentence (Japanese): that of the last verb of
    the first sentence that has one (``…記念講演を行いました。…が賞を受賞しました。``: the
    talk; ``リストを更新しました。…を受賞しました。``: the update, news), or a talk given in
    a later one where the first tells of attending (``…に参加．…にて論文発表．``)."""
    last = verbs[0]
    for k, verb in enumerate(verbs[1:], 1):
        if _SENTENCE_STOP.search(lowered, last.end, verb.start):
            later = verbs[k:]
            break
        last = verb
    else:
        later = []
    found = _verb_type(lowered, last, nouns) or last.type
    if found == "event" and any(_verb_type(lowered, v, nouns) == "talk" for v in later):
        return "talk"
    return found


# A full stop that ends a Japanese sentence (not ". ", which may join a title to its body).
_SENTENCE_STOP = re.compile(r"[。．！？]")


def _bare_give(lowered: str, verb: Hit) -> bool:
    """Whether ``verb`` is "give" without a talk given: ``the update gives a way to …``."""
    return (
        verb.role == OBJECT
        and BARE_GIVE.fullmatch(lowered, verb.start, verb.end) is not None
        and not SPOKEN.match(lowered, verb.end)
    )


def _talk_after(
    lowered: str, verb: Hit | None, later: list[Hit], nouns: list[Hit], clause: re.Pattern[str]
) -> bool:
    """Whether one of the ``later`` verbs opens a ``clause`` of the person's own that is
    a talk (in the sentence of ``verb`` when it is given)."""
    return any(
        clause.search(lowered, 0, other.start)
        and not (verb and sentence_ends(lowered, verb.end, other.start))
        and _verb_type(lowered, other, nouns) == "talk"
        for other in later
    )


def _my_talk_later(lowered: str, later: list[Hit], nouns: list[Hit]) -> bool:
    """Whether a later sentence says the person gives a talk there: ``… There I present
    our work``, ``… Am 4. Mai präsentiere ich …`` (not ``Jane presented her work``)."""
    return any(
        (
            _I_BEFORE.search(lowered, max(0, other.start - 30), other.start)
            or _I_AFTER.match(lowered, other.end)
            or _MINE_ZH.search(lowered, max(0, other.start - 30), other.start)
        )
        and _verb_type(lowered, other, nouns) == "talk"
        and (other.role != OBJECT or any(n.start >= other.end for n in nouns))
        for other in later
    )


# The person as the subject just before or (German) just after a verb.
_I_BEFORE = re.compile(
    r"(?<!\w)(?:i|we|ich|wir|je|nous|io|noi|yo|eu)(?:['’](?:ll|m|ve))?\s+"
    r"(?:(?:will|shall|also|then|now|am|are|will be)\s+){0,2}$"
)
_I_AFTER = re.compile(r"\s+(?:ich|wir)(?!\w)")
# A Chinese sentence of the person's own: the pronoun, or none (the writer is the subject
# a sentence leaves out), then adverbs and where: "。我担任报告人", "。受邀作报告",
# "。我们也在会上作了口头报告" (not "。张老师作了报告").
_MINE_ZH = re.compile(
    r"[。！!；;？?，,]\s*(?:我们|我|本人|笔者)?(?:[也还又并将已再]|受邀|应邀|有幸|随后|同时)*"
    r"(?:在[^，。；,;]{1,16}?[上中])?(?:[也还又并将已再]|受邀|应邀)*$"
)


# A guest's visit to the site's own lab ("is visiting the lab", "visited us"; not "visited
# the lab of X", where the person went).
_GUEST_VISIT = re.compile(
    r"\s+(?:(?:the|our|my)\s+(?:lab|group|team)(?!\w)(?!\s+of\s)"
    r"|us(?!\w))"
)


# The press's verbs: what the person says there is said to the press, no talk.
_PRESS_VERB = re.compile(r"(?:interviewed|featured|profiled|spotlighted|quoted)(?!\w)")
_TALKED_ABOUT = re.compile(r"(?:talk(?:s|ed|ing)?|sp(?:oke|eak|eaks|eaking)) (?:about|on)\b")
_AND_ALSO = re.compile(r"(?<!\w)and (?:also |then |later )?$")  # a second clause, the same subject


# A verb that opens a second clause of the same subject: "…, and gave a talk", "…, where
# I presented my work", "…, où j'ai présenté", "… und einen Vortrag gehalten".
_AND_THEN = re.compile(
    rf"(?<!\w)(?:and (?:also |then )?|where (?:i|we) (?:also )?|while |où )$|(?:{AND_THEN})$"
)
# What may stand before a verb of the person's own in a later clause: "attending X,
# presenting Y", "…, where I had a chance to present my work", "… while presenting my
# work", "où j'ai présenté" (not "…, who presented").
_MY_CLAUSE = lazy(
    r"(?:[,;]|(?<!\w)(?:and|while|whilst|when|où|where (?:i|we)|(?:i|we)|to|(?:chance|opportunity"
    r"|invited|pleasure|honou?red|glad|happy|excited) to))\s+(?:also |then |later )?$"
    # 参加…，作报告 / 参加…并作报告 / 参加…，并在会议上进行了口头报告
    r"|(?:[，；、]|并(?:且|在)?|[\u4e00-\u9fff]\s)\s*(?:在[^，。；,;]{1,12}?[上中])?$"
    rf"|(?:{AND_THEN})$"  # "… teilgenommen und einen Vortrag gehalten"
    # "Sam attends X and the lab presents at Y", "…, and our students present": a clause
    # whose subject is the lab or its people (not "Ann and Bo presenting": one subject)
    r"|(?<!\w)and (?:(?:the|our|my) (?:lab|group|team|students?|members?|postdocs?)|we|i|she"
    r"|he|they)\s+(?:also |then |later )?$"
)


def _described(lowered: str, verb: Hit, later: list[Hit], nouns: list[Hit]) -> bool:
    """Whether ``verb`` (of a plain news type) only describes the subject of a later
    passive verb of a type: ``the paper submitted in May was accepted``."""
    if BE_BEFORE.search(lowered, max(0, verb.start - 12), verb.start):
        return False
    return any(
        BE_BEFORE.search(lowered, max(0, other.start - 12), other.start)
        and not re.search(r"(?<!\w)(?:which|that|who)(?!\w)", lowered[verb.end : other.start])
        and _verb_type(lowered, other, nouns) not in (None, "news")
        for other in later
    )


def _verb_type(lowered: str, verb: Hit, nouns: list[Hit]) -> str | None:
    """The type ``verb`` gives as the main verb; ``None`` for a verb that says nothing
    without its object (``announced …``, ``have a …``) when the object says nothing."""
    if SPEAK.fullmatch(lowered, verb.start, verb.end) and SPEECH_NO_TALK.match(lowered, verb.end):
        return "news"  # "speak on behalf of our students at the gala dinner"
    passive = BE_BEFORE.search(lowered, max(0, verb.start - 12), verb.start) and not (
        lowered.endswith("ing", verb.start, verb.end)  # "I am giving a course": not passive
    )
    if verb.role == OBJECT and passive:  # "a special issue was announced": its subject
        before = [n for n in nouns if n.end <= verb.start]
        if before:
            return before[0].type
        after = next((k for k, n in enumerate(nouns) if n.start >= verb.end), None)
        if after is not None and len(lowered[verb.end : nouns[after].start].split()) <= 3:
            return _head(lowered, nouns, after).type  # "I was given the best paper award"
        return None if verb.type == "news" else verb.type
    if verb.role == OBJECT:  # "gave a talk", "gave an interview"
        after = next((k for k, n in enumerate(nouns) if n.start >= verb.end), None)
        if after is not None and _TIME_OF.match(lowered, verb.end, nouns[after].start):
            after = None  # "the coding I did during my PhD": when, not what
        if after is not None:
            head = _head(lowered, nouns, after)
            if len(lowered[verb.end : nouns[after].start].split()) <= _OBJECT_REACH:
                if GIVING.fullmatch(lowered, verb.start, verb.end) and GIVEN.fullmatch(
                    lowered, head.start, head.end
                ):
                    return "talk"  # "taught a workshop", "ran a tutorial"
                return head.type
        if _bare_give(lowered, verb):
            return None
        return None if verb.type == "news" else verb.type
    if verb.role == SUBJECT and TO_SERVE.match(lowered, verb.end):  # "selected to serve on
        after = next((k for k, n in enumerate(nouns) if n.start >= verb.end), None)  # the PC"
        return _head(lowered, nouns, after).type if after is not None else None
    if verb.role == SUBJECT:  # "our workshop was accepted"
        after = next((k for k, n in enumerate(nouns) if n.start >= verb.end), None)
        person = PERSON_ACCEPTED.search(lowered, max(0, verb.start - 30), verb.start) or (
            AS_ROLE.match(lowered, verb.end)
            and not any(n.end <= verb.start for n in nouns)
            and (
                UNSAID_AS.search(lowered, max(0, verb.start - 12), verb.start)
                or lowered.startswith(("got ", "get "), verb.start)
                or not lowered[: verb.start].strip()  # a headline: "Accepted as a volunteer"
            )
        )
        if person and TO_ATTEND.match(lowered, verb.end):
            return "event"  # "I was accepted to attend the X Workshop as a Y": going there
        if after is not None and person:
            went = _head(lowered, nouns, after)  # "I was accepted to the summer school": going
            near = len(lowered[verb.end : nouns[after].start].split()) <= _OBJECT_REACH
            if near and went.type in ("event", "award", "position", "service"):
                return went.type
        if (  # "our paper was nominated for the best paper award": an award
            after is not None
            and len(lowered[verb.end : nouns[after].start].split()) <= _OBJECT_REACH
            and _head(lowered, nouns, after).type == verb.type != "news"
        ):
            return verb.type
        before = [n for n in nouns if n.end <= verb.start]
        if any(n.type == verb.type for n in before):
            return verb.type
        # not a time of one's career named after the subject ("the project from my
        # internship was accepted"; but "slides from my talk are online": the talk's)
        heads = [
            n
            for n in before
            if not (n.type == "position" and _IN_PHRASE.search(lowered, 0, n.start))
        ]
        if heads and software_in_journal(lowered, verb, _head(lowered, heads, 0)):
            return "paper"  # "X – a Python package for Y – is published in Bioinformatics"
        if heads:
            return _head(lowered, heads, 0).type  # "our conference paper": a paper
        if (  # "published an opinion piece": its object says it, the head of its nouns
            not before  # ("accepted at X, with a featured certification": an honour)
            and after is not None
            and _head(lowered, nouns, after).type == "news"
            and not sentence_ends(lowered, verb.end, nouns[after].start)  # ("… has been
        ):  # published. See the course page": no object of its own)
            return "news"
    return verb.type


# A noun after a verb that says when, not what: "the coding I did during my PhD".
_TIME_OF = re.compile(
    r"\s*(?:during|throughout|since|before|after|while)\s+"
    r"(?:(?:my|our|the|his|her|their)\s+)?(?:[\w-]+\s+)?$"
)

# A noun in a phrase that describes another: "the project from my internship".
_IN_PHRASE = lazy(
    r"(?<!\w)(?:on|of|from|during|at|in|about|for|with|by)\s+"
    r"(?:(?:the|a|an|my|our|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}$"
)


def _head(lowered: str, nouns: list[Hit], k: int) -> Hit:
    """The last of the nouns that stand together from ``nouns[k]``: a compound's head
    (``presentation award``: an award; ``workshop paper``: a paper)."""
    while k + 1 < len(nouns) and not lowered[nouns[k].end : nouns[k + 1].start].strip(" -"):
        k += 1
    return nouns[k]
