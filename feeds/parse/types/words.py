"""The words of the type tables (one module per language) found in a text.

Every pattern of every language is tried only where a word begins with a text its match
can begin with (:mod:`.heads`), compiled when first needed: one pass over an item finds
its verbs and nouns of a type (``hits``). What they mean together is decided in :mod:`.sentence`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import ModuleType

from ...lazy_pattern import beyond, lazy
from ...regex_cache import kept_fact
from . import de, el, en, es, fr, it, ja, ko, pt, zh
from .heads import first_chars, heads, needed, plain_heads

TYPES = ("talk", "paper", "award", "service", "position", "event", "news")
# Where two languages have the same word, the earlier one says what it is.
LANGUAGES: tuple[ModuleType, ...] = (en, zh, ja, ko, es, fr, de, pt, it, el)

VERB, OBJECT, SUBJECT, NOUN = "verb", "object", "subject", "noun"

# Verbs of giving and the events one gives (a talk): "taught a workshop", "impartí un taller".
GIVING = re.compile("|".join(lang.GIVING for lang in LANGUAGES if hasattr(lang, "GIVING")))
# What opens a second clause of the same subject where the verb ends it (German "und …").
AND_THEN = "|".join(lang.AND_THEN for lang in LANGUAGES if hasattr(lang, "AND_THEN")) or "(?!)"
GIVEN = re.compile("|".join(lang.GIVEN_EVENTS for lang in LANGUAGES if hasattr(lang, "GIVING")))
# Verbs of giving that are a talk only with a talk as their object, and the objects that
# are talks though no noun of the tables says so: "gave the opening remarks".
BARE_GIVE = re.compile(
    "|".join(lang.BARE_GIVE for lang in LANGUAGES if hasattr(lang, "BARE_GIVE")) or "(?!)"
)
# Speaking that is no talk: "speak on behalf of our students at the gala dinner".
SPEAK = re.compile("|".join(lang.SPEAK for lang in LANGUAGES if hasattr(lang, "SPEAK")) or "(?!)")
SPEECH_NO_TALK = re.compile(
    "|".join(lang.SPEECH_NO_TALK for lang in LANGUAGES if hasattr(lang, "SPEAK")) or "(?!)"
)
SPOKEN = re.compile(
    "|".join(lang.SPOKEN for lang in LANGUAGES if hasattr(lang, "SPOKEN")) or "(?!)"
)


# a pattern, its type, its heads and the texts one of which each match holds (or None)
_Phrase = tuple[re.Pattern[str], str, tuple[str, ...] | None, tuple[str, ...] | None]


def _phrases() -> tuple[_Phrase, ...]:
    """Every language's ``PHRASES``, each compiled on its own with its type, the texts
    one of which begins each of its matches (:func:`.heads.plain_heads`) and those one of
    which each holds (:func:`.heads.needed`, kept from one run to the next: it parses the
    pattern, ~0.3 ms each), in order."""
    return tuple(
        (
            re.compile(rf"(?<!\w){pattern}(?!\w)" if lang.SPACED else pattern),
            type_,
            plain_heads(pattern),
            kept_fact(needed, pattern),
        )
        for lang in LANGUAGES
        for type_, patterns in getattr(lang, "PHRASES", {}).items()
        for pattern in patterns
    )


_PHRASES = _phrases()


def phrase_type(lowered: str) -> str | None:
    """The type a phrase of the tables' ``PHRASES`` gives wherever it stands, if any."""
    return first_phrase(_PHRASES, lowered)


def first_phrase(phrases: tuple[_Phrase, ...], lowered: str) -> str | None:
    """The type of the phrase that starts earliest in ``lowered``, the first of ``phrases``
    among those starting there: what one alternation of them all finds, but each phrase
    searched on its own skips ahead to where its first words stand, where an alternation
    tries every phrase at every character (~10x the time). A phrase none of whose heads
    (or needed texts) is in the text, or whose first head stands after the earliest phrase
    found, is not searched; one that may match is searched from its first head."""
    best, said = len(lowered) + 1, None
    for pattern, type_, begins, needs in phrases:
        if needs is not None and not any(map(lowered.__contains__, needs)):
            continue
        at = 0
        if begins is not None:
            at = best
            for head in begins:
                place = lowered.find(head, 0, at + len(head) - 1)
                if place >= 0:
                    at = place
            if at >= best:
                continue
        found = pattern.search(lowered, at)
        if found is not None and found.start() < best:
            best, said = found.start(), type_
    return said


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    role: str
    type: str


