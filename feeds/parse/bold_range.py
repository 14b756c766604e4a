"""The end of a range written after a leading bold date: ``**Nov 18** - Dec 2: Visit …``,
``**Nov 18** – **Dec 2**: …``, ``**Nov 18, 2022** to Dec 2, 2022: …``, ``**Nov 18** - 20: …``,
``**Nov 2022** - Jan 2023: …``. The bold run holds the start only; what follows a dash
(or "to", "until") up to the label's separator is the range's last day or month. So for
a leading date no rule reads as a range with its end: ``05/03 - 05/06: …`` under a year.
A time written after the bold day is the day's too: ``**12 May 2024** 3pm: Talk …``."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import DateSpan, Precision
from .dates import DateMatch, match_prefix
from .dates._common import TIME_SUFFIX, times, zone_of

_GLUE = re.compile(r"[\s*]*(?:[-–—~]{1,3}|\b(?:to|until|till|through)\b)[\s*]*", re.IGNORECASE)
# An end that is still open: "**2021** - present:", "**Nov 2022** – now,"; not "now at X".
_ONGOING = re.compile(
    r"\**(?:present|now|today|ongoing|current)\b\**(?=\s*(?:[:|,;–—)\]]|-+\s|$))", re.I
)
# A day of the start's month alone ends the range only before a separator: "- 20: Workshop",
# not "- 2 papers accepted".
_YEAR_END = re.compile(r"\**((?:19|20)\d\d)\b\**(?![/.-]?\d)")  # not "2022-03", "2022.5"
_DAY = re.compile(r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\**\s*(?:[:|–—)\]]+|-+\s|\.\s)\s*")


def range_end(text: str, start: DateSpan, after: int) -> tuple[DateSpan, int]:
    """``start`` made a range when ``text[after:]`` goes on with its end, and where the
    words after the range begin; ``start`` and ``after`` unchanged otherwise. A yearless
    end is of the start's year (``**Nov 18, 2021** - Dec 2`` under ``### 2022``)."""
    glue = _GLUE.match(text, after)
    if glue is None or start.ranged:
        return start, after
    rest = text[glue.end() :]
    if (still := _ONGOING.match(rest)) is not None:  # "**2021** - present: Postdoc at X"
        return start, glue.end() + still.end()
    if start.precision is Precision.YEAR:  # "**2021** - 2022:", "**Fall 2021** - Spring 2022"
        return _year_end(rest, start, after, glue.end())
    if start.precision is Precision.DAY and (day := _DAY.match(rest)):
        try:
            last = start.start.replace(day=int(day["day"]))
        except ValueError:
            return start, after
        end = glue.end() + day.end()
    else:
        found = match_prefix(rest, start.start.year)
        if found is None or found.span.precision is not start.precision:
            return start, after
        last, end = found.span.end, glue.end() + found.end
        if last < start.start and found.span.end.year == start.start.year:  # Dec 28 - Jan 3
            shifted = match_prefix(rest, start.start.year + 1)
            last = shifted.span.end if shifted is not None else last
    if last <= start.end:
        return start, after
    return replace(start, end=last, ranged=True), end


def _year_end(rest: str, start: DateSpan, after: int, at: int) -> tuple[DateSpan, int]:
    """A year range's end (``- 2022``, ``- Spring 2022``); a season of the start's own year
    (``**Spring** - Summer``) is read but ends nothing: years are what such dates keep."""
    if (year := _YEAR_END.match(rest)) is not None:
        last, end = start.end.replace(year=int(year[1]), month=12, day=31), at + year.end()
    elif (found := match_prefix(rest, start.start.year)) and found.span.precision is Precision.YEAR:
        last, end = found.span.end, at + found.end
    else:
        return start, after
    if last.year == start.start.year:
        return start, end
    if last < start.end:
        return start, after
    return replace(start, end=last, ranged=True), end


def leading_date(text: str, year: int | None) -> DateMatch | None:
    """The date opening ``text`` (:func:`~.dates.match_prefix`), with the end of a range
    written after it."""
    found = match_prefix(text, year)
    if found is None:
        return None
    after = len(text[: found.end].rstrip(" :：|–—-"))  # "05/03 -" read as the date and its dash
    span, end = range_end(text, found.span, after)
    return found if end == after else DateMatch(span, found.start, end, found.aside)


_TIME_AFTER = re.compile(TIME_SUFFIX, re.IGNORECASE)
_WORDS_GO_ON = re.compile(r"\s*(?:[:|,;–—-]|$)|\s+(?=[^\W\d_])")


def time_after(text: str, start: DateSpan, after: int) -> tuple[DateSpan, int]:
    """``start`` (a day without a time) at the time written right after it in ``text``
    (``3pm:``, ``, 3:30 pm –``, ``at 15:00``, ``3-5pm ET``), and where the words after
    the time begin; unchanged when no time follows."""
    if start.precision is not Precision.DAY or start.timed:
        return start, after
    found = _TIME_AFTER.match(text, after)
    if found is None or found.end() == after or not _WORDS_GO_ON.match(text, found.end()):
        return start, after
    clock = times(found)
    if clock is None or clock[0] is None:
        return start, after
    zone = zone_of(found)
    return replace(start, start_time=clock[0], end_time=clock[1], time_zone=zone), found.end()
