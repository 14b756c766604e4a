"""The words of the type tables (one module per language) found in a text.

Every pattern of every language is compiled once, grouped by the characters a match can
begin with, and tried only where a word begins: one pass over an item finds its verbs and
nouns of a type (``hits``). What they mean together is decided in :mod:`.sentence`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import ModuleType

from . import de, en, es, fr, it, ja, ko, pt, zh

TYPES = ("talk", "paper", "award", "service", "position", "event", "news")
# Where two languages have the same word, the earlier one says what it is.
LANGUAGES: tuple[ModuleType, ...] = (en, zh, ja, ko, es, fr, de, pt, it)

VERB, OBJECT, SUBJECT, NOUN = "verb", "object", "subject", "noun"

# Verbs of giving and the events one gives (a talk): "taught a workshop", "impartí un taller".
GIVING = re.compile("|".join(lang.GIVING for lang in LANGUAGES if hasattr(lang, "GIVING")))
# What opens a second clause of the same subject where the verb ends it (German "und …").
AND_THEN = "|".join(lang.AND_THEN for lang in LANGUAGES if hasattr(lang, "AND_THEN")) or "(?!)"
GIVEN = re.compile("|".join(lang.GIVEN_EVENTS for lang in LANGUAGES if hasattr(lang, "GIVING")))


def _phrases() -> re.Pattern[str]:
    """One pattern for every language's ``PHRASES`` (a group per type and phrase)."""
    parts = [
        (rf"(?<!\w){pattern}(?!\w)" if lang.SPACED else pattern, type_)
        for lang in LANGUAGES
        for type_, patterns in getattr(lang, "PHRASES", {}).items()
        for pattern in patterns
    ]
    return re.compile("|".join(f"(?P<{t}_{k}>{p})" for k, (p, t) in enumerate(parts)) or "(?!)")


_PHRASES = _phrases()


def phrase_type(lowered: str) -> str | None:
    """The type a phrase of the tables' ``PHRASES`` gives wherever it stands, if any."""
    found = _PHRASES.search(lowered)
    return str(found.lastgroup).rsplit("_", 1)[0] if found else None


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


def _first_chars(pattern: str) -> set[str] | None:
    """The characters a match of ``pattern`` can begin with; ``None``: any.

    Knows the forms the tables use: a literal, ``[…]``, ``(?:a|b)``, each maybe optional.
    """
    if pattern.startswith("(?:"):
        depth, k = 0, 0
        for k, ch in enumerate(pattern):
            depth += {"(": 1, ")": -1}.get(ch, 0) if pattern[k - 1 : k] != "\\" else 0
            if depth == 0:
                break
        found: set[str] = set()
        for branch in _top_level_branches(pattern[3:k]):
            chars = _first_chars(branch)
            if chars is None:
                return None
            found |= chars
        rest = pattern[k + 1 :]
    elif pattern.startswith("["):
        close = pattern.find("]")
        inner = pattern[1:close]
        if close < 0 or "\\" in inner or "-" in inner or inner.startswith("^"):
            return None
        found, rest = set(inner), pattern[close + 1 :]
    elif not pattern or pattern[0] in "\\.^$|)":
        return None
    else:
        found, rest = {pattern[0]}, pattern[1:]
    if rest[:1] in ("?", "*") or rest.startswith("{0"):
        after = _first_chars(re.sub(r"^(?:\?|\*|\{0,?\d*\})", "", rest))
        return None if after is None else found | after
    return found


def _top_level_branches(inner: str) -> list[str]:
    branches, depth, start = [], 0, 0
    for k, ch in enumerate(inner):
        if inner[k - 1 : k] == "\\":
            continue
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            branches.append(inner[start:k])
            start = k + 1
    return [*branches, inner[start:]]


def _heads(pattern: str) -> set[str] | None:
    """Texts one of which begins every match of ``pattern``; ``None``: not known.

    A literal run counts up to the first special character (without its last character
    when a quantifier follows); ``(?:a|b)`` gives its branches' heads; other forms give
    the characters :func:`_first_chars` knows (a head is never longer than sure).
    """
    branches = _top_level_branches(pattern)
    if len(branches) > 1:
        return _all_heads(branches)
    if pattern.startswith("(?:"):
        depth, k = 0, 0
        for k, ch in enumerate(pattern):
            depth += {"(": 1, ")": -1}.get(ch, 0) if pattern[k - 1 : k] != "\\" else 0
            if depth == 0:
                break
        found = _all_heads(_top_level_branches(pattern[3:k]))
        rest = pattern[k + 1 :]
        if found is None:
            return None
        if rest[:1] in ("?", "*") or rest.startswith(("{0", "{,")):  # the group may be absent
            after = _heads(rest[1:] if rest[:1] in ("?", "*") else rest[rest.find("}") + 1 :])
            return None if after is None else found | after
        return found
    run = _LITERAL.match(pattern)[0]  # type: ignore[index]
    if pattern[len(run) : len(run) + 1] in ("?", "*", "+", "{"):
        run = run[:-1]  # "papers?": the "s" may be absent
    if run:
        return {run}
    chars = _first_chars(pattern)
    return None if chars is None else set(chars)