def _entries() -> list[tuple[str, str, tuple[str, str]]]:
    """Every pattern of every language, whole-word where words are spaced, longest first
    (so ``joined the program committee`` is tried before ``joined``)."""
    found: dict[str, tuple[str, tuple[str, str]]] = {}
    for lang in LANGUAGES:
        tables = (
            (VERB, lang.VERBS),
            (OBJECT, lang.OBJECT_VERBS),
            (SUBJECT, lang.SUBJECT_VERBS),
            (NOUN, lang.NOUNS),
        )
        for role, table in tables:
            for type_, patterns in table.items():
                assert type_ in TYPES, f"{lang.__name__}: unknown type {type_!r}"
                for pattern in patterns:
                    wrapped = rf"(?<!\w){pattern}(?!\w)" if lang.SPACED else pattern
                    found.setdefault(wrapped, (pattern, (role, type_)))
    return [(wrapped, pattern, kind) for wrapped, (pattern, kind) in found.items()]


_Entry = tuple[str, str, tuple[str, str]]  # wrapped pattern, pattern, (role, type)


def _by_first() -> dict[str, list[_Entry]]:
    """The patterns per first character; under ``""`` those that may begin with any."""
    by_first: dict[str, list[_Entry]] = {"": []}
    for wrapped, pattern, kind in _entries():
        assert not re.search(r"(?<!\\)\((?!\?)", pattern), f"capturing group in {pattern!r}"
        chars = kept_fact(first_chars, pattern)  # kept: ~40 µs each, ~900 patterns
        for ch in chars if chars is not None else [""]:
            by_first.setdefault(ch, []).append((wrapped, pattern, kind))
    return by_first


_BY_FIRST: dict[str, list[_Entry]] = {}  # filled when a word is first looked up

# Where a word begins with a letter, the patterns that may begin with it are tried in one
# order, longest first (so ``joined the program committee`` is tried before ``joined``);
# the first that matches is the hit. Each pattern is compiled when a word that begins
# with one of its heads (:func:`.heads.heads`) first appears: start-up stays quick and a page
# compiles only the patterns its words may match (a pattern is ~30-900 µs to compile).
_Try = tuple[tuple[str, ...] | None, str, tuple[str, str]]  # heads past the key, wrapped, kind
_TRIES: dict[str, tuple[_Try, ...]] = {}
_HEADS: dict[str, list[tuple[int, str | None]]] = {}  # per first letter: (place, head)
_ORDERS: dict[str, list[_Entry]] = {}
_COMPILED: dict[str, re.Pattern[str]] = {}


def _order(ch: str) -> tuple[list[_Entry], list[tuple[int, str | None]]]:
    """The patterns that may begin with ``ch`` in the order they are tried, and their
    heads that begin with ``ch`` (``None``: the pattern's are not known)."""
    if ch not in _ORDERS:
        if not _BY_FIRST:
            _BY_FIRST.update(_by_first())
        entries = sorted([*_BY_FIRST.get(ch, ()), *_BY_FIRST[""]], key=lambda e: -len(e[0]))
        begins: list[tuple[int, str | None]] = []
        for place, (_, pattern, _) in enumerate(entries):
            mine = sorted(head for head in kept_fact(heads, pattern) or () if head[:1] == ch)
            begins += [(place, head) for head in mine] if mine else [(place, None)]
        _ORDERS[ch], _HEADS[ch] = entries, begins
    return _ORDERS[ch], _HEADS[ch]


def _tries_at(key: str) -> tuple[_Try, ...]:
    """What to try where a word begins with ``key`` (its next three characters, fewer at
    the end of the text): the patterns whose heads fit, in the order they are tried, with
    the heads the text must also begin with when longer than ``key``. The first of them
    that matches is the first pattern of the letter's whole order that matches."""
    entries, begins = _order(key[:1])
    found: dict[int, list[str] | None] = {}
    for place, head in begins:
        if head is None or (len(head) <= len(key) and key.startswith(head)):
            found[place] = None
        elif len(key) == 3 and head.startswith(key) and found.get(place, []) is not None:
            found.setdefault(place, []).append(head)  # type: ignore[union-attr]
    tries = tuple(
        (None if more is None else tuple(more), entries[place][0], entries[place][2])
        for place, more in sorted(found.items())
    )
    _TRIES[key] = tries
    return tries


