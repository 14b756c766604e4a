"""A talk dated by its leading month with its day at the end (issue 8, talk calendar):
``**Nov 2022** Invited talk at MIT (Nov 18, 2022)`` is a November item, as the list shows
it, and still a talk on Nov 18 in ``talks.ics`` (as before the leading month became the
item's date). A trailing date outside the month says something else: no event.

Expectations are written here from the input; the calendars are read back with
icalendar and vobject, the list with json.
"""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import vobject
from click.testing import CliRunner
from icalendar import Calendar

from feeds.build import build
from feeds.cli import main
from feeds.diagnostics import Reporter

CHICAGO = ZoneInfo("America/Chicago")
NOW = "2022-11-10"
MIT = "- **Nov 2022** Invited talk at MIT (Nov 18, 2022)"
MORE = """\
- **Nov 2022** Talk at the Gear Lab (Nov 3-4, 2022)
- **Nov 2022** Seminar at Rice (Nov 21, 2022, Houston, 3:30 PM)
- **Nov 2022** Talk at Harvard (Dec 18, 2022)
- **Nov 1, 2022** Talk at the Cog Institute (Nov 2022)
"""


def _events(path) -> tuple[dict, dict]:
    """summary → (DTSTART, DTEND), once by icalendar and once by vobject."""
    data = path.read_bytes()
    by_icalendar = {
        str(e["SUMMARY"]): (e.decoded("DTSTART"), e.decoded("DTEND"))
        for e in Calendar.from_ical(data).walk("VEVENT")
    }
    parsed = vobject.readOne(data.decode("utf-8"))
    by_vobject = {
        e.summary.value: (e.dtstart.value, e.dtend.value) for e in parsed.contents.get("vevent", [])
    }
    return by_icalendar, by_vobject


def _listed(folder) -> list[dict]:
    result = CliRunner().invoke(
        main, ["list", "--content", str(folder), "--now", NOW, "--json"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_the_day_after_a_leading_month_puts_the_talk_in_the_calendar(make_site, tmp_path) -> None:
    folder = make_site(MIT)
    build(folder, tmp_path / "out", today=dt.date.fromisoformat(NOW))
    day = (dt.date(2022, 11, 18), dt.date(2022, 11, 19))
    by_icalendar, by_vobject = _events(tmp_path / "out" / "talks.ics")
    assert by_icalendar == {"Invited talk at MIT": day}
    assert by_vobject == {"Invited talk at MIT": day}
    # its "add to calendar" file (upcoming on NOW) says the same day
    (single,) = (tmp_path / "out" / "talks").glob("*.ics")
    assert _events(single) == ({"Invited talk at MIT": day}, {"Invited talk at MIT": day})
    # the item keeps the date the list shows
    (item,) = _listed(folder)
    assert (item["start"], item["end"], item["precision"]) == ("2022-11", None, "month")
    assert (item["event_start"], item["event_end"]) == ("2022-11-18", None)
    assert item["title"] == "Invited talk at MIT"


def test_day_ranges_and_times_count_and_a_date_outside_the_month_does_not(
    make_site, tmp_path
) -> None:
    folder = make_site(MIT + "\n" + MORE)
    reporter = Reporter(quiet=True)
    build(folder, tmp_path / "out", today=dt.date.fromisoformat(NOW), reporter=reporter)
    want = {
        "Invited talk at MIT": (dt.date(2022, 11, 18), dt.date(2022, 11, 19)),
        "Talk at the Gear Lab": (dt.date(2022, 11, 3), dt.date(2022, 11, 5)),
        "Seminar at Rice": (
            dt.datetime(2022, 11, 21, 15, 30, tzinfo=CHICAGO),
            dt.datetime(2022, 11, 21, 16, 30, tzinfo=CHICAGO),
        ),
        # a leading day under a trailing month: the day is the item's and the event's
        "Talk at the Cog Institute": (dt.date(2022, 11, 1), dt.date(2022, 11, 2)),
    }
    by_icalendar, by_vobject = _events(tmp_path / "out" / "talks.ics")
    assert by_icalendar == want
    assert by_vobject == want
    notes = [(p.line, p.message) for p in reporter.problems if "talk calendar" in p.message]
    outside = "left out of the talk calendar: its date (2022-11) does not give the day"
    assert notes == [(12, outside)]
    listed = [(i["start"], i["end"], i["precision"]) for i in _listed(folder)]
    assert listed == [("2022-11", None, "month")] * 4 + [("2022-11-01", None, "day")]
    events = [(i["event_start"], i["event_end"]) for i in _listed(folder)]
    assert events == [
        ("2022-11-18", None),
        ("2022-11-03", "2022-11-04"),
        ("2022-11-21", None),
        (None, None),  # Dec 18 is not in November
        (None, None),  # the item's own date is the day
    ]
