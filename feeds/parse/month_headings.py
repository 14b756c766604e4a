"""Headings that are only a month's name, under a year heading: ``## 2024`` then
``### March`` (or ``### Mar.``, ``#### 三月``, ``### 3月``, ``### Oktober``, ``### 11월``)
dates the items under it to that month of the heading's year.

The name alone is the whole heading, so every language's month names are read here (in
running text only English ones are, :mod:`.dates.month_only`).
"""

from __future__ import annotations

import re
import unicodedata

from .date_paragraphs import bare_date_text
from .dates.words import MONTH_NUMBERS

_CJK_DIGITS = "一二三四五六七八九十"
# "三月", "十一月", "3月", "03月", "11월": a month written with the CJK month mark
_CJK_MONTH = re.compile(rf"(?:(?P<digits>[01]?\d)|(?P<words>[{_CJK_DIGITS}]{{1,3}}))\s*[月월]")


def heading_month(name: str) -> int | None:
    """The month (1-12) of a heading that is only a month's name, in any language the
    date reader knows or in Chinese, Japanese or Korean; ``None`` for any other heading."""
    bare = unicodedata.normalize("NFC", bare_date_text(name).lower())
    if bare in MONTH_NUMBERS:
        return MONTH_NUMBERS[bare]
    cjk = _CJK_MONTH.fullmatch(bare)
    if cjk is None:
        return None
    number = int(cjk["digits"]) if cjk["digits"] else _cjk_number(cjk["words"])
    return number if 1 <= number <= 12 else None


def _cjk_number(words: str) -> int:
    """``三`` → 3, ``十`` → 10, ``十二`` → 12 (the numbers a month can be); 0 otherwise."""
    values = [_CJK_DIGITS.index(ch) + 1 for ch in words]
    if values == [10]:
        return 10
    if len(values) == 1:
        return values[0]
    if len(values) == 2 and values[0] == 10:
        return 10 + values[1]
    return 0
