"""What an item is: ``talk``, ``paper``, ``award``, ``service``, ``position``, ``event``, ``news``.

A leading label that names a type wins (``**Talk**``, ``**Paper release**``). Without one,
the item's words decide, from one table of words per language (a module each):

- the sentence's **main verb** wins over other words: ``presented our accepted paper at X``
  is a talk, ``paper accepted as an oral presentation`` a paper. The main verb is the first
  verb of the tables that is not an adjective (``our accepted paper``), the last one in
  a language that puts its verb last (Japanese). Some verbs take the type of their object
  (``gave a talk``, ``gave an interview``, ``received the best paper award``), some of
  their subject (``our paper was accepted``, ``our workshop was accepted``);
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
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType

from ...model import Event
from . import de, en, es, fr, it, ja, pt, zh

TYPES = ("talk", "paper", "award", "service", "position", "event", "news")
# Where two languages have the same word, the earlier one says what it is.
LANGUAGES: tuple[ModuleType, ...] = (en, zh, ja, es, fr, de, pt, it)

_VERB, _OBJECT, _SUBJECT, _NOUN = "verb", "object", "subject", "noun"
_OBJECT_REACH = 5  # words between a verb and its object: "received the NSF CAREER award"
_PAPER_LINK = re.compile(
    r"arxiv\.org|doi\.org|openreview\.net|aclanthology|proceedings|papers\.nips|dl\.acm\.org"
    r"|ieeexplore|springer|sciencedirect|biorxiv|\.pdf$",
    re.IGNORECASE,
)
_QUOTED = re.compile(
    r"“[^”]{6,300}”|\"[^\"]{6,300}\"|«[^»]{6,300}»|《[^》]{2,300}》|「[^」]{6,300}」"
)


@dataclass(frozen=True)
class _Hit:
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
            (_VERB, lang.VERBS),
            (_OBJECT, lang.OBJECT_VERBS),
            (_SUBJECT, lang.SUBJECT_VERBS),
            (_NOUN, lang.NOUNS),
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


_Bucket = tuple[re.Pattern[str], tuple[tuple[str, str], ...]]


def _bucket(entries: list[tuple[str, tuple[str, str]]]) -> _Bucket:
    """One alternation, longest pattern first (so ``joined the program committee`` is
    tried before ``joined``), and the (role, type) of each of its groups."""
    entries = sorted(entries, key=lambda entry: -len(entry[0]))
    pattern = "|".join(f"({wrapped})" for wrapped, _ in entries) or "(?!)"
    return re.compile(pattern), tuple(kind for _, kind in entries)


def _by_first() -> dict[str, list[tuple[str, tuple[str, str]]]]:
    """The patterns per first character; under ``""`` those that may begin with any."""
    by_first: dict[str, list[tuple[str, tuple[str, str]]]] = {"": []}
    for wrapped, pattern, kind in _entries():
        assert not re.search(r"(?<!\\)\((?!\?)", pattern), f"capturing group in {pattern!r}"
        chars = _first_chars(pattern)
        for ch in chars if chars is not None else [""]:
            by_first.setdefault(ch, []).append((wrapped, kind))
    return by_first


_BY_FIRST = _by_first()
_BUCKETS: dict[str, _Bucket] = {}  # compiled when first needed: start-up stays quick


def _bucket_for(ch: str) -> _Bucket:
    """The compiled patterns that may begin with ``ch``."""
    found = _BUCKETS.get(ch)
    if found is None:
        entries = _BY_FIRST.get(ch) if ch else None
        if entries:
            found = _bucket([*entries, *_BY_FIRST[""]])
        else:
            found = _BUCKETS.get("") or _bucket(_BY_FIRST[""])
            _BUCKETS[""] = found
        _BUCKETS[ch] = found
    return found


# Where a word may begin: a word start, or any character of a script written without spaces.
_CANDIDATE = re.compile(r"(?<!\w)\w|[^\x00-\u2fff]")
_DETERMINERS = frozenset(word for lang in LANGUAGES for word in lang.DETERMINERS)
_VERB_LAST = re.compile(
    "|".join(lang.SCRIPT for lang in LANGUAGES if lang.MAIN_VERB_LAST) or r"(?!)"
)


def _hits(lowered: str) -> list[_Hit]:
    hits: list[_Hit] = []
    free = 0  # matches do not overlap: the next one starts after the last
    for candidate in _CANDIDATE.finditer(lowered):
        at = candidate.start()
        if at < free:
            continue
        pattern, kinds = _BUCKETS.get(lowered[at]) or _bucket_for(lowered[at])
        match = pattern.match(lowered, at)
        if match is None:
            continue
        free = match.end()
        role, type_ = kinds[match.lastindex - 1]  # type: ignore[operator]
        if role == _NOUN or not _adjective(lowered, at):
            hits.append(_Hit(at, free, role, type_))
    return hits


def _adjective(lowered: str, at: int) -> bool:
    """Whether the verb form at ``at`` follows a determiner: ``our accepted paper``."""
    before = lowered[max(0, at - 14) : at].split()
    return bool(before) and before[-1] in _DETERMINERS


def _decide(lowered: str) -> str | None:
    """The type the words of ``lowered`` give, or ``None`` when none is of a type."""
    hits = _hits(lowered)
    if not hits:
        return None
    nouns = [h for h in hits if h.role == _NOUN]
    verbs = [h for h in hits if h.role != _NOUN]
    if not verbs:
        return nouns[0].type
    main = verbs[-1] if _VERB_LAST.search(lowered) else verbs[0]
    if main.role == _OBJECT:  # "gave a talk", "gave an interview"
        after = next((n for n in nouns if n.start >= main.end), None)
        if after and len(lowered[main.end : after.start].split()) <= _OBJECT_REACH:
            return after.type
    elif main.role == _SUBJECT:  # "our workshop was accepted"
        before = [n for n in nouns if n.end <= main.start]
        if before:
            return main.type if any(n.type == main.type for n in before) else before[0].type
    return main.type


@lru_cache(maxsize=1024)
def _label_type(label: str) -> str | None:
    """The type a label names (``Invited Talk``: talk), ``None`` for ``News``, ``Misc``…

    A label is a noun phrase: its first typed noun decides (``Paper release``: paper),
    then its words as a sentence would."""
    lowered = label.lower()
    nouns = [h for h in _hits(lowered) if h.role == _NOUN]
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


def _mask(text: str, titles: Iterable[str]) -> str:
    """``text`` without paper titles: quoted titles and the given link texts."""
    for title in titles:
        if title and title != text:
            text = text.replace(title, " · ")
    return _QUOTED.sub(" · ", text) if ('"' in text or not text.isascii()) else text


def classify(
    text: str,
    label: str = "",
    *,
    arxiv: bool = False,
    titles: Iterable[str] = (),
    extra: Mapping[str, Iterable[str]] | None = None,
) -> str:
    """The type of an item whose plain text is ``text`` and leading label ``label``.

    ``arxiv``: the item links a paper on arXiv. ``titles``: link texts that are paper
    titles. ``extra``: words per type that the site adds; they come before the tables.
    """
    if label and (found := _label_type(label)):
        return found
    if extra:
        user = _user_words(tuple((t, tuple(w)) for t, w in sorted(extra.items())))
        if user and (match := user.search(text.lower())):
            return str(match.lastgroup).rsplit("_", 1)[0]
    masked = _mask(text, titles)
    found = _decide(masked.lower())
    if found is None and masked != text:  # the title was all there was: read it after all
        found = _decide(text.lower())
    if found in (None, "news") and arxiv:  # "Released [Title](arXiv link)"
        return "paper"
    return found or "news"


def type_of(event: Event, extra: Mapping[str, Iterable[str]] | None = None) -> str:
    """The type of an item: its label (``kind``), its words, its links."""
    if found := _label_type(event.kind):  # before looking for paper titles
        return found
    titles = [
        link.text
        for link in event.links
        if link.attachment is None and len(link.text) >= 12 and _PAPER_LINK.search(link.url)
    ]
    return classify(event.text, arxiv=bool(event.arxiv), titles=titles, extra=extra)


def retype(events: Iterable[Event], extra: Mapping[str, Iterable[str]]) -> None:
    """Type ``events`` again with the words a site adds (``[types]`` in ``feeds.toml``)."""
    if any(words for words in extra.values()):
        for event in events:
            event.type = type_of(event, extra)
