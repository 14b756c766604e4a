"""One reading of a page's ambiguous numeric dates: month first (US) or day first.

``11/12/2020`` is November 12 in the US and 11 December elsewhere. A page is read one
way throughout: day first when any of its numeric dates can only be day first
(``20/05/2020``, ``18.11.2022``), month first when one can only be month first
(``8.31.23``), else as its language writes dates (month first for ``en`` and ``en-US``,
day first for ``en-GB``, ``fr``, ``de``…). The rules :mod:`.numeric` and
:mod:`.short_year` ask :func:`day_first` while :func:`reading` holds for the page.

Dotted dates (``5.3.23``, ``05.03.2023``) are day first as Europeans write them, whatever
the page's language, unless a date of the page can only be month first or the site says
it writes US English (``en-US``): :func:`dotted_day_first`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_DAY_FIRST: ContextVar[bool] = ContextVar("day_first", default=False)
_DOTTED_DAY_FIRST: ContextVar[bool] = ContextVar("dotted_day_first", default=True)

# Languages whose numeric dates put the month first (the default "en" is US English).
MONTH_FIRST_LANGUAGES = ("en", "en-us", "en-ph", "en-ca")
# Those that say so of dotted dates too: a region written out ("en" alone may be anyone's).
_DOTTED_MONTH_FIRST = tuple(lang for lang in MONTH_FIRST_LANGUAGES if "-" in lang)

_NUMERIC = re.compile(
    r"(?<![\w/.-])(?P<a>[0-3]?\d) {0,2}/ {0,2}(?P<b>[0-3]?\d) {0,2}/ {0,2}"
    r"(?P<y>(?:19|20)\d\d|\d\d)(?![\w/])"
)
_SLASHED_DIGITS = re.compile(r"\d {0,2}/ {0,2}\d")  # in every match of _NUMERIC
# A day and month without a year opening an item under a year heading: "**18.11.**",
# "18/11", "05.03" (a dotted month of one digit, "3.5 million", is a number).
_LEADING_DAY_MONTH = re.compile(
    r"^[\s*_\[(]*(?P<a>[0-3]?\d)(?:/(?P<b>[01]?\d)|\.(?P<c>[01]\d\.?|[1-9]\.))"
    r"(?=[\s*_\]):]|$)"
)
# A dotted date with its year: opening an item with a year of two or four digits
# ("(8.31.23) …", "05.03.2023: …"), or anywhere with four ("… on 18.11.2022").
_DOTTED = re.compile(
    r"^[\s*_\[(]*(?P<a>[0-3]?\d)\.(?P<b>[0-3]?\d)\.(?:(?:19|20)\d\d|\d\d)(?![\d.]|\.\d)"
    r"|(?<![\w/.-])(?P<c>[0-3]?\d)\.(?P<d>[0-3]?\d)\.(?:19|20)\d\d(?![\d.]|\.\d)"
)


def day_first() -> bool:
    """Whether ambiguous numeric dates are read day first (the page's reading)."""
    return _DAY_FIRST.get()


def dotted_day_first() -> bool:
    """Whether ambiguous dotted dates (``5.3.23``) are read day first (the page's reading)."""
    return _DOTTED_DAY_FIRST.get()


@contextmanager
def reading(first_day: bool, dotted_first_day: bool | None = None) -> Iterator[None]:
    """Read ambiguous numeric dates day first (``True``) or month first meanwhile, and
    dotted ones as ``dotted_first_day`` says (``None``: as they are read now)."""
    token = _DAY_FIRST.set(first_day)
    dotted = _DOTTED_DAY_FIRST.set(
        _DOTTED_DAY_FIRST.get() if dotted_first_day is None else dotted_first_day
    )
    try:
        yield
    finally:
        _DOTTED_DAY_FIRST.reset(dotted)
        _DAY_FIRST.reset(token)


def page_reading(texts: Iterable[str], language: str) -> tuple[bool, str] | None:
    """How to read the numeric dates of a page's ``texts``: (day first?, why), or
    ``None`` when none of them is ambiguous (``11/12/2020``), so the reading is moot."""
    return page_readings(texts, language)[0]


def page_readings(texts: Iterable[str], language: str) -> tuple[tuple[bool, str] | None, bool]:
    """The reading of the page's numeric dates (as :func:`page_reading`) and whether its
    dotted ones are read day first: unless a date of the page can only be month first
    (``8.31.23``) and none day first, or the site writes a month-first region's English
    (``en-US``). The reading is said when a dotted date is read month first, too."""
    return _readings(_evidence(texts), language)


def _readings(
    evidence: tuple[bool, bool, str, str], language: str
) -> tuple[tuple[bool, str] | None, bool]:
    """:func:`page_readings` of the texts whose :func:`_evidence` is ``evidence``."""
    slashed, dotted, only_day_first, only_month_first = evidence
    lang = language.strip().lower().replace("_", "-")
    if only_day_first or only_month_first:
        dotted_first = bool(only_day_first)
    else:
        dotted_first = lang not in _DOTTED_MONTH_FIRST
    if not slashed and not (dotted and not dotted_first):
        return None, dotted_first
    if only_day_first:
        return (True, f"'{only_day_first}' can only be day first"), dotted_first
    if only_month_first:
        return (False, f"'{only_month_first}' can only be month first"), dotted_first
    if lang and lang not in MONTH_FIRST_LANGUAGES:
        return (True, f"the site's language is {language!r}"), dotted_first
    return (False, "no date on the page needs day first"), dotted_first


def unsaid_day_first(texts: list[str], language: str) -> bool:
    """How a page whose numeric dates with a year are none ambiguous (:func:`page_reading`
    is ``None``) reads its yearless ones (``(05.03)``, ``(04/02)``): day first when one of
    its dates can only be day first, month first when one can only be month first, else
    as its ``language`` writes dates (day first for ``de``, ``fr``, ``en-GB``…; month
    first for ``en``, ``en-US`` and no language)."""
    return _unsaid(_evidence(texts), language)


def all_readings(texts: list[str], language: str) -> tuple[tuple[bool, str] | None, bool, bool]:
    """:func:`page_readings` and :func:`unsaid_day_first` of the same ``texts``, which
    are read once for both (a page's items: two passes over them were ~5% of a build)."""
    evidence = _evidence(texts)
    said, dotted_first = _readings(evidence, language)
    return said, dotted_first, _unsaid(evidence, language)


def _unsaid(evidence: tuple[bool, bool, str, str], language: str) -> bool:
    """:func:`unsaid_day_first` of the texts whose :func:`_evidence` is ``evidence``."""
    _, _, only_day_first, only_month_first = evidence
    if only_day_first or only_month_first:
        return bool(only_day_first)
    lang = language.strip().lower().replace("_", "-")
    return bool(lang) and lang not in MONTH_FIRST_LANGUAGES


def _evidence(texts: Iterable[str]) -> tuple[bool, bool, str, str]:
    """(whether a slashed numeric date of ``texts`` is ambiguous, whether a dotted one is,
    the first date that can only be day first, the first that can only be month first)."""
    slashed = dotted = False
    only_day_first = only_month_first = ""
    for text in texts:
        if not text:  # a list item's opening and closing tokens
            continue
        points = [(m, False) for m in _numeric(text)] + [(m, True) for m in _dotted(text)]
        for match, is_dotted in points:
            a, b = _parts(match)
            if 1 <= a <= 12 and 1 <= b <= 12:
                dotted, slashed = dotted or is_dotted, slashed or not is_dotted
            elif 12 < a <= 31 and 1 <= b <= 12 and not only_day_first:
                only_day_first = match.group().lstrip(" \t\n*_[(")
            elif 12 < b <= 31 and 1 <= a <= 12 and not only_month_first:
                only_month_first = match.group().lstrip(" \t\n*_[(")
    return slashed, dotted, only_day_first, only_month_first


def _numeric(text: str) -> list[re.Match[str]]:
    """The matches of :data:`_NUMERIC`, then of :data:`_LEADING_DAY_MONTH`, in ``text``.

    Each is looked for only where it can be: a slashed date has digits either side of a
    slash (a quick scan, as its own pattern, which opens with a look-behind, is not);
    the leading one only at the text's start, its ``^``."""
    found = list(_NUMERIC.finditer(text)) if _SLASHED_DIGITS.search(text) else []
    if (leading := _LEADING_DAY_MONTH.match(text)) is not None:
        found.append(leading)
    return found


def _dotted(text: str) -> list[re.Match[str]]:
    """The matches of :data:`_DOTTED` in ``text``: past its start (its ``^``) only a
    four-digit year after a dot, ``.19``/``.20``, makes one."""
    if ".19" in text or ".20" in text:
        return list(_DOTTED.finditer(text))
    found = _DOTTED.match(text) if "." in text else None
    return [found] if found is not None else []


def _parts(match: re.Match[str]) -> tuple[int, int]:
    """The first and second numbers of a numeric date found by one of the patterns."""
    groups = match.groupdict()
    if groups.get("d") is not None:  # the second form of _DOTTED
        return int(groups["c"]), int(groups["d"])
    second = groups.get("b") or groups.get("c") or ""
    return int(groups["a"]), int(second.rstrip("."))
