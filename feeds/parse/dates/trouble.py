"""Why a text that looks dated could not be dated: an impossible day (``Feb 30, 2022``,
``2023-09-31``, ``[13/2022]``) or a misspelt month (``Sepember 2023``). For messages."""

from __future__ import annotations

import calendar
import difflib
import re

from ._common import MONTHS

_NAMES = [name.lower() for name in calendar.month_name[1:]]
_WORD_DATE = re.compile(
    r"\b(?P<word>[A-Za-z]{3,12})\.?\s+(?P<day>[0-3]?\d(?!\d))?(?:st|nd|rd|th)?,?\s*(?P<year>(?:19|20)\d\d)?"
)
_DAY_FIRST = re.compile(
    r"\b(?P<day>[0-3]?\d)\s+(?P<word>[A-Za-z]{3,12})\.?,?\s+(?P<year>(?:19|20)\d\d)"
)
_NUMERIC = re.compile(
    r"\b(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})(?:[-/.](?P<d>\d{1,2}))?\b"
    r"|\b(?P<m2>\d{1,2})/(?P<y2>(?:19|20)\d\d)\b"
)


def _real(year: int, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    return day is None or 1 <= day <= calendar.monthrange(year, month)[1]


def date_trouble(text: str) -> str | None:
    """What is wrong with the date-like phrase of ``text``, or ``None`` if nothing is seen."""
    for match in (*_WORD_DATE.finditer(text), *_DAY_FIRST.finditer(text)):
        word, day, year = match["word"], match["day"], match["year"]
        if not (day or year):
            continue
        phrase = match.group().strip(" ,")
        key = word.lower()
        if key[:3] in MONTHS and (key in _NAMES or key[:3] == key or key == "sept"):
            if day and not _real(int(year or 2000), MONTHS[key[:3]], int(day)):  # 2000: leap
                return f"'{phrase}' is not a real date"
            continue
        close = difflib.get_close_matches(key, _NAMES, n=1, cutoff=0.8)
        if close and word[:1].isupper():
            return f"'{phrase}' looks like a date with a misspelt month ({close[0].title()}?)"
    for match in _NUMERIC.finditer(text):
        year = int(match["y"] or match["y2"])
        month = int(match["m"] or match["m2"])
        day = int(match["d"]) if match["d"] else None
        if not _real(year, month, day):
            return f"'{match.group()}' is not a real date"
    return None
