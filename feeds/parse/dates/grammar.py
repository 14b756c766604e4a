"""Finding dates in a text: the rules of the date grammar (:data:`RULES`, tried in order)
joined into one pattern per place a date may stand (ending a text, opening it, anywhere),
and the span the rule that matched builds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from types import ModuleType

from ...model import DateSpan, Precision
from . import (
    apostrophe_year,
    cjk,
    cjk_month_day,
    day_month,
    day_month_numeric,
    day_month_slash,
    day_month_year,
    dotted,
    dotted_short_year,
    iso,
    joined_days,
    month_day,
    month_day_short_year,
    month_day_year,
    month_digit_slash_year,
    month_joined_year,
    month_only,
    month_range,
    month_short_year,
    month_slash_year,
    month_two_digit_year,
    month_year,
    numeric,
    numeric_day_range,
    numeric_range,
    quarter,
    roman_month,
    season,
    season_only,
    season_short_year,
    semester,
    short_year,
    year,
    year_month,
    yearless_joined_days,
    yearless_month_range,
)
from ._common import TIME, TIME_SUFFIX, times, zone_of
from .starts import lookahead
from .surroundings import LEAD, LEAD_END, ONGOING, WITHIN

RULES: tuple[ModuleType, ...] = (
    joined_days, month_day_year, month_day_short_year, day_month_year, month_range, iso,
    numeric_range, numeric, short_year, cjk, dotted, roman_month, season, semester, quarter,
    month_year, month_short_year, month_joined_year, year_month, year,
)  # fmt: skip


@dataclass(frozen=True)
class DateMatch:
    """A date found in a text, and where: ``text[start:end]`` is the date."""

    span: DateSpan
    start: int
    end: int
    aside: str = ""  # what shares the date's bracket: "[Apr 2026, Korea]" → "Korea"


def _alternation(rules: tuple[ModuleType, ...]) -> str:
    """The rules as one alternation, each behind a test of its first character."""
    return "|".join(
        f"(?P<r{i}>{lookahead(rule.PATTERN)}{rule.PATTERN})" for i, rule in enumerate(rules)
    )


@cache
def _suffix(rules: tuple[ModuleType, ...] = RULES) -> re.Pattern[str]:
    """The rules in one alternation (``r0``, ``r1``… name the rule), anchored at the end."""
    return re.compile(
        rf"(?:^|(?<=[\s,;:(\[])){WITHIN}(?:{_alternation(rules)}){TIME_SUFFIX}{ONGOING}?"
        r"[\s.!]*$",
        re.IGNORECASE,
    )


@cache
def _prefix(rules: tuple[ModuleType, ...] = RULES) -> re.Pattern[str]:
    """The rules in one alternation, at the start of a text, closed as :data:`LEAD_END`."""
    ongoing = rf"(?:{ONGOING}(?=\s*[:：)\]|–—-]))?"
    return re.compile(
        rf"{LEAD}(?:{_alternation(rules)}){TIME_SUFFIX}{ongoing}{LEAD_END}", re.IGNORECASE
    )


@cache
def _opening(rules: tuple[ModuleType, ...] = RULES) -> re.Pattern[str]:
    """The rules at the start of a text and followed by ``,`` or ``;`` and more words."""
    return re.compile(rf"^\s*(?:{_alternation(rules)}){TIME_SUFFIX}\s*[,;]\s*(?=\S)", re.I)


@cache
def _anywhere(rules: tuple[ModuleType, ...] = RULES) -> re.Pattern[str]:
    """The rules in one alternation, standing as words anywhere in a text."""
    return re.compile(
        rf"(?:^|(?<=[\s,;:(\[]))(?:{_alternation(rules)}){TIME_SUFFIX}(?!\w)", re.IGNORECASE
    )


_YEARLESS = (
    numeric_day_range,
    yearless_month_range,
    yearless_joined_days,
    month_day,
    day_month,
    day_month_numeric,
    month_only,
    day_month_slash,
    cjk_month_day,
)
_DAYS = (month_day, day_month)
# only opening an item, with no context year
_LEADING = (month_slash_year, apostrophe_year, season_short_year)
_YEARLESS_LEADING = (*_YEARLESS, season_only)  # "Spring: …" under "### 2022"
_LEADING_YEARS = (*_LEADING, month_two_digit_year)  # when the page reads "Aug 25" as a month
_LEADING_SLASH = (*_LEADING, month_digit_slash_year)  # when the page reads "8/24" as a month
_LEADING_BOTH = (*_LEADING_YEARS, month_digit_slash_year)
_LEADING_ANY = (dotted_short_year,)  # "(8.31.23) …": opening an item, whatever its context
_YEAR_WORD = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/.-])")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
# Dates are short: the rules look at most this far from where a date must end or begin,
# so a line of any length is read in linear time (no backtracking over the whole line).
WINDOW = 160
_TIME_ONLY = re.compile(rf"^\s*(?:at\s+|@\s*)?{TIME}\s*$", re.IGNORECASE)


_NAMES = tuple(f"r{i}" for i in range(len(RULES) + 8))  # the group naming each rule


def _build(
    rules: tuple[ModuleType, ...], match: re.Match[str], year: int | None
) -> DateSpan | None:
    index = 0
    while match.start(_NAMES[index]) < 0:  # the rule whose group matched
        index += 1
    rule = rules[index]
    result = rule.build(match) if year is None else rule.build(match, year)
    if result is None:
        return None
    clock = times(match)
    if clock is None:
        return None
    if clock == (None, None) and result.start_time is None and result.time_zone is None:
        return result if result.end_time is None else replace(result, end_time=None)
    zone = zone_of(match) if clock[0] is not None else None
    return replace(result, start_time=clock[0], end_time=clock[1], time_zone=zone)


def _end_of_words(text: str) -> int:
    """Where the trailing white space, ``.`` and ``!`` of ``text`` begin (``str.rstrip``'s
    white space is the pattern's ``\\s``), without reversing the whole text."""
    words = text.rstrip()
    while words.endswith((".", "!")):
        words = words.rstrip(".!").rstrip()
    return len(words)


def match_suffix(text: str, year: int | None = None) -> DateMatch | None:
    """The date that ends ``text`` (trailing ``.``/space allowed): the earliest-starting
    match, the first rule of :data:`RULES` among those starting there. With ``year`` (from
    a heading such as ``### 2023``), dates without a year (``Nov 18``) count too."""
    if year is None and _DIGIT.search(text) is None:  # "… in April" needs the context year
        return None
    end = _end_of_words(text)
    for rules, context in ((RULES, None), (_YEARLESS, year)):
        if rules is _YEARLESS and year is None:
            break
        for match in _suffix(rules).finditer(text, max(0, end - WINDOW), end):
            found = _build(rules, match, context)
            if found is not None:
                return DateMatch(found, match.start(), match.end())
    return None


def _leading() -> tuple[ModuleType, ...]:
    """The forms read opening an item with no context year, as the page reads them."""
    words, slash = month_two_digit_year.read_as_years(), month_digit_slash_year.read_as_years()
    if words:
        return _LEADING_BOTH if slash else _LEADING_YEARS
    return _LEADING_SLASH if slash else _LEADING


def match_prefix(text: str, year: int | None = None) -> DateMatch | None:
    """A date that opens ``text`` (``[Nov 2022]``, ``2022-11-18:``, ``🔥 [2023.05]``;
    ``05/25 …``, May 2025, only when no ``year`` is given)."""
    head = text[:WINDOW]
    if year is None:  # the forms read opening an item with no context year
        passes = ((RULES, None), (_leading(), None), (_LEADING_ANY, None))
    else:
        passes = ((RULES, None), (_YEARLESS_LEADING, year), (_LEADING_ANY, None))
    for rules, context in passes:
        match = _prefix(rules).match(head)
        found = _build(rules, match, context) if match else None
        if found is not None and match is not None:
            words = _LETTER.search(match.group())  # "Fall 2022", "2022年秋季"
            bare = (found.precision is Precision.YEAR and not words) or not _DIGIT.search(
                match.group()
            )
            if match.group("ws") and bare:  # "2021 AAAI …", "May the …": not dates
                return None
            return DateMatch(found, match.start(), match.end(), match.group("aside") or "")
    return None


def match_opening(text: str, year: int | None = None) -> DateMatch | None:
    """A date that opens ``text`` and is followed by a comma and more, as in a bracket
    ``(Jan 30 - Feb 3, 2024, Zermatt)``: ``text[end:]`` is what follows the comma."""
    head = text[:WINDOW]
    for rules, context in ((RULES, None), (_YEARLESS, year)):
        if rules is _YEARLESS and year is None:
            break
        match = _opening(rules).match(head)
        found = _build(rules, match, context) if match else None
        if found is not None and match is not None:
            return DateMatch(found, match.start(), match.end())
    return None


def match_suffix_after_year(text: str) -> DateMatch | None:
    """A date without a year ending ``text`` in the year written before it in the same
    text: ``ISLE 2022, July 18-22`` → 2022-07-18..22. Day-precise forms only."""
    end = _end_of_words(text)
    lo = max(0, end - WINDOW)
    for match in _suffix(_DAYS).finditer(text, lo, end):
        years = _YEAR_WORD.findall(text, lo, match.start())
        found = _build(_DAYS, match, int(years[-1])) if years else None
        if found is not None:
            return DateMatch(found, match.start(), match.end())
    return None


def find_dates(text: str, lo: int, hi: int, year: int | None = None) -> list[DateMatch]:
    """Every date with its year standing as words in ``text[lo:hi]``, left to right
    (``… is planned on October, 12th 2021 in the library``); with ``year`` (a heading's),
    also capitalised days without one (``June 7-9 at …``) that no full date overlaps."""
    found = []
    for match in _anywhere().finditer(text, lo, hi):
        span = _build(RULES, match, None)
        if span is not None:
            found.append(DateMatch(span, match.start(), match.end()))
    for match in _anywhere(_DAYS).finditer(text, lo, hi) if year is not None else ():
        clash = any(f.start < match.end() and match.start() < f.end for f in found)
        span = None if clash or not match.group()[0].isupper() else _build(_DAYS, match, year)
        if span is not None:
            found.append(DateMatch(span, match.start(), match.end()))
    return sorted(found, key=lambda f: f.start)


def parse_date(text: str, year: int | None = None) -> DateSpan | None:
    """``text`` as a whole as a date span, else ``None``."""
    found = match_suffix(text, year)
    return found.span if found and not text[: found.start].strip() else None


def parse_time(text: str) -> tuple | None:
    """``3:30pm``, ``15:30--16:30`` alone as (start, end) times, else ``None``."""
    match = _TIME_ONLY.match(text)
    if not match:
        return None
    clock = times(match)
    return clock if clock and clock[0] is not None else None
