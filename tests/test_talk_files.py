"""``talks/<name>.ics``, one per upcoming talk, and the "add to calendar" links to them.

Each file is parsed back with icalendar and vobject; its event must be the one
``talks.ics`` has (same UID, times). Names come from the item's id, so rewording a
talk keeps its file; files of talks no longer upcoming are removed, but only those the
build made.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import vobject
from icalendar import Calendar

from feeds.build import build

from .conftest import Page, write_site

NEWS = """
- **Talk** at [Workshop A](https://a.example.org/ws) (Chicago, IL, Dec 1, 2022)
- **Talk** at Seminar B (virtual, Dec 2, 2022 at 3pm CT)
- **Talk** at Conference E (Online, Jan 16--18, 2023)
- **Talk** at Seminar C (cancelled, Dec 7, 2022)
- **Talk** at Colloquium F (Mar 2023)
- **Talk** at Old Seminar G (Boston, Oct 1, 2022)
- **News**: something else (Nov 1, 2022)
"""
NOW = dt.date(2022, 11, 10)
SITE = "https://example.org/~me/"
# The talks upcoming on NOW and dated to the day, by the start date their id is made of.
EXPECTED = {
    "talks/2022-12-01.ics": "Workshop A",
    "talks/2022-12-02.ics": "Seminar B",
    "talks/2022-12-07.ics": "Seminar C",
    "talks/2023-01-16.ics": "Conference E",
}


def talk_files(out: Path) -> dict[str, bytes]:
    return {f"talks/{p.name}": p.read_bytes() for p in sorted((out / "talks").glob("*"))}


@pytest.fixture(scope="module")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_site(tmp_path_factory.mktemp("site"), NEWS)


@pytest.fixture(scope="module")
def out(site_dir: Path) -> Path:
    return build(site_dir, site_dir / "out", today=NOW, overrides={"offline": True}).out_dir


def test_one_file_per_upcoming_talk_with_the_calendars_uid(out: Path) -> None:
    files = talk_files(out)
    assert sorted(files) == sorted(EXPECTED)
    calendar = {
        str(e["SUMMARY"]): e
        for e in Calendar.from_ical((out / "talks.ics").read_bytes()).walk("VEVENT")
    }
    for name, data in files.items():
        (event,) = Calendar.from_ical(data).walk("VEVENT")
        (theirs,) = vobject.readOne(data.decode("utf-8")).vevent_list
        summary = EXPECTED[name]
        assert str(event["SUMMARY"]) == theirs.summary.value == summary
        whole = calendar[summary]
        assert str(event["UID"]) == theirs.uid.value == str(whole["UID"])
        assert event.decoded("DTSTART") == whole.decoded("DTSTART") == theirs.dtstart.value
        assert event.decoded("DTEND") == whole.decoded("DTEND")
        assert data.startswith(b"BEGIN:VCALENDAR\r\n") and b"\r\nMETHOD:PUBLISH\r\n" in data


def test_times_and_status(out: Path) -> None:
    (seminar,) = vobject.readOne((out / "talks/2022-12-02.ics").read_text()).vevent_list
    start = seminar.dtstart.value
    assert start.utcoffset() == dt.timedelta(hours=-6) and (start.hour, start.minute) == (15, 0)
    (workshop,) = Calendar.from_ical((out / "talks/2022-12-01.ics").read_bytes()).walk("VEVENT")
    assert workshop.decoded("DTSTART") == dt.date(2022, 12, 1)
    assert str(workshop["LOCATION"]) == "Chicago, IL"
    (cancelled,) = Calendar.from_ical((out / "talks/2022-12-07.ics").read_bytes()).walk("VEVENT")
    assert str(cancelled["STATUS"]) == "CANCELLED"


def test_file_name_survives_rewording(tmp_path: Path) -> None:
    first = write_site(tmp_path / "a", NEWS)
    reworded = write_site(tmp_path / "b", NEWS.replace("Workshop A", "Workshop Alpha"))
    a = build(first, tmp_path / "out-a", today=NOW, overrides={"offline": True}).out_dir
    b = build(reworded, tmp_path / "out-b", today=NOW, overrides={"offline": True}).out_dir
    assert sorted(talk_files(a)) == sorted(talk_files(b))
    (old,) = Calendar.from_ical(talk_files(a)["talks/2022-12-01.ics"]).walk("VEVENT")
    (new,) = Calendar.from_ical(talk_files(b)["talks/2022-12-01.ics"]).walk("VEVENT")
    assert str(new["SUMMARY"]) == "Workshop Alpha" and str(new["UID"]) == str(old["UID"])


def test_past_talks_lose_their_file_but_other_files_stay(site_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(site_dir, out, today=NOW, overrides={"offline": True})
    mine = out / "talks" / "handmade.ics"
    mine.write_bytes(b"BEGIN:VCALENDAR\r\nPRODID:-//me//by hand//EN\r\nEND:VCALENDAR\r\n")
    (out / "talks" / "notes.txt").write_text("mine", encoding="utf-8")
    later = build(site_dir, out, today=dt.date(2022, 12, 5), overrides={"offline": True})
    names = sorted(talk_files(out))
    assert names == [
        "talks/2022-12-07.ics",
        "talks/2023-01-16.ics",
        "talks/handmade.ics",
        "talks/notes.txt",
    ]
    assert sorted(later.removed) == ["talks/2022-12-01.ics", "talks/2022-12-02.ics"]
    build(site_dir, out, today=dt.date(2023, 2, 1), overrides={"offline": True})
    assert sorted(talk_files(out)) == ["talks/handmade.ics", "talks/notes.txt"]


def test_subscribe_page_links_each_talk_to_three_calendars(out: Path) -> None:
    page = Page((out / "subscribe.html").read_text(encoding="utf-8"))
    links = [a["href"] for a in page.find("a") if "add" in a.get("class", "").split()]
    ics = [u for u in links if u.endswith(".ics")]
    # Cancelled talks get no "add" links; the rest get Google, the .ics and Outlook.com.
    live = {k: v for k, v in EXPECTED.items() if v != "Seminar C"}
    assert ics == [SITE + name for name in live]
    for url in ics:
        assert (out / urlsplit(url).path.removeprefix("/~me/")).is_file()
    outlook = [urlsplit(u) for u in links if urlsplit(u).netloc == "outlook.live.com"]
    assert [u.path for u in outlook] == ["/calendar/0/deeplink/compose"] * len(live)
    fields = [parse_qs(u.query) for u in outlook]
    assert [(q["subject"][0], q["startdt"][0], q["enddt"][0], q["allday"][0]) for q in fields] == [
        ("Workshop A", "2022-12-01", "2022-12-02", "true"),
        ("Seminar B", "2022-12-02T21:00:00Z", "2022-12-02T22:00:00Z", "false"),  # 3pm CST
        ("Conference E", "2023-01-16", "2023-01-19", "true"),  # exclusive end
    ]
    assert all(
        q["rru"] == ["addevent"] and q["path"] == ["/calendar/action/compose"] for q in fields
    )
    assert fields[0]["location"] == ["Chicago, IL"]
    google = [u for u in links if urlsplit(u).netloc == "calendar.google.com"]
    assert len(google) == len(live)


def test_head_and_subscribe_do_not_announce_talk_files(out: Path) -> None:
    head = Page((out / "feeds-head.html").read_text(encoding="utf-8"))
    assert not [a for a in head.find("link") if "/talks/" in a["href"]]


def test_the_talks_files_are_named_once_per_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every talk file and every subscribe-page link asks for the files' names: they are
    worked out once, not once per asking (which cost the square of the talks)."""
    import feeds.render.talk_ics as talk_ics

    news = "\n".join(
        f"- **Talk** at Seminar {d} (Chicago, IL, Dec {d}, 2022)" for d in range(1, 21)
    )
    asked: list[int] = []
    found = talk_ics.talk_events
    monkeypatch.setattr(talk_ics, "talk_events", lambda site: asked.append(1) or found(site))
    site = write_site(tmp_path / "site", news)
    done = build(site, tmp_path / "out", today=NOW, overrides={"offline": True})
    assert len(list((done.out_dir / "talks").glob("*.ics"))) == 20
    assert b"2022-12-20.ics" in (done.out_dir / "subscribe.html").read_bytes()
    assert len(asked) == 1