_LITERAL = re.compile(r"[^\\.^$|?*+()\[\]{}]*")


def _all_heads(branches: list[str]) -> set[str] | None:
    found: set[str] = set()
    for branch in branches:
        heads = _heads(branch)
        if heads is None:
            return None
        found |= heads
    return found


def _tries() -> tuple[
    list[tuple[str, tuple[str, str]]], dict[str, list[tuple[int, str]]], list[int]
]:
    """Every pattern in the order they are tried where a word begins (longest first, so
    ``joined the program committee`` is tried before ``joined``) with its (role, type);
    the heads of each (by their first character: (place in that order, head)); the
    places of those that may begin with anything."""
    entries = []
    for wrapped, pattern, kind in _entries():
        assert not re.search(r"(?<!\\)\((?!\?)", pattern), f"capturing group in {pattern!r}"
        entries.append((wrapped, _heads(pattern), kind))
    entries.sort(key=lambda entry: (-len(entry[0]), entry[1] is None))
    by_first: dict[str, list[tuple[int, str]]] = {}
    anywhere = []
    for place, (_, heads, _) in enumerate(entries):
        if heads is None:
            anywhere.append(place)
        for head in sorted(heads or ()):
            by_first.setdefault(head[0], []).append((place, head))
    return [(wrapped, kind) for wrapped, _, kind in entries], by_first, anywhere


_ORDER, _BY_HEAD, _ANYWHERE = _tries()
_COMPILED: dict[int, re.Pattern[str]] = {}  # compiled when first needed: start-up stays quick
_Tries = tuple[tuple[int, tuple[str, ...] | None], ...]
_TRIES: dict[str, _Tries] = {}


def _tries_at(key: str) -> _Tries:
    """The patterns that may match where a word begins with ``key`` (its first three
    characters, fewer at the end of the text), in the order they are tried; each with
    the heads the text must begin with beyond ``key`` (``None``: ``key`` is enough).
    One of them matching is the first of the whole table that matches there."""
    found: dict[int, list[str] | None] = {place: None for place in _ANYWHERE}
    for place, head in _BY_HEAD.get(key[:1], ()):
        if len(head) <= len(key) and key.startswith(head):
            found[place] = None
        elif len(key) == 3 and head.startswith(key) and found.get(place, []) is not None:
            found.setdefault(place, []).append(head)  # type: ignore[union-attr]
    tries = tuple(
        (place, None if heads is None else tuple(heads)) for place, heads in sorted(found.items())
    )
    _TRIES[key] = tries
    return tries


def _pattern(place: int) -> re.Pattern[str]:
    found = _COMPILED[place] = re.compile(_ORDER[place][0])
    return found


# Where a word may begin: a word start, or any character of a script written without spaces.
_CANDIDATE = re.compile(r"(?<!\w)\w|[^\x00-\u2fff]")
_DETERMINERS = frozenset(word for lang in LANGUAGES for word in lang.DETERMINERS)
_ABBREVIATIONS = frozenset(w for lang in LANGUAGES for w in getattr(lang, "ABBREVIATIONS", ()))
VERB_LAST = re.compile(
    "|".join(lang.SCRIPT for lang in LANGUAGES if lang.MAIN_VERB_LAST) or r"(?!)"
)


def hits(lowered: str) -> list[Hit]:
    hits: list[Hit] = []
    free = 0  # matches do not overlap: the next one starts after the last
    for candidate in _CANDIDATE.finditer(lowered):
        at = candidate.start()
        if at < free:
            continue
        key = lowered[at : at + 3]
        tries = _TRIES.get(key)
        match = None
        for place, heads in _tries_at(key) if tries is None else tries:
            if heads is None or lowered.startswith(heads, at):
                match = (_COMPILED.get(place) or _pattern(place)).match(lowered, at)
                if match is not None:
                    break
        if match is None:
            continue
        free = match.end()
        role, type_ = _ORDER[place][1]
        if (
            role != NOUN
            and lowered.endswith("ing", at, free)
            and _GERUND_OF.search(lowered, max(0, at - 40), at)
            and "congrat" not in lowered[:at]
        ):
            continue  # "our works on (1) defending X": what the work is about
        if role != NOUN and _adjective(lowered, at):  # "our accepted paper", "the release"
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
_GERUND_OF = re.compile(
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
