"""A day without its year at the end of an item that opens with a dated month (issue 8):
``- Apr 2024: Talk at MIT (Apr 5)`` outside any year heading. The day takes the leading
date's year (the next year after a December: ``Dec 2023: … (Jan 3)``), is the talk's day
(``event_start``/``event_end``, the talk calendar) while the item keeps the month the list
shows, and leaves the title, as ``(Apr 5, 2024)`` does. A day before the leading date, or
months after it, makes no sense as the talk's day: it stays where it is.

Expectations are written here from the input; the list is read back with json, the
calendar with icalendar and vobject.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
import vobject
from click.testing import CliRunner
from icalendar import Calendar

from feeds.build import build
from feeds.cli import main

NOW = "2024-03-01"

# line → (title, start, precision, event_start, event_end)
DAYS = [
    ("- Apr 2024: Talk at MIT (Apr 5)", ("Talk at MIT", "2024-04", "month", "2024-04-05", None)),
    (
        "- **Apr 2024**: Talk at MIT (April 5)",
        ("Talk at MIT", "2024-04", "month", "2024-04-05", None),
    ),
    ("- [Apr 2024] Talk at MIT (5 April)", ("Talk at MIT", "2024-04", "month", "2024-04-05", None)),
    (
        "- Apr 2024: Talk at MIT (Apr 5-7)",
        ("Talk at MIT", "2024-04", "month", "2024-04-05", "2024-04-07"),
    ),
    (
        "- Apr 2024: Talk at MIT (Apr 30 - May 2)",
        ("Talk at MIT", "2024-04", "month", "2024-04-30", "2024-05-02"),
    ),
    (
        "- Apr 2024: Talk at MIT (Apr 5, 10am)",
        ("Talk at MIT", "2024-04", "month", "2024-04-05", None),
    ),
    (
        "- April 2024 - Seminar at Yale (April 22nd)",
        ("Seminar at Yale", "2024-04", "month", "2024-04-22", None),
    ),
    # the next month(s): announced ahead
    ("- Apr 2024: Talk at MIT (May 3)", ("Talk at MIT", "2024-04", "month", "2024-05-03", None)),
    # after a December, January is the next year's
    ("- Dec 2023: Talk at MIT (Jan 3)", ("Talk at MIT", "2023-12", "month", "2024-01-03", None)),
    (
        "- **Nov 2023** Keynote at ETH (Jan 8-9)",
        ("Keynote at ETH", "2023-11", "month", "2024-01-08", "2024-01-09"),
    ),
    # a leading year is made finer by the day, as under a year heading
    ("- 2024: Talk at MIT (Apr 5)", ("Talk at MIT", "2024-04-05", "day", None, None)),
    # a leading day: a later day is the talk's, the item keeps its own
    (
        "- Mar 20, 2024: Talk at MIT (Apr 5)",
        ("Talk at MIT", "2024-03-20", "day", "2024-04-05", None),
    ),
]

# what makes no sense as the talk's day stays in the title, with no event
REFUSED = [
    ("- Apr 2024: Talk at MIT (Mar 3)", ("Talk at MIT (Mar 3)", "2024-04", "month", None, None)),
    ("- Apr 2024: Talk at MIT (Nov 3)", ("Talk at MIT (Nov 3)", "2024-04", "month", None, None)),
    ("- Jun 2024: Talk at MIT (Jan 3)", ("Talk at MIT (Jan 3)", "2024-06", "month", None, None)),
    (
        "- Apr 10, 2024: Talk at MIT (Apr 5)",
        ("Talk at MIT (Apr 5)", "2024-04-10", "day", None, None),
    ),
    (
        "- Apr 2024: Talk at MIT (April 31)",
        ("Talk at MIT (April 31)", "2024-04", "month", None, None),
    ),
]


def _listed(folder) -> list[dict]:
    result = CliRunner().invoke(
        main, ["list", "--content", str(folder), "--now", NOW, "--json"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _seen(item: dict) -> tuple:
    keys = ("title", "start", "precision", "event_start", "event_end")
    return tuple(item[k] for k in keys)


@pytest.mark.parametrize(("line", "want"), DAYS + REFUSED, ids=[d[0] for d in DAYS + REFUSED])
def test_a_yearless_day_after_a_leading_date(make_site, line, want) -> None:
    (item,) = _listed(make_site(line))
    assert _seen(item) == want


@pytest.mark.parametrize(("line", "want"), DAYS + REFUSED, ids=[d[0] for d in DAYS + REFUSED])
def test_the_same_under_a_year_heading(make_site, line, want) -> None:
    (item,) = _listed(make_site(f"#### {want[1][:4]}\n\n{line}"))
    assert _seen(item) == want


def test_the_talk_calendar_has_the_day_of_the_next_year(make_site, tmp_path) -> None:
    folder = make_site("- Dec 2023: Talk at MIT (Jan 3)\n- Feb 2024: Talk at Yale (Feb 5, 10am)")
    build(folder, tmp_path / "out", today=dt.date.fromisoformat(NOW))
    data = (tmp_path / "out" / "talks.ics").read_bytes()
    starts = {
        str(e["SUMMARY"]): e.decoded("DTSTART") for e in Calendar.from_ical(data).walk("VEVENT")
    }
    parsed = vobject.readOne(data.decode("utf-8"))
    again = {e.summary.value: e.dtstart.value for e in parsed.contents.get("vevent", [])}
    assert starts["Talk at MIT"] == again["Talk at MIT"] == dt.date(2024, 1, 3)
    yale = starts["Talk at Yale"]
    assert yale == again["Talk at Yale"]
    assert (yale.date(), yale.hour, str(yale.tzinfo)) == (
        dt.date(2024, 2, 5),
        10,
        "America/Chicago",
    )
