"""A time of day written after an item's leading day is part of its date (issue 8):
``**Nov 20**, 10:00 h, Talk at …`` gave the title "H, Talk …", and ``10:00h - 12:00h``,
``15:00 UTC+1``, ``from 10:00 to 11:30``, ``16.00 Uhr`` stayed in the title. The time
leaves the title whole and times the talk in the calendar (the site's zone unless one is
named; ``UTC+1`` is one).

Expectations are written here from the input; the calendar is read back with icalendar
and vobject, the list with json.
"""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
import vobject
from click.testing import CliRunner
from icalendar import Calendar

from feeds.build import build
from feeds.cli import main

NOW = "2024-11-01"
HOME = ZoneInfo("America/Chicago")
UTC = dt.UTC

# line → (title, start, end of the talk as aware datetimes; None: no end written)
TIMED = [
    ("- **Nov 20**, 10:00 h, Talk at Rice", "Talk at Rice", (10, 0), None),
    ("- **Nov 20**, 10:00h - 12:00h, Talk at Yale", "Talk at Yale", (10, 0), (12, 0)),
    ("- **Nov 20**, 15:00 UTC+1, Talk at ETH", "Talk at ETH", (15, 0, 1), None),
    ("- **Nov 20**, from 10:00 to 11:30, Talk at Penn", "Talk at Penn", (10, 0), (11, 30)),
    ("- **Nov 20** at 4pm: Talk at Brown", "Talk at Brown", (16, 0), None),
    ("- **Nov 20**, 16.00 Uhr, Vortrag in Bonn", "Vortrag in Bonn", (16, 0), None),
    ("- **Nov 20, 2024**, 9:30 h, Talk at Duke", "Talk at Duke", (9, 30), None),
    ("- Nov 20, 2024, 14:00 hrs: Talk at UCLA", "Talk at UCLA", (14, 0), None),
    ("- **Nov 20**, 10h - 12h, Exposé à Lyon", "Exposé à Lyon", (10, 0), (12, 0)),
    ("- **Nov 20**, 14:00 GMT-5, Talk at Utah", "Talk at Utah", (14, 0, -5), None),
]


def _at(clock: tuple) -> dt.datetime:
    hour, minute, *offset = clock
    zone = dt.timezone(dt.timedelta(hours=offset[0])) if offset else HOME
    return dt.datetime(2024, 11, 20, hour, minute, tzinfo=zone)


def _site(make_site):
    return make_site("#### 2024\n\n" + "\n".join(line for line, *_ in TIMED))


def test_the_time_leaves_the_title(make_site) -> None:
    result = CliRunner().invoke(
        main, ["list", "--content", str(_site(make_site)), "--now", NOW, "--json"]
    )
    assert result.exit_code == 0, result.output
    seen = [(i["title"], i["start"], i["precision"]) for i in json.loads(result.stdout)]
    assert seen == [(title, "2024-11-20", "day") for _, title, *_ in TIMED]


@pytest.mark.parametrize("reader", ["icalendar", "vobject"])
def test_the_calendar_has_the_time(make_site, tmp_path, reader) -> None:
    build(_site(make_site), tmp_path / "out", today=dt.date.fromisoformat(NOW))
    data = (tmp_path / "out" / "talks.ics").read_bytes()
    if reader == "icalendar":
        events = {
            str(e["SUMMARY"]): (e.decoded("DTSTART"), e.decoded("DTEND"))
            for e in Calendar.from_ical(data).walk("VEVENT")
        }
    else:
        parsed = vobject.readOne(data.decode("utf-8"))
        events = {
            e.summary.value: (e.dtstart.value, e.dtend.value)
            for e in parsed.contents.get("vevent", [])
        }
    for _, title, start, end in TIMED:
        begins, ends = events[title]
        assert begins.astimezone(UTC) == _at(start).astimezone(UTC), title
        if end is not None:
            assert ends.astimezone(UTC) == _at(end).astimezone(UTC), title


def test_a_bare_number_of_hours_is_no_time(make_site) -> None:
    folder = make_site("#### 2024\n\n- **Nov 20**, 3 h tutorial on graphs at Rice")
    result = CliRunner().invoke(main, ["list", "--content", str(folder), "--now", NOW, "--json"])
    (item,) = json.loads(result.stdout)
    assert (item["title"], item["start"]) == ("3 h tutorial on graphs at Rice", "2024-11-20")
