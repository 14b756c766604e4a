"""What an item is: ``talk``, ``paper``, ``award``, ``service``, ``position``, ``event``, ``news``.

A leading label that names a type wins (``**Talk**``, ``**Paper release**``). Without one,
the item's words decide, from one table of words per language (a module each):

- the sentence's **main verb** wins over other words: ``presented our accepted paper at X``
  is a talk, ``paper accepted as an oral presentation`` a paper. The main verb is the first
  verb of the tables that is not an adjective (``our accepted paper``), the last one in
  a language that puts its verb last (Japanese). Some verbs take the type of their object
  (``gave a talk``, ``gave an interview``, ``received the best paper award``), some of
  their subject (``our paper was accepted``, ``our workshop was accepted``); of nouns
  that stand together the last one is the head (``the presentation award``: an award).
  A verb whose object says nothing (``announced that …``) leaves it to the next verb;
  a verb form describing a noun (``a workshop organised by X``) is not the main verb;
  a talk the person gives in a second clause wins (``chaired a session and gave a talk``);
- without a verb, the first word of a type (``Invited talk on our paper``: a talk);
- an arXiv link makes a paper of what the words leave news; anything else is news.

Paper titles (the text of links to papers, and quoted titles) are not read for words, so
a paper called "Talking heads" stays a paper. Words added in ``feeds.toml`` (``[types]``
``talk = ["Vortragsreihe"]``) come before the tables. Each item is read in one pass of
precompiled patterns, tried only where a word begins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache

from ...model import Item
from .mask import ATTACHMENT_TEXT, mask
from .words import (
    AND_THEN,
    BE_BEFORE,
    GIVEN,
    GIVING,
    NOUN,
    OBJECT,
    SUBJECT,
    TYPES,
    VERB_LAST,
    Hit,
    hits,
    phrase_type,
    sentence_ends,
)

__all__ = ["TYPES", "classify", "retype", "type_of"]

_OBJECT_REACH = 5  # words between a verb and its object: "received the NSF CAREER award"
_PAPER_LINK = re.compile(
    r"arxiv\.org|doi\.org|openreview\.net|huggingface\.co/papers/|aclanthology|proceedings"
    r"|papers\.nips|dl\.acm\.org|ieeexplore|springer|sciencedirect|biorxiv|\.pdf$",
    re.IGNORECASE,
)
# A DOI link links a paper, unless it is a data or software archive's (Zenodo, figshare…);
# so do a paper's OpenReview page and its Hugging Face paper page.
_PAPER_PAGE = re.compile(
    r"doi\.org/10\.(?!5281/|6084/|5061/|1594/|17632/|7910/)|openreview\.net/(?:forum|pdf)\?"
    r"|huggingface\.co/papers/",
    re.IGNORECASE,
)


def _decide(lowered: str) -> str | None:
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
        return _verb_type(lowered, verbs[-1], nouns) or verbs[-1].type
    for k, verb in enumerate(verbs):
        found = _verb_type(lowered, verb, nouns)
        if found is None:  # "announced" with no object of a type: a later verb says it
            continue
        if found == "news" and _described(lowered, verb, verbs[k + 1 :], nouns):
            continue  # "our paper submitted in May was accepted": the later verb says it
        later = verbs[k + 1 :]
        if found == "event" and _talk_after(lowered, verb, later, nouns, _MY_CLAUSE):
            return "talk"  # "attended X, where I presented our work": a talk
        if found not in ("talk", "paper") and _talk_after(lowered, None, later, nouns, _AND_THEN):
            return "talk"  # "chaired a session and gave a talk": a talk
        return found
    return verbs[0].type


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


# A verb that opens a second clause of the same subject: "…, and gave a talk", "…, where
# I presented my work", "…, où j'ai présenté", "… und einen Vortrag gehalten".
_AND_THEN = re.compile(
    rf"(?<!\w)(?:and (?:also |then )?|where (?:i|we) (?:also )?|while |où )$|(?:{AND_THEN})$"
)
# What may stand before a verb of the person's own in a later clause: "attending X,
# presenting Y", "…, where I had a chance to present my work", "… while presenting my
# work", "où j'ai présenté" (not "…, who presented").
_MY_CLAUSE = re.compile(
    r"(?:[,;]|(?<!\w)(?:and|while|whilst|when|où|where (?:i|we)|(?:i|we)|(?:chance|opportunity"
    r"|invited|pleasure|honou?red|glad|happy|excited) to))\s+(?:also |then |later )?$"
    # 参加…，作报告 / 参加…并作报告 / 参加…，并在会议上进行了口头报告
    r"|(?:[，；、]|并(?:且|在)?|[\u4e00-\u9fff]\s)\s*(?:在[^，。；,;]{1,12}?[上中])?$"
    rf"|(?:{AND_THEN})$"  # "… teilgenommen und einen Vortrag gehalten"
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
    passive = BE_BEFORE.search(lowered, max(0, verb.start - 12), verb.start) and not (
        lowered.endswith("ing", verb.start, verb.end)  # "I am giving a course": not passive
    )
    if verb.role == OBJECT and passive:  # "a special issue was announced": its subject
        before = [n for n in nouns if n.end <= verb.start]
        return before[0].type if before else (None if verb.type == "news" else verb.type)
    if verb.role == OBJECT:  # "gave a talk", "gave an interview"
        after = next((k for k, n in enumerate(nouns) if n.start >= verb.end), None)
        if after is not None:
            head = _head(lowered, nouns, after)
            if len(lowered[verb.end : nouns[after].start].split()) <= _OBJECT_REACH:
                if GIVING.fullmatch(lowered, verb.start, verb.end) and GIVEN.fullmatch(
                    lowered, head.start, head.end
                ):
                    return "talk"  # "taught a workshop", "ran a tutorial"
                return head.type
        return None if verb.type == "news" else verb.type
    if verb.role == SUBJECT:  # "our workshop was accepted"
        after = next((k for k, n in enumerate(nouns) if n.start >= verb.end), None)
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
        if heads:
            return _head(lowered, heads, 0).type  # "our conference paper": a paper
        if not before and after is not None and nouns[after].type == "news":
            return "news"  # "published an opinion piece": its object says it
    return verb.type


# A noun in a phrase that describes another: "the project from my internship".
_IN_PHRASE = re.compile(
    r"(?<!\w)(?:on|of|from|during|at|in|about|for|with|by)\s+"
    r"(?:(?:the|a|an|my|our|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}$"
)


def _head(lowered: str, nouns: list[Hit], k: int) -> Hit:
    """The last of the nouns that stand together from ``nouns[k]``: a compound's head
    (``presentation award``: an award; ``workshop paper``: a paper)."""
    while k + 1 < len(nouns) and not lowered[nouns[k].end : nouns[k + 1].start].strip(" -"):
        k += 1
    return nouns[k]


@lru_cache(maxsize=1024)
def _label_type(label: str) -> str | None:
    """The type a label names (``Invited Talk``: talk), ``None`` for ``News``, ``Misc``…

    A label is a noun phrase: its first typed noun decides (``Paper release``: paper),
    then its words as a sentence would."""
    lowered = label.lower()
    nouns = [h for h in hits(lowered) if h.role == NOUN]
    return nouns[0].type if nouns else _decide(lowered)


@cache
def _user_words(extra: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern[str] | None:
    """One pattern for the words a site adds (``[types]`` in ``feeds.toml``)."""
    parts = [
        (rf"(?<!\w){re.escape(word.lower())}(?!\w)", type_)
        for type_, words in extra
        for word in words
        if word.strip()
    ]
    if not parts:
        return None
    parts.sort(key=lambda part: -len(part[0]))
    named = "|".join(f"(?P<{type_}_{i}>{p})" for i, (p, type_) in enumerate(parts))
    return re.compile(named)


def classify(
    text: str,
    label: str = "",
    *,
    arxiv: bool = False,
    titles: Iterable[str] = (),
    extra: Mapping[str, Iterable[str]] | None = None,
    attachments: Iterable[str] = (),
    default: str = "news",
) -> str:
    """The type of an item whose plain text is ``text`` and leading label ``label``.

    ``arxiv``: the item links a paper (on arXiv, or by its DOI). ``titles``: link texts
    that are paper titles. ``extra``: words per type that the site adds; they come before
    the tables. ``attachments``: link texts that may name attachments (``slides``).
    ``default``: the type when nothing says one (``paper`` under a ``Publications`` heading).
    """
    if label and (found := _label_type(label)):
        return found
    if extra:
        user = _user_words(tuple((t, tuple(w)) for t, w in sorted(extra.items())))
        if user and (match := user.search(text.lower())):
            return str(match.lastgroup).rsplit("_", 1)[0]
    masked = mask(text, titles, attachments)
    found = _decide_headed(masked.lower())
    if found is None and masked != text:  # the title was all there was: read it after all
        found = _decide_headed(mask(text, (), attachments).lower())  # (attachments never)
    if found in (None, "news") and arxiv:  # "Released [Title](arXiv link)"
        return "paper"
    return found or default


# A short phrase before a colon opening the item: "New role:", "Our new work:".
_HEADLINE = re.compile(r"\s*([^:.!?]{1,40}?)\s*:\s+(?=\S)")


def _decide_headed(lowered: str) -> str | None:
    """The type of ``lowered``; a headline without a verb (``new role: editor of X``) says
    what the rest is about: the rest's words decide first, the headline when they do not."""
    at, headlines = 0, []
    while (found := _HEADLINE.match(lowered, at)) and len(found.group(1).split()) <= 5:
        headlines.append(found.group(1))
        at = found.end()
    if headlines and all(h.role == NOUN for line in headlines for h in hits(line)):
        said = _decide(lowered[at:])
        if said in (None, "news"):  # "our new work: [title]: [subtitle] is out"
            return next(filter(None, map(_label_type, headlines)), None) or said or _decide(lowered)
        return said
    return _decide(lowered)


