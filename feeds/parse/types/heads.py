"""The texts a word pattern of the type tables can begin with (see :mod:`.words`).

Knows the forms the tables use: a literal, ``[…]``, ``(?:a|b)``, each maybe optional;
for others it says "not known" (``None``), never a text a match might not begin with.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

try:  # CPython's own parser of patterns (3.11+), for the texts a match must hold
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - elsewhere those texts are not known
    _sre = _sre_parse = None


def first_chars(pattern: str) -> set[str] | None:
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
            chars = first_chars(branch)
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
        after = first_chars(re.sub(r"^(?:\?|\*|\{0,?\d*\})", "", rest))
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


@cache  # the tables ask for a pattern's heads once per letter it may begin with
def heads(pattern: str) -> frozenset[str] | None:
    """Texts one of which begins every match of ``pattern``; ``None``: not known.

    A literal run counts up to the first special character (without its last character
    when a quantifier follows); ``(?:a|b)`` gives its branches' heads; other forms give
    the characters :func:`first_chars` knows (a head is never longer than sure).
    """
    found = _heads(pattern)
    return None if found is None else frozenset(found)


def _heads(pattern: str) -> set[str] | None:
    if "[]" in pattern or "[^]" in pattern:
        return None
    branches = _branches(pattern)
    if len(branches) > 1:
        return _allheads(branches)
    if pattern.startswith("(?:"):
        end = _group_end(pattern)
        found = _allheads(_branches(pattern[3:end])) if end > 0 else None
        rest = pattern[end + 1 :]
        if found is not None and (rest[:1] in ("?", "*") or rest.startswith(("{0", "{,"))):
            after = heads(rest[1:] if rest[:1] in ("?", "*") else rest[rest.find("}") + 1 :])
            return None if after is None else found | after  # the group may be absent
        return found
    run = _LITERAL.match(pattern)[0]  # type: ignore[index]
    if pattern[len(run) : len(run) + 1] in ("?", "*", "+", "{"):
        run = run[:-1]  # "papers?": the "s" may be absent
    if run:
        return {run}
    chars = first_chars(pattern)
    return None if chars is None else set(chars)


def plain_heads(*patterns: str) -> tuple[str, ...] | None:
    """The :func:`heads` of ``patterns``, when each is plain text: a text holding none of
    them has no match of any of ``patterns``. ``None`` when not known, or when one is not
    plain text: a pattern opening with a look-behind has heads :func:`heads` cannot
    tell, and a Greek capital sigma lowers as the letters around it say (a part of a
    text, lowered alone, may not be that part of the lowered text)."""
    found: set[str] = set()
    for pattern in patterns:
        begins = heads(pattern)
        if begins is None or any(not head or _NOT_PLAIN.search(head) for head in begins):
            return None
        found |= begins
    return tuple(sorted(found))


_NOT_PLAIN = re.compile(r"[\\.^$|?*+()\[\]{}σς]")
_LITERAL = re.compile(r"[^\\.^$|?*+()\[\]{}]*")
_TOKEN = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]|[()|]")  # an escape, a class, ( ) or |


def _allheads(branches: list[str]) -> set[str] | None:
    found: set[str] = set()
    for branch in branches:
        begins = heads(branch)
        if begins is None:
            return None
        found |= begins
    return found


def _branches(pattern: str) -> list[str]:
    """``pattern`` cut at its top-level ``|``."""
    if "|" not in pattern:
        return [pattern]
    cuts, depth = [-1], 0
    for token in _TOKEN.finditer(pattern):
        depth += {"(": 1, ")": -1}.get(token[0], 0)
        if token[0] == "|" and depth == 0:
            cuts.append(token.start())
    return [pattern[a + 1 : b] for a, b in zip(cuts, [*cuts[1:], len(pattern)], strict=True)]


def _group_end(pattern: str) -> int:
    """Where the group that opens ``pattern`` closes (-1: nowhere)."""
    depth = 0
    for token in _TOKEN.finditer(pattern):
        depth += {"(": 1, ")": -1}.get(token[0], 0)
        if depth == 0:
            return token.start()
    return -1


def needed(pattern: str) -> tuple[str, ...] | None:
    """Texts one of which every match of ``pattern`` (compiled without flags) holds, as
    written in it: a text holding none of them has no match. ``None``: not known (a
    pattern ignoring case, another Python's parser)."""
    if _sre_parse is None:
        return None
    try:
        parsed = _sre_parse.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & _sre.SRE_FLAG_IGNORECASE:
        return None
    found = _needed(parsed)
    return None if not found or "" in found else tuple(sorted(found))


def _needed(items: Iterable[tuple]) -> set[str] | None:
    """What one of which a match of the parsed ``items`` (in a row) holds: of the runs of
    literal characters and the groups that must match, the one whose shortest text is
    longest; ``None`` when none must."""
    best: set[str] | None = None
    run: list[str] = []
    for op, arg in [*items, (None, None)]:
        if op is _sre.LITERAL:
            run.append(chr(arg))
            continue
        found: set[str] | None = None
        if op is _sre.SUBPATTERN and not arg[1] & _sre.SRE_FLAG_IGNORECASE:
            found = _needed(arg[3])
        elif op is _sre.ATOMIC_GROUP:
            found = _needed(arg)
        elif op is _sre.BRANCH:
            each = [_needed(branch) for branch in arg[1]]
            found = None if None in each else set().union(*each)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and arg[0] >= 1:
            found = _needed(arg[2])
        for candidate in ({"".join(run)} if run else None, found):
            if candidate and (best is None or min(map(len, candidate)) > min(map(len, best))):
                best = candidate
        run = []
    return best
