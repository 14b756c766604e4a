"""The date grammar: one rule per module, each a ``PATTERN`` and a ``build(match)``.

To add a date form, add a module with those two names and list it in :data:`RULES`;
rules are tried in order and the match starting earliest wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from types import ModuleType

from ...model import DateSpan
from . import day_month_year, iso, month_day_year, month_year, numeric, season, year
from ._common import TIME, TIME_SUFFIX, times, zone_of

RULES: tuple[ModuleType, ...] = (
    month_day_year, day_month_year, iso, numeric, season, month_year, year,
)


@dataclass(frozen=True)
class DateMatch:
    """A date found in a text, and where: ``text[start:end]`` is the date."""

    span: DateSpan
    start: int
    end: int


@cache
def _suffix() -> re.Pattern[str]:
    """All rules in one alternation (``r0``, ``r1``… name the rule), anchored at the end."""
    rules = "|".join(f"(?P<r{i}>{rule.PATTERN})" for i, rule in enumerate(RULES))
    return re.compile(rf"(?:^|(?<=[\s,;:(\[]))(?:{rules}){TIME_SUFFIX}[\s.!]*$", re.IGNORECASE)


@cache
def _prefix() -> re.Pattern[str]:
    """All rules in one alternation, at the start, closed by a bracket or a delimiter."""
    rules = "|".join(f"(?P<r{i}>{rule.PATTERN})" for i, rule in enumerate(RULES))
    return re.compile(
        rf"^[\s\[(*]*(?:{rules}){TIME_SUFFIX}(?:[\])*]+\s*[:|–—-]*\s*|\s*[:|–—-]+\s*)",
        re.IGNORECASE,
    )


def _rule(match: re.Match[str]) -> ModuleType:
    return next(r for i, r in enumerate(RULES) if match.group(f"r{i}") is not None)


_TIME_ONLY = re.compile(rf"^\s*(?:at\s+|@\s*)?{TIME}\s*$", re.IGNORECASE)


def _build(rule: ModuleType, match: re.Match[str]) -> DateSpan | None:
    result = rule.build(match)
    if result is None:
        return None
    clock = times(match)
    if clock is None:
        return None
    zone = zone_of(match) if clock[0] is not None else None
    return replace(result, start_time=clock[0], end_time=clock[1], time_zone=zone)


def match_suffix(text: str) -> DateMatch | None:
    """The date that ends ``text`` (trailing ``.``/space allowed): the earliest-starting
    match, the first rule of :data:`RULES` among those starting there."""
    if not any(ch.isdigit() for ch in text):
        return None
    for match in _suffix().finditer(text):
        found = _build(_rule(match), match)
        if found is not None:
            return DateMatch(found, match.start(), match.end())
    return None


def match_prefix(text: str) -> DateMatch | None:
    """A date that opens ``text`` (``[Nov 2022]``, ``2022-11-18:``), first rule matching."""
    if not text[:1].isdigit() and not text.lstrip(" [(*")[:1].isalnum():
        return None
    match = _prefix().match(text)
    found = _build(_rule(match), match) if match else None
    return DateMatch(found, match.start(), match.end()) if found and match else None


def parse_date(text: str) -> DateSpan | None:
    """``text`` as a whole as a date span, else ``None``."""
    found = match_suffix(text)
    return found.span if found and not text[: found.start].strip() else None


def parse_time(text: str) -> tuple | None:
    """``3:30pm``, ``15:30--16:30`` alone as (start, end) times, else ``None``."""
    match = _TIME_ONLY.match(text)
    if not match:
        return None
    clock = times(match)
    return clock if clock and clock[0] is not None else None
