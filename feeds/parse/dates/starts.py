"""Which characters a date rule's match can start with, as a lookahead put in front of the
rule: at a place no date can start at ("Talk", "at", "the"), the engine leaves the rule
after one character test instead of entering its groups, optional weekdays and month
names (the alternations try ~20 rules at every word of a date window).

Worked out from Python's own parse of the rule's pattern (``re._parser``), so it is never
narrower than what the rule can match: a literal, a set of characters or ranges, ``\\d``;
anything else that can start a match (``.``, ``\\w``, a negated set…) or a pattern that can
match nothing at all gives no lookahead, and the rule is tried as before. Parsing the ~20
rules costs tens of milliseconds, so the answer is kept with the compiled patterns
(:func:`feeds.regex_cache.kept_fact`, worked out again when this file changes).
"""

from __future__ import annotations

import re

from ...regex_cache import kept_fact

try:  # CPython's parser of patterns; elsewhere no lookahead is made
    from re import _constants as _op
    from re import _parser
except ImportError:  # pragma: no cover
    _parser = None


def lookahead(pattern: str) -> str:
    """``(?=[…])`` holding every character a match of ``pattern`` (compiled with
    ``re.IGNORECASE``, as the date rules are) can start with; ``""`` when that is not known."""
    return kept_fact(_lookahead, pattern)


def _lookahead(pattern: str) -> str:
    if _parser is None:  # pragma: no cover
        return ""
    try:
        starts, empty = _sequence(_parser.parse(pattern, re.IGNORECASE))
    except Exception:  # internals not as in 3.11-3.13: no lookahead
        return ""
    if starts is None or empty or not starts:
        return ""
    return f"(?=[{''.join(sorted(starts))}])"


# What a piece of a parsed pattern can start with: a set of class items (escaped
# characters, ranges, ``\d``) or None for "anything", and whether it can match nothing.
_Starts = tuple[set[str] | None, bool]


def _sequence(items) -> _Starts:
    found: set[str] = set()
    for op, av in items:
        starts, empty = _item(op, av)
        if starts is None:
            return None, False
        found |= starts
        if not empty:
            return found, False
    return found, True


def _item(op, av) -> _Starts:
    if op is _op.LITERAL:
        return {re.escape(chr(av))}, False
    if op is _op.IN:
        return _charset(av), False
    if op is _op.SUBPATTERN:  # (group, flags added, flags removed, body)
        return _sequence(av[3])
    if op is _op.ATOMIC_GROUP:
        return _sequence(av)
    if op is _op.BRANCH:
        found: set[str] = set()
        empty = False
        for branch in av[1]:
            starts, branch_empty = _sequence(branch)
            if starts is None:
                return None, False
            found |= starts
            empty = empty or branch_empty
        return found, empty
    if op in (_op.MAX_REPEAT, _op.MIN_REPEAT, _op.POSSESSIVE_REPEAT):
        low, _, body = av
        starts, empty = _sequence(body)
        return (None, False) if starts is None else (starts, empty or low == 0)
    if op in (_op.AT, _op.ASSERT, _op.ASSERT_NOT):  # ^, \b, lookarounds: no character
        return set(), True
    return None, False  # any character, a back reference…: not known


def _charset(items) -> set[str] | None:
    found: set[str] = set()
    for op, av in items:
        if op is _op.LITERAL:
            found.add(re.escape(chr(av)))
        elif op is _op.RANGE:
            found.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _op.CATEGORY and av is _op.CATEGORY_DIGIT:
            found.add(r"\d")  # every decimal digit, as the rule's \d
        else:  # a negated set, \w, \s…
            return None
    return found
