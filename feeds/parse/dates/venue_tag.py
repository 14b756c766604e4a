"""The year of a venue tag that opens an item: ``[SEG. 2025]``, ``**[ICML 2025]**``,
``[NeurIPS'24]``, ``[CVPR 2023 Highlight]``.

Such a tag is no date (the item's own date, a heading's month, say more) and no kind
label; when nothing more precise dates the item, it gives the year.
"""

from __future__ import annotations

import re

from .short_year import full_year
from .words import MONTH_NUMBERS, SEASON_NUMBERS

# A tag's bracket, short and one line; TAG: one at the start of a text (after emoji or
# spaces); :mod:`..venue_badges` reads one at a given place with the same bracket.
BRACKET = r"\[(?P<body>[^\[\]\n]{3,48})\]"
TAG = re.compile(rf"^[^\w\[]*?{BRACKET}")
_YEAR = re.compile(r"(?<![\d/.-])(?:(?P<full>(?:19|20)\d\d)|['’‘](?P<short>\d\d))(?![\d/.-]|\.\d)")
_WORD = re.compile(r"[^\W\d_]{2,}")
_DATE_WORDS = set(MONTH_NUMBERS) | set(SEASON_NUMBERS)


def venue_year(body: str) -> int | None:
    """The year of a tag's text (``SEG. 2025`` → 2025, ``NeurIPS'24`` → 2024) when it
    names a venue: one year, a word that is no month or season, at most six words."""
    years = list(_YEAR.finditer(body))
    words = _WORD.findall(body)
    if len(years) != 1 or not words or len(body.split()) > 6:
        return None
    if any(word.lower() in _DATE_WORDS for word in words):
        return None
    found = years[0]
    return int(found["full"]) if found["full"] else full_year(found["short"])
