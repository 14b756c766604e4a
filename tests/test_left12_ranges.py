"""Ranges noticed on real homepages and left by an earlier session (issue 8), written here
in our own words: a bold year followed by the range's last year (``**2021** - 2022: …``,
``**Fall 2021** - Spring 2022``, an open end ``- present``); a date and a place in one
bracket followed by the range's end (``[Nov 2022, Boston] - Dec 2022: …``). Dates,
titles and places are read back from ``feeds list --json`` with ``json``.
"""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from .cli_run import bullets_listed, feeds

NOW = "2024-05-01"


def _listed(tmp_path, items: list[str], heading: str = "") -> list[dict]:
    return bullets_listed(tmp_path, items, heading, NOW)


YEAR_RANGES = [
    ("**2021** - 2022: Visiting researcher at Widget Lab.", "2021", "2022",
     "Visiting researcher at Widget Lab"),
    ("**2021** – **2022**: Visiting researcher at Widget Lab.", "2021", "2022",
     "Visiting researcher at Widget Lab"),
    ("**2019** to 2021, postdoc at Gear Institute.", "2019", "2021",
     "Postdoc at Gear Institute"),
    ("**2020**-2023 Member of the Cog board.", "2020", "2023", "Member of the Cog board"),
    ("**Fall 2021** - Spring 2022: Visiting Widget Lab.", "2021", "2022", "Visiting Widget Lab"),
    # an open end is no year: the start alone, and "present" is no title
    ("**2021** - present: Postdoc at Gear Institute.", "2021", None, "Postdoc at Gear Institute"),
    ("**2021** – now: Member of the Cog board.", "2021", None, "Member of the Cog board"),
    # not an end: a count, a season of the same year, an end before the start
    ("**2021** - 2 papers accepted at CogConf.", "2021", None, "2 papers accepted at CogConf"),
    ("**Spring** - Summer: Visiting Gear Lab.", "2023", None, "Visiting Gear Lab"),
    ("**2021** - 2019: Odd Widget Lab note.", "2021", None, "2019: Odd Widget Lab note"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("item", "start", "end", "title"), YEAR_RANGES, ids=[r[0] for r in YEAR_RANGES]
)
def test_a_bold_year_and_the_ranges_last_year(tmp_path, item, start, end, title):
    listed = _listed(tmp_path, [item, "**Mar 2021** Joined GearLab."], "### 2023\n\n")
    assert [(i["title"], i["start"], i["end"]) for i in listed] == [
        (title, start, end),
        ("Joined GearLab", "2021-03", None),
    ]


PLACED_RANGES = [
    ("[Nov 2022, Boston] - Dec 2022: Visiting the Gear Group.", "2022-11", "2022-12", "Boston"),
    ("(Nov 2022, Boston) - Dec 2022: Visiting the Gear Group.", "2022-11", "2022-12", "Boston"),
    ("[Oct 3, 2022, Lyon] – Oct 7, 2022: Visiting the Gear Group.", "2022-10-03", "2022-10-07",
     "Lyon"),
    ("[Nov 2022, Boston, MA] - Jan 2023: Visiting the Gear Group.", "2022-11", "2023-01",
     "Boston, MA"),
    # one bracket alone: as before
    ("[Nov 2022, Boston] Visiting the Gear Group.", "2022-11", None, "Boston"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("item", "start", "end", "place"), PLACED_RANGES, ids=[r[0] for r in PLACED_RANGES]
)
def test_a_date_and_place_in_brackets_then_the_ranges_end(tmp_path, item, start, end, place):
    (got,) = _listed(tmp_path, [item])
    assert (got["title"], got["start"], got["end"]) == ("Visiting the Gear Group", start, end)
    assert got["location"] == place


def test_a_tag_in_brackets_is_still_no_date(tmp_path):
    (got,) = _listed(tmp_path, ["[Team Cog] 2024-02-02: Visiting the Gear Group."])
    assert (got["title"], got["start"], got["end"]) == (
        "Visiting the Gear Group",
        "2024-02-02",
        None,
    )


BRACKETED_TIMES = [
    ("**[Nov 14]** 3pm: Talk at the Widget Seminar.", dt.time(15, 0)),
    ("**Nov 14:** 3pm - 4pm: Talk at the Widget Seminar.", dt.time(15, 0)),
    ("**[Nov 14]**, 3:30 pm – Talk at the Widget Seminar.", dt.time(15, 30)),
]


@pytest.mark.parametrize(("item", "start"), BRACKETED_TIMES, ids=[r[0] for r in BRACKETED_TIMES])
def test_a_time_after_a_bracketed_bold_day_is_the_days(tmp_path, item, start):
    """The time is the talk's start in the calendar (read with icalendar), not the title's."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.md").write_text(f"## News\n\n### 2023\n\n- {item}\n", encoding="utf-8")
    (got,) = _listed(tmp_path, [item], "### 2023\n\n")
    assert (got["title"], got["start"]) == ("Talk at the Widget Seminar", "2023-11-14")
    out = tmp_path / "out"
    ran = feeds(
        "build", "--now", NOW, "--content", str(site), "--out", str(out),
        "--site-url", "https://a.example.org", "--timezone", "UTC",
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    events = icalendar.Calendar.from_ical((out / "talks.ics").read_bytes()).walk("VEVENT")
    assert [e.decoded("DTSTART").replace(tzinfo=None) for e in events] == [
        dt.datetime.combine(dt.date(2023, 11, 14), start)
    ]
