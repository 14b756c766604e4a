"""Days of one month joined by ``&``, ``and`` or commas without a year, ``Nov 12 & 25``,
``March 3 and 10``, ``12 & 25 Nov``: only with a context year (a year heading or group), as
:mod:`.joined_days` reads them with one. The last two days are joined by ``&`` or a word,
and no word in lower case follows (``Jan 5 and 12 new members`` is a day and the text)."""

from __future__ import annotations

import re

from ...model import DateSpan
from ._common import OF_BEFORE, WEEKDAY, month_number, month_re
from .joined_days import DAYS_MONTH, joined
from .words import DAYS_AND, ORDINAL, words_re

_DAY = rf"[0-3]?\d(?:{ORDINAL})?(?!\d)"
_AND_LAST = rf"(?:\s*,?\s*&\s*|,?\s+{words_re(DAYS_AND)}\s+)"
_NO_WORDS = r"(?!\s+(?-i:[a-z]))(?![\d,]*\s*(?:19|20)\d\d)"

PATTERN = (
    rf"{WEEKDAY}{month_re('ujm1')}\s*(?P<ujds1>{_DAY}(?:\s*,\s*{_DAY})*{_AND_LAST}{_DAY})"
    rf"{_NO_WORDS}|{WEEKDAY}(?P<ujds2>{DAYS_MONTH})\s+{OF_BEFORE}{month_re('ujm2')}{_NO_WORDS}"
)


def build(m: re.Match[str], year: int) -> DateSpan | None:
    if m["ujds1"]:
        return joined(year, month_number(m["ujm1"]), m["ujds1"])
    return joined(year, month_number(m["ujm2"]), m["ujds2"])