def type_of(event: Item, extra: Mapping[str, Iterable[str]] | None = None) -> str:
    """The type of an item: its label (``kind``), its words, its links."""
    if found := _label_type(event.kind):  # before looking for paper titles
        return found
    titles = [
        link.text
        for link in event.links
        if link.attachment is None and len(link.text) >= 12 and _PAPER_LINK.search(link.url)
    ]
    attachments = [
        link.text
        for link in event.links
        if link.attachment is not None or ATTACHMENT_TEXT.fullmatch(link.text)
    ]
    paper_link = bool(event.arxiv) or any(
        link.attachment is None and _PAPER_PAGE.search(link.url) for link in event.links
    )
    papers = _PAPERS_SECTION.search(event.section) and event.section.count("-") < 4  # not a menu
    default = "paper" if papers else "news"
    return classify(
        event.text,
        arxiv=paper_link,
        titles=titles,
        extra=extra,
        attachments=attachments,
        default=default,
    )


# A section that lists papers (its slug): "Publications", "Recent preprints", "论文", "論文発表".
_PAPERS_SECTION = re.compile(
    r"papers?|publications?|preprints?|articles|论文|論文|publicaciones|artigos|articoli"
    r"|veröffentlichungen|publikationen"
)


def retype(events: Iterable[Item], extra: Mapping[str, Iterable[str]]) -> None:
    """Type ``events`` again with the words a site adds (``[types]`` in ``feeds.toml``)."""
    if any(words for words in extra.values()):
        for event in events:
            event.type = type_of(event, extra)
