"""A date written in front matter (``date:``, ``date_end:``, a data entry's ``date``): the
day a reader of the built site sees.

Jekyll reads it with Ruby's date parser (``2022-11-18 15:59:00 -0400``, and day first in
``19-06-2023 15:59:00 -0400``) and shows it in the site's ``timezone:``; Hugo shows it in
its own offset. Other strings go to the homepage date grammar (``Nov 18, 2022``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..lazy_pattern import lazy
from ..model import DateSpan, Precision
from ..parse.dates import parse_date

_TIME = r"(?:[Tt ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$"
_STAMP = lazy(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME,
    re.IGNORECASE,
)
# Ruby reads "19-06-2023" (and "01-06-2023") day first, as Jekyll shows it
_DAY_FIRST = lazy(r"^(\d{1,2})-(\d{1,2})-(\d{4})" + _TIME, re.IGNORECASE)
# Words after the date (and its time): Ruby takes the date and leaves them, as Jekyll
# shows "2025-06-10 at 2025-06-12" or "2024-09-01 - our lab opens" (the 10th, the 1st).
_WORDS = r"\s+[^\s\d].*$"
_STAMP_WORDS = lazy(r"^(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME[:-1] + _WORDS, re.I | re.S)
_DAY_FIRST_WORDS = lazy(r"^(\d{1,2})-(\d{1,2})-(\d{4})" + _TIME[:-1] + _WORDS, re.I | re.S)


def front_date(value: Any, tz: dt.tzinfo | None) -> DateSpan | None:
    """A front-matter date (date, datetime or string) as a day in the site time zone
    (Jekyll's ``timezone:``), or with ``tz`` ``None`` as written, in its own offset (Hugo
    shows ``2024-04-01T00:00:00+09:00`` as the 1st wherever the site is built).

    Strings may be ``2022-11-18``, ``2022-11-18 15:59:00 -0400``, ``…T15:59:00Z``,
    ``19-06-2023`` (day first) or any form the homepage date grammar reads (``Nov 18, 2022``);
    words after the first two (``2025-06-10 at 2025-06-12``) are left, as Jekyll does.
    """
    try:
        day = _day(value, tz)
    except (ValueError, OverflowError):  # 2023-02-30 12:00, or past 9999-12-31 in the site zone
        return None
    if isinstance(day, DateSpan) or day is None:
        return day
    if not FIRST_DAY <= day <= LAST_DAY:  # 9999-12-31 has no day after it to end on
        return None
    return DateSpan(day, day, Precision.DAY)


FIRST_DAY, LAST_DAY = dt.date(1900, 1, 1), dt.date(9000, 12, 31)  # the days --now takes


def _day(value: Any, tz: dt.tzinfo | None) -> dt.date | DateSpan | None:
    if isinstance(value, dt.datetime):
        day = (value.astimezone(tz) if value.tzinfo and tz else value).date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, str | int) and not isinstance(value, bool):
        text = str(value).strip()
        if match := _STAMP.match(text):
            parts = match.groups()
        elif match := _DAY_FIRST.match(text):
            day_, month, year, *clock = match.groups()
            parts = (year, month, day_, *clock)
        elif (said := parse_date(text)) is not None:
            return said
        elif match := _STAMP_WORDS.match(text):  # "2025-06-10 at 2025-06-12": the 10th
            parts = match.groups()
        elif match := _DAY_FIRST_WORDS.match(text):
            day_, month, year, *clock = match.groups()
            parts = (year, month, day_, *clock)
        else:
            return None
        day = _stamp(parts, tz)
    else:
        return None
    return day


def _stamp(parts: tuple[str | None, ...], tz: dt.tzinfo | None) -> dt.date:
    year, month, day, hour, minute, second, offset = parts
    if not 1 <= int(day) <= 31:  # Ruby's Time.local refuses it too
        raise ValueError(day)
    # a day past the month's end (2023-04-31) runs on into the next month (1 May), as
    # Ruby's Time.local carries it, and Jekyll shows
    when = dt.datetime(
        int(year), int(month), 1, int(hour or 0), int(minute or 0), int(second or 0)
    ) + dt.timedelta(days=int(day) - 1)
    if not offset or tz is None:
        return when.date()
    if offset.upper() == "Z":
        zone = dt.UTC
    else:
        digits = offset[1:].replace(":", "").ljust(4, "0")
        delta = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        zone = dt.timezone(-delta if offset[0] == "-" else delta)
    return when.replace(tzinfo=zone).astimezone(tz).date()
