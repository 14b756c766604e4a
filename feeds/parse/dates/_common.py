"""Shared pieces of the date grammar: month names, years, dashes, times of day."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from ...model import DateSpan, Precision
from .words import OF, ORDINAL, RANGE_FROM, RANGE_TO, words_re
from .words import month_number as month_number
from .words import month_re as month_re

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip


def day_re(name: str) -> str:
    """A day of the month, with an optional ordinal mark (``3rd``, ``1er``, ``12.``, ``1º``)."""
    return rf"(?P<{name}>[0-3]?\d)(?:{ORDINAL})?"


def year_re(name: str) -> str:
    """A four-digit year of this or the last century."""
    return rf"(?P<{name}>(?:19|20)\d\d)"


SLASH = r" {0,2}/ {0,2}"  # "05/2025", "05 / 2025"
DASH = r"\s*(?:-{1,3}|‐|‑|–|—|~|\bto\b|\buntil\b|\bthrough\b|\bthru\b)\s*"
# "du 4 au 6 juin", "del 4 al 6 de junio", "vom 4. bis 6. Juni": a range of days in words.
FROM = rf"(?:{words_re(RANGE_FROM)}\s+)?"
TO = rf"(?:{DASH}|\s+{words_re(RANGE_TO)}\s+)"
OF_BEFORE = rf"(?:{words_re(OF)}\s+)?"  # "12 de marzo"
OF_AFTER = rf"(?:\s+{words_re(OF)})?"  # "marzo de 2024"
WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"

_AMPM = r"(?:[ap]\.?\s?m(?![a-z])\.?)"
# A time has minutes or am/pm ("3pm", "15:30", "3-5pm"): a bare number after a date is
# the text's ("2024.10 2 new patents"), never taken for an hour.
# An hour's word after it: "10:00 h", "10h", "16.00 Uhr", "14:00 hrs" (a bare "3 h" is hours).
_HOURS = r"(?:\s?(?:h|hrs|uhr)\b)"
_CLOCK_SHAPE = (
    rf"(?=[012]?\d(?:[:.h][0-5]\d|\s*{_AMPM}|h\b|\s?uhr\b"
    rf"|{DASH}[012]?\d(?:[:.h][0-5]\d)?\s*{_AMPM}))"
)
TIME = (
    rf"(?:(?P<noon>noon|midday)|{_CLOCK_SHAPE}(?P<th1>[012]?\d)"
    rf"(?:[:.h](?P<tm1>[0-5]\d))?(?P<hs1>{_HOURS})?\s*(?P<ap1>{_AMPM})?)"
    rf"(?:{DASH}(?P<th2>[012]?\d)(?:[:.h](?P<tm2>[0-5]\d))?{_HOURS}?\s*(?P<ap2>{_AMPM})?)?"
)
# Zone names a talk announcement may give after its time, as IANA zones.
ZONES = {
    "et": "America/New_York", "est": "America/New_York", "edt": "America/New_York",
    "eastern": "America/New_York", "ct": "America/Chicago", "cst": "America/Chicago",
    "cdt": "America/Chicago", "central": "America/Chicago", "mt": "America/Denver",
    "mst": "America/Denver", "mdt": "America/Denver", "mountain": "America/Denver",
    "pt": "America/Los_Angeles", "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles", "utc": "UTC", "gmt": "UTC", "bst": "Europe/London",
    "cet": "Europe/Paris", "cest": "Europe/Paris", "eet": "Europe/Athens",
    "eest": "Europe/Athens", "jst": "Asia/Tokyo", "kst": "Asia/Seoul",
    "aest": "Australia/Sydney", "aedt": "Australia/Sydney",
}  # fmt: skip
_ZONE = (
    r"(?P<zone>(?:eastern|central|mountain|pacific)(?:\s+(?:standard|daylight))?\s+time"
    r"|(?:utc|gmt)\s?[+−-]\s?[01]?\d(?::?[0-5]\d)?(?!\d)"  # "UTC+1", "GMT-05:00"
    r"|[ecmp][sd]?t|utc|gmt|bst|cest|cet|eest|eet|jst|kst|aest|aedt)"
)
TIME_SUFFIX = rf"(?:\s*,?\s*(?:at\s+|@\s*|from\s+|T|\()?{TIME}(?:\s*\(?{_ZONE}\b\)?)?\)?)?"
_OFFSET = re.compile(r"(?:utc|gmt)\s?([+−-])\s?([01]?\d)(?::?([0-5]\d))?", re.IGNORECASE)


def zone_of(match: re.Match[str]) -> str | None:
    """The IANA zone named after a time (``3pm ET`` → ``America/New_York``)."""
    name = _group(match, "zone")
    if name and (offset := _OFFSET.fullmatch(name)) is not None:
        sign, hours, minutes = offset.groups()
        if int(minutes or 0) or int(hours) > (14 if sign == "+" else 12):
            return None  # no fixed IANA zone (Etc/GMT-14 … Etc/GMT+12): the site's
        # IANA's Etc zones count the other way: UTC+1 is Etc/GMT-1
        return f"Etc/GMT{'+' if sign != '+' else '-'}{int(hours)}" if int(hours) else "UTC"
    return ZONES.get(name.split()[0].lower()) if name else None


def _group(match: re.Match[str], name: str) -> str | None:
    """Group ``name`` of ``match``, ``None`` when unmatched or absent from the pattern."""
    return match.group(name) if name in match.re.groupindex else None


def make_day(year: str | int, month: str | int, day: str | int) -> dt.date | None:
    """A valid date, or ``None`` for impossible ones such as Feb 30."""
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def span(
    start: dt.date | None, end: dt.date | None, precision: Precision, ranged: bool
) -> DateSpan | None:
    """A span if both ends exist and are in order."""
    if start is None or end is None or end < start:
        return None
    return DateSpan(start, end, precision, ranged=ranged)


def times(match: re.Match[str]) -> tuple[dt.time | None, dt.time | None] | None:
    """Start/end time of day from the ``TIME`` groups; ``None`` if not a real time."""
    if _group(match, "th1") is None and _group(match, "noon") is None:
        return (None, None)  # the common case, without building a dict of every group
    groups = match.groupdict()
    if groups.get("noon"):
        return (dt.time(12), None) if groups.get("th2") is None else None
    if groups.get("th1") is None:
        return (None, None)
    said = groups.get("tm1") or groups.get("ap1") or groups.get("ap2") or groups.get("hs1")
    if said is None:
        return None  # a bare number is not a time
    ap2 = groups.get("ap2")
    ap1 = groups.get("ap1") or ap2
    start = _clock(groups["th1"], groups.get("tm1"), ap1)
    end = _clock(groups["th2"], groups.get("tm2"), ap2 or ap1) if groups.get("th2") else None
    if start is None or (groups.get("th2") and end is None):
        return None
    if end is not None and end == start:
        return None
    return (start, end)  # an end before the start is on the next day (11pm--1am)


def _clock(hour: str, minute: str | None, ampm: str | None) -> dt.time | None:
    h, m = int(hour), int(minute or 0)
    if ampm:
        if not 1 <= h <= 12:
            return None
        pm = ampm.lower().startswith("p")
        h = (h % 12) + (12 if pm else 0)
    if h > 23:
        return None
    return dt.time(h, m)


class PageReading:
    """A reading of a date form that a page turns on for its whole list and that is off
    elsewhere (``Aug 25`` as August 2025, ``8/24`` as August 2024): :meth:`on` says whether
    it holds, ``with reading.during(True):`` holds it meanwhile."""

    def __init__(self, name: str) -> None:
        self._held: ContextVar[bool] = ContextVar(name, default=False)

    def on(self) -> bool:
        """Whether the page reads the form so now."""
        return self._held.get()

    @contextmanager
    def during(self, on: bool) -> Iterator[None]:
        """Hold the reading (``True``) or not meanwhile."""
        token = self._held.set(on)
        try:
            yield
        finally:
            self._held.reset(token)