def _compiled(wrapped: str) -> re.Pattern[str]:
    found = _COMPILED[wrapped] = re.compile(wrapped)
    return found


# Where a word may begin: a word start, or any character of a script written without spaces.
_CANDIDATE = lazy(r"(?<!\w)\w|[^\x00-\u2fff]")
_WORD_START = re.compile(r"(?<!\w)\w")  # the same in a text without such characters
_DETERMINERS = frozenset(word for lang in LANGUAGES for word in lang.DETERMINERS)
_ABBREVIATIONS = frozenset(w for lang in LANGUAGES for w in getattr(lang, "ABBREVIATIONS", ()))
VERB_LAST = re.compile(
    "|".join(lang.SCRIPT for lang in LANGUAGES if lang.MAIN_VERB_LAST) or r"(?!)"
)


def hits(lowered: str) -> list[Hit]:
    hits: list[Hit] = []
    free = 0  # matches do not overlap: the next one starts after the last
    starts = _CANDIDATE if beyond(lowered, "\u3000") else _WORD_START
    for candidate in starts.finditer(lowered):
        at = candidate.start()
        if at < free:
            continue
        key = lowered[at : at + 3]
        tries = _TRIES.get(key)
        match, tried = None, None
        for tried in _tries_at(key) if tries is None else tries:
            if tried[0] is None or lowered.startswith(tried[0], at):
                match = (_COMPILED.get(tried[1]) or _compiled(tried[1])).match(lowered, at)
                if match is not None:
                    break
        if match is None or tried is None:
            continue
        free = match.end()
        role, type_ = tried[2]
        if (
            role != NOUN
            and lowered.endswith("ing", at, free)
            and _GERUND_OF.search(lowered, max(0, at - 40), at)
            and "congrat" not in lowered[:at]
        ):
            continue  # "our works on (1) defending X": what the work is about
        if role != NOUN and _adjective(lowered, at):  # "our accepted paper", "the release"
            if BARE_GIVE.fullmatch(lowered, at, free):
                continue  # "this gives rise to", "the given example": no talk
            role = NOUN
        elif (
            role in (VERB, OBJECT)
            and _BY_AGENT.match(lowered, free)
            and not BE_BEFORE.search(lowered, max(0, at - 12), at)
            and not _BE_AT.match(lowered, at)  # "was selected as a popular article by X"
        ):
            continue  # "a workshop organised by NREL": not what the sentence says
        hits.append(Hit(at, free, role, type_))
    return hits


# A gerund after a noun and its preposition names a topic: "works on defending X"
# (but "excited about presenting", "congratulations on defending" say what happened).
_GERUND_OF = lazy(
    r"(?<!\w)(?!(?:excited|happy|glad|thrilled|honou?red|forward|congratulations|congrats"
    r"|kudos|thanks|proud|and)\s)\w+\s+(?:on|of|about|towards?)\s+(?:\(?[\da-z]{1,2}\)\s*)?$"
)
# "organised by X" after a noun describes it; "was organised by X" says something.
_BY_AGENT = re.compile(r" by ")
_BE_AT = re.compile(r"(?:be|been|being|is|are|was|were|am)\s")
BE_BEFORE = re.compile(r"(?<!\w)(?:be|been|being|is|are|was|were|am|got|get)\s+$")


def _adjective(lowered: str, at: int) -> bool:
    """Whether the verb form at ``at`` follows a determiner: ``our accepted paper``."""
    before = lowered[max(0, at - 14) : at].split()
    return bool(before) and before[-1] in _DETERMINERS


_FULL_STOP = re.compile(r"([\w.]*)[.!?]\s")


def sentence_ends(lowered: str, lo: int, hi: int) -> bool:
    """Whether a sentence ends in ``lowered[lo:hi]``; not at ``Prof.``, ``Dr.`` or an
    initial (``J. Doe``)."""
    return any(
        not (len(found[1]) == 1 and found[1].isalpha()) and found[1] not in _ABBREVIATIONS
        for found in _FULL_STOP.finditer(lowered, lo, hi)
    )
