"""Where an item's date is: the attempts after a leading date failed, in order.

:func:`trailing_date` tries the item's last parenthetical(s) (``(Nov 18, 2022)``,
``(Jan 2025, online)``, a chain such as ``(Nov 18, 2022) (invited)``), then a date ending
the text after a comma, dash or "on"/"in" (``Talk at MIT, Nov 18, 2022``), then any
parenthetical that is a date; :func:`prose_date` finds a day inside the item's last
sentence; :func:`trailing_details` reads parentheticals that only say
where or in what role; :func:`heading_span` is the date a year or month heading gives.
Every scan is bounded, so any line is read in linear time.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..model import DateSpan, Precision
from .dates import (
    WINDOW,
    DateMatch,
    find_dates,
    match_opening,
    match_suffix,
    match_suffix_after_year,
)
from .dates.words import MONTHS_FROM, words_re
from .describe import Described, describe, is_place_word

# What ties a date to the text it ends: "…, Nov 18", "… · May 2024", "… on the 3rd of May".
_GLUE = re.compile(r"(?:[\s,.:|–—·•📅🗓\ufe0f-]+|(?:^|\s+)(?:on|in|at)(?:\s+the)?\s+)$")
_GLUE_WINDOW = 40
_RANGE_OPENS = re.compile(rf"{words_re(MONTHS_FROM)}\s", re.IGNORECASE)
_CHAIN = 5  # at most this many trailing parentheticals are read as one chain


def heading_span(year: int, month: int | None) -> DateSpan:
    """The date a year or month heading gives the items under it without their own."""
    if month is None:
        return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR)
    last = calendar.monthrange(year, month)[1]
    return DateSpan(dt.date(year, month, 1), dt.date(year, month, last), Precision.MONTH)


def within(trailing: DateSpan, leading: DateSpan) -> bool:
    """Whether a date ending an item starts inside the one opening it and is no bare year:
    the same date told again, or the day of what it tells (``**Nov 2022** … (Nov 18,
    2022)``); it is cut from the title either way. A bare year stays in the title
    (``*2024.01*: … accepted in 2024``)."""
    inside = leading.start <= trailing.start <= leading.end
    return inside and trailing.precision is not Precision.YEAR


def later_than_heading(
    text: str, cut_at: int, span: DateSpan, year: int | None, month: int | None
) -> bool:
    """Whether a date ending the sentence of an item under a month heading (not in
    brackets: ``text[cut_at]``) is after that month: ``**May 2025**`` then ``* The lab
    will open in January 2026.`` says what will come; the heading says when it was news."""
    if year is None or month is None or text[cut_at : cut_at + 1] in "([":
        return False
    return span.start > heading_span(year, month).end


def within_heading(span: DateSpan, written: str, year: int | None, month: int | None) -> bool:
    """Whether a date found at an item's end, ``written`` so, may date it under a month
    heading (``### March`` under ``## 2024``): one inside that month; a bare year
    (``(SICOL 2022)``) or a month named in the sentence (``… the meeting in July``)
    never; a month or day with its year, or a day set apart (``(May 3)``), always."""
    if year is None or month is None or within(span, heading_span(year, month)):
        return True
    if span.precision is Precision.YEAR:
        return False
    if _YEAR_DIGITS.search(written):
        return True
    return span.precision is Precision.DAY and not _IN_PROSE.match(written)


_YEAR_DIGITS = re.compile(r"\d{4}")
_IN_PROSE = re.compile(r"\s*(?:in|on|at|during|by|until|from)\s", re.IGNORECASE)


def refines(trailing: DateSpan, leading: DateSpan, above: bool = False) -> bool:
    """Whether a date ending an item replaces the one opening it. The date a reader sees
    first is the item's: a leading month stays a month under a trailing day
    (``**2025.10** … (26th October, 2025, Bologna)``; labels of real pages agree), and is
    only replaced by a month range starting in it (``(Oct 2022 - Jan 2023)``); a leading
    day by the same day or a range from it. Only a bare year is made finer
    (``2023: … (March 2023)``), as a year heading is; a year that only repeats the
    leading date's never replaces it (``*2024.01*: … accepted in 2024`` stays January).
    A date ``above`` the text (a month heading, a date alone on its line) groups items:
    any finer date inside it replaces it, as under a year heading."""
    if not within(trailing, leading):
        return False
    if above or leading.precision is Precision.YEAR:
        return True
    return trailing.precision is leading.precision


def trailing_date(
    text: str, lo: int, year: int | None = None
) -> tuple[DateMatch | None, tuple[int, int], Described]:
    """The date of the item's last parenthetical(s), or one ending the text; cut range.

    Short parentheticals after the dated one (``(Nov 18, 2022) (invited)``) add to what
    it says (role, location, note) and are cut from the title with it; so do words
    after a date that opens its parenthetical (``(Jan 2025, online)``), and a short
    parenthetical after a date ending the text (``…, Jan 30 - Feb 3, 2024 (Zermatt)``).
    """
    end = _junk_start(text, len(text))
    groups = _paren_groups(text, lo, end)
    after: list[str] = []  # the chain's parentheticals after the dated one, last first
    undated: set[int] = set()  # where those without a date ending them open
    # Walk back over a chain of trailing parentheticals: "(Nov 18, 2022) (joint with Y)".
    for open_, close in reversed(groups[-_CHAIN:]):
        if _chain_end(text, end) > close + 1:
            break
        inner = text[open_ + 1 : close]
        stop = groups[-1][1] + 1 if after else close + 1
        found = _suffix_date(inner, year)
        if found is not None:
            return found, (open_, stop), describe(", ".join([inner[: found.start], *after[::-1]]))
        undated.add(open_)
        found = match_opening(inner, year)
        if found is not None:
            return found, (open_, stop), describe(", ".join([inner[found.end :], *after[::-1]]))
        if len(inner.split()) > 6:
            break
        after.append(inner)
        end = open_
    if after and (hit := _ending_date(text, lo, _chain_end(text, end), year)):
        return hit, (hit.start, groups[-1][1] + 1), describe(", ".join(after[::-1]))
    if hit := _ending_date(text, lo, _junk_start(text, len(text)), year):
        return hit, (hit.start, hit.end), Described()
    junk = _junk_start(text, len(text))  # "… [Slides] [May 3, 2024]": brackets at the end
    brackets = _paren_groups(text, max(lo, junk), len(text), "[]")
    for open_, close in reversed(groups + brackets):  # last resort: a date alone inside
        if open_ in undated:  # read above: no date ends it
            continue
        inner = text[open_ + 1 : close]
        found = match_suffix(inner, year)
        if found is not None and not inner[: found.start].strip() and not _years(found.span):
            return found, (open_, close + 1), Described()
    return None, (0, 0), Described()


def _years(span: DateSpan) -> bool:
    """A span of years (``(2017–2025)``): inside the words, what a thing covers (a record,
    a project), not the item's date."""
    return span.precision is Precision.YEAR and span.start.year != span.end.year


_SENTENCE_END = re.compile(r"[.!?]\s+(?=\S)|[。！？]\s*(?=\S)")


def prose_date(text: str, lo: int, year: int | None, month: int | None) -> DateMatch | None:
    """The one date to the day or month inside the last sentence of ``text[lo:]`` (``The
    school is planned on October, 12th 2021 in the library.``), else the one inside the
    whole item (``… in Cape Town, in July 2022. See you there.``); under a year or month
    heading, only one inside what the heading gives, which may omit the year (``June 7-9
    at …`` under ``# 2017``). ``None`` when there is none, or several."""
    hi = _junk_start(text, len(text))
    lo = max(lo, hi - 3 * WINDOW)  # bounded: linear on any line
    last = lo
    for end in _SENTENCE_END.finditer(text, lo, hi):  # a new sentence opens with a capital
        if not text[end.end()].isdigit() and not text[end.end()].islower():
            last = end.end()
    found = [f for f in find_dates(text, lo, hi, year) if f.span.precision is not Precision.YEAR]
    for dates in ([f for f in found if f.start >= last], found):
        spans = {f.span: f for f in dates}
        if len(spans) == 1:
            (one,) = spans.values()
            if year is None or _inside(one.span, heading_span(year, month)):
                return one
            return None
    return None


def _inside(span: DateSpan, heading: DateSpan) -> bool:
    return heading.start <= span.start <= heading.end


def _suffix_date(text: str, year: int | None) -> DateMatch | None:
    """The date ending ``text``; without a context year, a yearless day takes the year
    written earlier in the same text (``ISLE 2022, July 18-22``)."""
    found = match_suffix(text, year)
    if found is None and year is None:
        found = match_suffix_after_year(text)
    return found


def _ending_date(text: str, lo: int, hi: int, year: int | None) -> DateMatch | None:
    """A date ending ``text[lo:hi]`` after a comma, dash or "on"/"in" (``Talk at MIT,
    Nov 18, 2022``), from the glue before it; positions in ``text``."""
    body = text[lo:hi]
    found = _suffix_date(body, year)
    if found is None or found.start == 0:
        return None
    before = body[: found.start]
    tail = max(0, len(before) - _GLUE_WINDOW)  # bounded: linear on any line
    glue = _GLUE.search(before, tail)
    if glue and glue.group().strip():  # white space alone is no glue
        return DateMatch(found.span, lo + glue.start(), lo + found.end)
    if _RANGE_OPENS.match(body, found.start):  # "… from February to May 2024": its own glue
        return DateMatch(found.span, lo + found.start, lo + found.end)
    return None


def trailing_details(text: str, lo: int) -> tuple[Described, tuple[int, int]]:
    """Trailing parentheticals that only say where or in what role (``(virtual)``,
    ``(invited)``, ``(keynote)``, ``(PI)``), one or a chain (``(virtual), (invited)``):
    their details, and the range to cut."""
    end = _junk_start(text, len(text))
    groups = _paren_groups(text, lo, end)
    said: list[str] = []  # the chain's parentheticals, last first
    for open_, close in reversed(groups[-_CHAIN:]):
        if _chain_end(text, end) > close + 1:
            break
        details = describe(text[open_ + 1 : close])
        noted = details.note and details.status == "confirmed"  # "(cancelled)" is a status
        if noted or (details.location and not is_place_word(details.location)):
            break
        said.append(text[open_ + 1 : close])
        end = open_
    if not said:
        return Described(), (len(text), len(text))
    return describe(", ".join(said[::-1])), (end, groups[-1][1] + 1)


def _chain_end(text: str, end: int) -> int:
    """Where what links a parenthetical to the next one in a chain begins: junk and a
    comma, semicolon, slash, bar or dash (``(Nov 18, 2022), (invited)``, ``(virtual);
    (keynote)``, ``(Nov 18, 2022)/(invited)``, ``(Nov 18, 2022)-(invited)``)."""
    k = _junk_start(text, end)
    while k > 0 and text[k - 1] in ",;/|-–—":
        k = _junk_start(text, k - 1)
    return k


def _junk_start(text: str, end: int) -> int:
    """Where trailing spaces, ``.``/``!`` and bracketed attachments before ``end`` begin.

    One backward pass: each character is looked at once, so any line is linear time. A
    bracket with no word before it (``🎉[Paper at [X](…) (Nov 2022)]``) holds the item's
    own words; the text's first word is looked for once, at the first ``]``."""
    k, first_word = end, -1
    while k > 0:
        ch = text[k - 1]
        if ch.isspace() or ch in ".!":
            k -= 1
        elif ch == "]":
            depth, j = 0, k - 1
            while j >= 0:
                depth += 1 if text[j] == "]" else -1 if text[j] == "[" else 0
                if depth == 0:
                    break
                j -= 1
            if first_word < 0:
                word = _WORD.search(text)
                first_word = word.start() if word else len(text)
            if j <= first_word:  # unbalanced, or no word before: "[Paper at [X](…) (…)]"
                return k  # the "]" stays: the item's own words, no attachment
            k = j
        else:
            return k
    return k


def _paren_groups(text: str, lo: int, hi: int, pair: str = "()") -> list[tuple[int, int]]:
    """Top-level balanced ``( … )`` (or ``pair``) groups of ``text[lo:hi]`` as (open,
    close) indices. Only the brackets are visited (found by a pattern), not every
    character: an item's text is read a few times, this once per bracket."""
    groups, depth, open_ = [], 0, 0
    for mark in _BRACKETS[pair].finditer(text, lo, hi):
        if mark.group() == pair[0]:
            if not depth:
                open_ = mark.start()
            depth += 1
        elif depth:
            depth -= 1
            if not depth:
                groups.append((open_, mark.start()))
    return groups


_WORD = re.compile(r"[^\W_]")  # a letter or digit
_BRACKETS = {"()": re.compile(r"[()]"), "[]": re.compile(r"[\[\]]")}


_MARKUP = re.compile(r"[*_\\`]|!?\[(?=[^\]]*\]\()|\]\([^)]*\)")  # Markdown marks, link targets


def ends_dated(text: str, year: int | None = None) -> bool:
    """Whether Markdown inline ``text`` ends with its date in parentheses (``Gave a talk at
    [X](…) (Feb 4, 2020)``): a paragraph the HTML reader takes as an item. A sentence
    ending with a date is not (``This page was last modified on May 3, 2024.``)."""
    plain = _MARKUP.sub("", text).strip()
    return plain.rstrip(" .").endswith(")") and trailing_date(plain, 0, year)[0] is not None
