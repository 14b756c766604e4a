"""A list of numeric dates written year first with a two-digit year: ``26/8/21`` is
21 August 2026 (``YY/M/D``, as East Asian sites write it). The same text reads as
26 August 2021 (:mod:`.short_year`, day first), which is how most lists mean it
(``25/4/23``), so the order is decided per list, never per date: a list is read year
first only when every one of its ``a/b/c`` dates is a day that way and either

* a date's first number can be no day (above 31), or every date reads only year first
  (no day as :func:`~feeds.parse.dates.parse_date` reads it); or
* read year first the list runs newest first, and read as dates are read today it
  runs in no order (``26/8/21, 26/6/18, 26/4/13`` is 2026-08-21, 06-18, 04-13; day
  first it is 2021, 2018, 2013).

A list that reads as dates today (``25/4/23, 3/4/23``, newest first day first) is never
read another way. The century is :func:`.short_year.full_year`'s.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable

from .short_year import full_year

_SHORT = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{1,2})\s*")


def year_first(values: Iterable[object], read: Callable[[str], object | None]) -> bool:
    """Whether the list's ``a/b/c`` dates (the others are left aside) are year first;
    ``read`` gives a date as the list's dates are read now (``None``: none), its
    ``start`` compared."""
    texts = [v for v in values if isinstance(v, str) and _SHORT.fullmatch(v)]
    if not texts:
        return False
    days = [year_first_day(t) for t in texts]
    if any(day is None for day in days):
        return False
    if any(int(_SHORT.fullmatch(t)[1]) > 31 for t in texts):
        return True
    now = [read(t) for t in texts]
    if all(span is None for span in now):
        return True
    if len(texts) < 2 or any(span is None for span in now):
        return False
    starts = [getattr(span, "start", None) for span in now]
    in_order = _newest_first(starts) or _newest_first(starts[::-1])  # type: ignore[arg-type]
    return _newest_first(days) and not in_order  # type: ignore[arg-type]


def year_first_day(text: str) -> dt.date | None:
    """The day ``text`` (``26/8/21``) names read year first (``None``: no such day)."""
    found = _SHORT.fullmatch(text)
    if found is None:
        return None
    try:
        return dt.date(full_year(found[1].zfill(2)), int(found[2]), int(found[3]))
    except ValueError:
        return None


def _newest_first(days: list[dt.date | None]) -> bool:
    """Whether ``days`` never go forward and are not all one day."""
    if any(day is None for day in days):
        return False
    pairs = list(zip(days, days[1:], strict=False))
    return all(a >= b for a, b in pairs) and any(a > b for a, b in pairs)  # type: ignore[operator]
