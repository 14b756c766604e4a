"""Whether a page's ``Aug 25, …`` items open with a month and its year (issue 8, c10):
one decision for the whole list, never per item.

``Aug 25`` is the 25th of August on most pages, and stays so where anything gives the
list a year: a heading (``### 2023``), an item dated with one (``Aug 1, 2024: …``). With
none, the two digits are the year (August 2025, :mod:`.dates.month_two_digit_year`) when
every item that opens with a date opens that way with two digits (a day ``Jul 3`` says
days), there are at least two, read as months they run in order (newest or oldest
first), and the years the items name (``ICVSS 2024``, ``…/2023/papers``) agree with the
reading at least as often as they contradict it, unless every one joins its month and
year with a hyphen, ``(Apr-25)``, a spreadsheet's ``mmm-yy`` (a day is ``25-Apr``): news
names next year's workshop and last year's award, and such a list is read as months
whatever years its items name.
"""

from __future__ import annotations

import re

from .dates import match_prefix
from .dates.month_two_digit_year import PATTERN, SHORT_MONTHS
from .dates.short_year import full_year
from .dates.words import fold
from .inline import opening_text
from .raw_items import RawItem

_LEAP = 2000  # a leap year: "Feb 29" is a day of it
_OPENING = re.compile(rf"[\W_]*?[\[(*]*{PATTERN}(?=[\s,;:.!)\]*|–—-]|$)", re.IGNORECASE)
_NAMED_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # in links too: "…/icvss2024/"


def two_digit_years(items: list[RawItem], openings: list[str] | None = None) -> str:
    """Why the leading ``Aug 25`` of ``items`` is August 2025 (``""``: it is not).

    ``openings``: each item's :func:`~.inline.opening_text`, when worked out already."""
    texts = openings if openings is not None else [opening_text(raw.tokens) for raw in items]
    if sum(_OPENING.match(text) is not None for text in texts) < 2:
        return ""  # no two items open so: no such list, whatever else the items say
    read: list[tuple[int, int]] = []
    agree = contradict = hyphened = 0
    for raw, text in zip(items, texts, strict=True):
        if raw.year is not None or match_prefix(text) is not None:
            return ""  # the list has a year: "Aug 25" is a day of it
        opening = _OPENING.match(text)
        if opening is None:
            if match_prefix(text, _LEAP) is not None:
                return ""  # "Jul 3, …": the list's dates are days
            continue
        hyphened += opening["wh"] is not None  # (Apr-25): mmm-yy, a month and its year
        year = full_year(opening["wy"])
        read.append((year, SHORT_MONTHS[fold(opening["wm"])]))
        named = {int(y) for y in _NAMED_YEAR.findall(text)}
        agree += year in named
        contradict += bool(named) and year not in named
    pairs = list(zip(read, read[1:], strict=False))
    ordered = all(a >= b for a, b in pairs) or all(a <= b for a, b in pairs)
    voted = hyphened < len(read)  # all "Apr-25": the years named are not asked
    if len(read) < 2 or not ordered or (voted and contradict > agree):
        return ""
    return f"{len(read)} items open with a month and a two-digit year ('Aug 25' = August 2025)"
