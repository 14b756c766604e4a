"""One reading of a page's ambiguous numeric dates: month first (US) or day first.

``11/12/2020`` is November 12 in the US and 11 December elsewhere. A page is read one
way throughout: day first when any of its numeric dates can only be day first
(``20/05/2020``), else as its language writes dates (month first for ``en`` and
``en-US``, day first for ``en-GB``, ``fr``, ``de``…). The rules :mod:`.numeric` and
:mod:`.short_year` ask :func:`day_first` while :func:`reading` holds for the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_DAY_FIRST: ContextVar[bool] = ContextVar("day_first", default=False)

# Languages whose numeric dates put the month first (the default "en" is US English).
MONTH_FIRST_LANGUAGES = ("en", "en-us", "en-ph", "en-ca")

_NUMERIC = re.compile(
    r"(?<![\w/.-])(?P<a>[0-3]?\d) {0,2}/ {0,2}(?P<b>[0-3]?\d) {0,2}/ {0,2}"
    r"(?P<y>(?:19|20)\d\d|\d\d)(?![\w/])"
)
# A day and month without a year opening an item under a year heading: "**18.11.**",
# "18/11", "05.03" (a dotted month of one digit, "3.5 million", is a number).
_LEADING_DAY_MONTH = re.compile(
    r"^[\s*_\[(]*(?P<a>[0-3]?\d)(?:/(?P<b>[01]?\d)|\.(?P<c>[01]\d\.?|[1-9]\.))"
    r"(?=[\s*_\]):]|$)"
)


def day_first() -> bool:
    """Whether ambiguous numeric dates are read day first (the page's reading)."""
    return _DAY_FIRST.get()


@contextmanager
def reading(first_day: bool) -> Iterator[None]:
    """Read ambiguous numeric dates day first (``True``) or month first meanwhile."""
    token = _DAY_FIRST.set(first_day)
    try:
        yield
    finally:
        _DAY_FIRST.reset(token)


def page_reading(texts: Iterable[str], language: str) -> tuple[bool, str] | None:
    """How to read the numeric dates of a page's ``texts``: (day first?, why), or
    ``None`` when none of them is ambiguous (``11/12/2020``), so the reading is moot."""
    ambiguous, only_day_first = False, ""
    for text in texts:
        for found in (*_NUMERIC.finditer(text), *_LEADING_DAY_MONTH.finditer(text)):
            b = found["b"] or found.groupdict().get("c") or ""
            a, b = int(found["a"]), int(b.rstrip("."))
            if 1 <= a <= 12 and 1 <= b <= 12:
                ambiguous = True
            elif 12 < a <= 31 and 1 <= b <= 12 and not only_day_first:
                only_day_first = found.group().lstrip(" \t\n*_[(")
    if not ambiguous:
        return None
    if only_day_first:
        return True, f"'{only_day_first}' can only be day first"
    lang = language.strip().lower().replace("_", "-")
    if lang and lang not in MONTH_FIRST_LANGUAGES:
        return True, f"the site's language is {language!r}"
    return False, "no date on the page needs day first"
