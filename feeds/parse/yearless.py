"""The year of news items whose leading date has none (``**12/3:** …``, ``Mar 12: …``)
and that no heading gives one, found from the list itself.

The year comes from the nearest item of the same section dated with a year, above the
run of such items or else below it: newest first, a day later in the year than the one
above it is in the year before (the other way round when the page's dated items run
from older to newer). With dated items both above and below, the years read from each
side may differ (a list a little out of order: ``28th of November 2024``, ``30th of
November``, ``30th of November 2024``): the run takes those that keep the list's order
between them best (2024 there, two days out of order, not 2023, a year out). With no
such neighbour, from the items' own words: the run's year that puts the most of them in
a year they name ("accepted to ACL 2020", "in October 2020"). With none, the items stay
undated as before. The leading date, once it has its year, is the item's date; a later
date said in the sentence never replaces it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .dates import match_prefix
from .inline import flatten
from .raw_items import RawItem

_LEAP = 2000  # a leap year: "29/2" has a day in it
_YEAR_WORD = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/.-])")
_FULL = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# What a leading date opens with, past markup: a digit, or one or two words first
# ("Mar 12", "Wednesday, September 12", "le 12 mars"); "**Talk** in [Seminar 4]…" does not,
# so most items are known to open with no date without reading their text (speed).
_MAY_OPEN_WITH_DATE = re.compile(r"(?:<[^>\n]*>|[\W_])*(?:[^\W\d_]{1,12}\.?,?\s+){0,2}\d")


def with_yearless_years(items: list[RawItem]) -> list[RawItem]:
    """``items``, those with a yearless leading date given the year found for them (run
    while the page's reading of numeric dates holds)."""
    facts = [_facts(raw) for raw in items]
    out = list(items)
    index = 0
    while index < len(items):
        if facts[index][0] != "yearless":
            index += 1
            continue
        stop = index
        while stop < len(items) and facts[stop][0] != "dated" and _same(items, index, stop):
            stop += 1
        run = [i for i in range(index, stop) if facts[i][0] == "yearless"]
        years = _run_years(items, facts, run)
        for i, year in zip(run, years, strict=True):
            if year is not None:
                out[i] = replace(items[i], year=year)
        index = stop
    return out


def _same(items: list[RawItem], first: int, other: int) -> bool:
    return items[first].section == items[other].section and items[first].source == (
        items[other].source
    )


def _facts(raw: RawItem) -> tuple[str, tuple[int, int], int | None, list[int]]:
    """("yearless", (month, day), None, years named), ("dated", (month, day), year, …)
    or ("other", …) of one item."""
    first = next((t for t in raw.tokens if t.type == "inline"), None)
    if raw.year is not None or first is None or not _MAY_OPEN_WITH_DATE.match(first.content):
        return ("other", (0, 0), None, [])  # (the years named are read for yearless items only)
    text = flatten([first]).text
    named = [int(y) for y in _YEAR_WORD.findall(text)]
    if not text.strip():
        return ("other", (0, 0), None, named)
    full = match_prefix(text)
    if full is not None:
        start = full.span.start
        said = _FULL.search(text[full.start : full.end]) is not None
        return ("dated" if said else "other", (start.month, start.day), start.year, named)
    lead = match_prefix(text, _LEAP)
    if lead is None:
        return ("other", (0, 0), None, named)
    start = lead.span.start
    return ("yearless", (start.month, start.day), None, named)


def _run_years(items: list[RawItem], facts: list, run: list[int]) -> list[int | None]:
    days = [facts[i][1] for i in run]
    dated = [(f[2], *f[1]) for f in facts if f[0] == "dated"]
    pairs = list(zip(dated, dated[1:], strict=False))
    rising = sum(b > a for a, b in pairs) > sum(b < a for a, b in pairs)  # oldest first
    above = next(
        (j for j in range(run[0] - 1, -1, -1) if facts[j][0] == "dated"
         and _same(items, run[0], j)), None,
    )  # fmt: skip
    below = next(
        (j for j in range(run[-1] + 1, len(items)) if facts[j][0] == "dated"
         and _same(items, run[0], j)), None,
    )  # fmt: skip
    down = _walk(facts[above][2], facts[above][1], days, rising) if above is not None else None
    up = None
    if below is not None:
        up = _walk(facts[below][2], facts[below][1], days[::-1], not rising)[::-1]
    if down is not None and up is not None and down != up:
        ends = ((facts[above][2], *facts[above][1]), (facts[below][2], *facts[below][1]))
        return min((down, up), key=lambda years: _out_of_order(years, days, ends, rising))
    if down is not None or up is not None:
        return down or up or []
    named = [facts[i][3] for i in run]
    best: tuple[int, int] | None = None
    for base in sorted({y for years in named for y in years}):
        years = _walk(base, days[0], days, rising)
        score = sum(y in said for y, said in zip(years, named, strict=True))
        if best is None or score > best[0]:
            best = (score, base)
    return _walk(best[1], days[0], days, rising) if best else [None] * len(run)


def _out_of_order(years: list[int], days: list, ends: tuple, rising: bool) -> int:
    """How many days the run, given ``years``, runs against the list's order between the
    dated items above and below it (0 when it keeps it)."""
    dates = [ends[0], *((y, *d) for y, d in zip(years, days, strict=True)), ends[1]]
    ordinals = [(y * 12 + m) * 31 + d for y, m, d in dates]  # in order, gaps about days
    steps = zip(ordinals, ordinals[1:], strict=False)
    return sum(max(0, (b - a) if not rising else (a - b)) for a, b in steps)


def _walk(year: int, day: tuple[int, int], days: list[tuple[int, int]], rising: bool) -> list:
    """The year of each of ``days`` read in order after ``day`` of ``year``: a day that
    comes back round in the year (later, in a list growing older) is in the next one."""
    years = []
    for this in days:
        if this != day and (this > day) != rising:
            year += 1 if rising else -1
        years.append(year)
        day = this
    return years
