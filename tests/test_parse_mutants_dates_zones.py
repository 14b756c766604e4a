"""The zone and time after a date (``dates/_common.py`` ``zone_of`` and ``times``; issue
14, bench/mutation_parse.md "Session 23: mutate14c").

A date with a time and a zone in; its day, times and IANA zone out, written here from the
text. A UTC or GMT offset of whole hours is IANA's ``Etc/GMT`` zone, whose sign runs the
other way (UTC+1 is ``Etc/GMT-1``): the zones exist from UTC-12 to UTC+14 (New Zealand's
summer time is UTC+13, Kiribati's UTC+14); an offset with minutes (UTC+5:30) or beyond
those has no fixed IANA zone, so the site's zone is kept (``None``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from feeds.parse.dates import parse_date

T15 = dt.time(15)

# the words after "Nov 18, 2022, " → (start time, end time, zone)
ROWS = [
    ("3pm UTC+12", (T15, None, "Etc/GMT-12")),
    ("3pm UTC+13", (T15, None, "Etc/GMT-13")),
    ("3pm UTC+14", (T15, None, "Etc/GMT-14")),
    ("3pm UTC+15", (T15, None, None)),
    ("3pm UTC-12", (T15, None, "Etc/GMT+12")),
    ("3pm UTC-13", (T15, None, None)),
    ("3pm UTC+5:30", (T15, None, None)),
    ("3pm GMT+0", (T15, None, "UTC")),
    ("3pm UTC−3", (T15, None, "Etc/GMT+3")),
    ("3pm GMT-05:00", (T15, None, "Etc/GMT+5")),
    ("3pm UTC+05:00", (T15, None, "Etc/GMT-5")),
    ("3 pm (UTC+2)", (T15, None, "Etc/GMT-2")),
    ("3pm UTC", (T15, None, "UTC")),
    ("3pm Eastern Standard Time", (T15, None, "America/New_York")),
    ("3pm CEST", (T15, None, "Europe/Paris")),
]


@pytest.mark.parametrize(("said", "want"), ROWS, ids=[said for said, _ in ROWS])
def test_the_zone_after_a_time(said, want) -> None:
    span = parse_date(f"Nov 18, 2022, {said}")
    assert span is not None
    assert (span.start, span.start_time, span.end_time, span.time_zone) == (
        dt.date(2022, 11, 18),
        *want,
    )
