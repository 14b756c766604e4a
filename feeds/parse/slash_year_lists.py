"""Whether a page's ``8/24: …`` items open with a month and its year (``M/YY``): one
decision for the whole list, never per item.

``8/24`` is the 24th of August on most pages, and stays so where anything gives the list
a year: a heading (``### 2023``), an item dated with one (``8/3/2024: …``). With none,
the two digits are the year (August 2024, :mod:`.dates.month_digit_slash_year`) when
at least three items open that way (a month of one or two digits, ``12/24`` too), and
read as months they run in order, newest or oldest first, over more than one year:
read as days, such heads would jump back and forth in the month (``9/12``, ``9/5``,
``8/30``). The years the items name (``… accepted to VLDB 2025``) must agree with the
reading (that year or the next) at least as often as they contradict it.
"""

from __future__ import annotations

import re

from .badges import without_new_badge
from .dates import match_prefix
from .dates.short_year import full_year
from .inline import opening_text
from .raw_items import RawItem

_MIN_ITEMS = 3
_OPENING = re.compile(r"[\W_]*?[\[(*]*(?P<m>1[0-2]|0?[1-9])\s?/\s?(?P<y>\d\d)(?![\d/.-])")
_NAMED_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_FULL_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def slash_years(
    items: list[RawItem],
    openings: list[str] | None = None,
    unbadged: list[RawItem] | None = None,
) -> str:
    """Why the leading ``8/24`` of ``items`` is August 2024 (``""``: it is not).

    ``openings`` (each item's :func:`~.inline.opening_text`) and ``unbadged`` (each item
    :func:`~.badges.without_new_badge`), when worked out already."""
    texts = openings if openings is not None else [opening_text(raw.tokens) for raw in items]
    if unbadged is None:  # "<tt>New!</tt> 11/25: …"
        unbadged = list(map(without_new_badge, items))
    texts = [
        text if raw is item else opening_text(raw.tokens)
        for raw, item, text in zip(unbadged, items, texts, strict=True)
    ]
    if sum(_OPENING.match(text) is not None for text in texts) < _MIN_ITEMS:
        return ""  # too few items open so: no such list, whatever else the items say
    read: list[tuple[int, int]] = []
    agree = contradict = 0
    for raw, text in zip(unbadged, texts, strict=True):
        if raw.year is not None:
            return ""  # the list has a year: "8/24" is a day of it
        lead = match_prefix(text)
        if lead is not None and _FULL_YEAR.search(text, lead.start, lead.end):
            return ""  # "8/3/2024: …": the list writes its years
        opening = _OPENING.match(text)
        if opening is None:
            continue
        year = full_year(opening["y"])
        read.append((year, int(opening["m"])))
        named = {int(y) for y in _NAMED_YEAR.findall(text, opening.end())}
        agree += bool(named & {year, year + 1})
        contradict += bool(named) and not named & {year, year + 1}
    pairs = list(zip(read, read[1:], strict=False))
    ordered = all(a >= b for a, b in pairs) or all(a <= b for a, b in pairs)
    years = {year for year, _ in read}
    one_digit = any(month < 10 for _, month in read)
    if len(read) < _MIN_ITEMS or len(years) < 2 or not one_digit or not ordered:
        return ""
    if contradict > agree:
        return ""
    return f"{len(read)} items open with a month and a two-digit year ('8/24' = August 2024)"
