"""The talk calendar ``talks.ics`` (issue 3), parsed back with icalendar and vobject."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys
import uuid
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import vobject
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from icalendar import Calendar, vDuration

from feeds.build import load_site
from feeds.cli import main
from feeds.render.ics import render
from feeds.site import Site

from .conftest import CONTENT, ROOT, write_site
from .ics_helpers import (
    INJECTIONS,
    MORE_TIME_FORMS,
    SEED_NOW,
    SEED_TALKS,
    TABLE,
    TABLE_NEWS,
    TABLE_NOW,
    UID_V1,
    UID_V2,
    by_summary,
    events,
    expected_line,
    physical_lines,
    render_ics,
    vobject_events,
    with_fields,
)


@pytest.fixture(scope="module")
def seed_site() -> Site:
    return load_site(CONTENT, today=SEED_NOW)


@pytest.fixture(scope="module")
def seed_ics(seed_site: Site) -> bytes:
    return render(seed_site)


@pytest.fixture(scope="module")
def table_ics(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return render_ics(write_site(tmp_path_factory.mktemp("table"), TABLE_NEWS), TABLE_NOW)


def test_seed_talks_parse_back_with_icalendar(seed_site: Site, seed_ics: bytes) -> None:
    got = by_summary(seed_ics)
    assert {
        k: (e.start.strftime("%Y%m%d"), e.end.strftime("%Y%m%d")) for k, e in got.items()
    } == SEED_TALKS
    # UIDs are what calendar apps key on: distinct, and pinned here, written out, so a
    # change of the id or UID rule (which would duplicate every subscriber's talks) fails.
    assert len({e.uid for e in got.values()}) == len(got)
    assert {k: got[k].uid for k in list(SEED_TALKS)[:4]} == {
        "Computational Imaging XXI at the Electronic Imaging Symposium 2023":
            "05b2cdbb-d19d-5443-b3a8-b019883b10fe",
        "Imaging and Vision Seminar Series at Rice University":
            "13230514-5901-5ba5-a14a-173e274aadd3",
        "IPAM workshop on Diffractive Imaging with Phase Retrieval at UCLA":
            "3652ccfd-35db-5b59-bf6f-7a272c0edc41",
        "MnRI Seminar": "624bddc6-33e6-53f7-95e7-30dc0ca75473",
    }  # fmt: skip
    for summary, event in got.items():
        assert uuid.UUID(event.uid).version == 5, summary
        # DTSTAMP: the content's newest date (now, while talks are upcoming);
        # LAST-MODIFIED: the item's feed date (its start, or now while upcoming).
        assert event.stamp == dt.datetime(2022, 11, 10, 6, tzinfo=dt.UTC)
        start = dt.datetime.combine(event.start, dt.time(), ZoneInfo("America/Chicago"))
        assert event.last_modified == min(start, event.stamp)
        assert event["ORGANIZER"] == "mailto:jusun@umn.edu"
        assert event["ORGANIZER"].params["CN"] == "Ju Sun"
        assert event["DTSTART"].params["VALUE"] == "DATE"
        assert (event.transparency, event.status, event.categories) == (
            "TRANSPARENT",
            "CONFIRMED",
            ["Talk"],
        )


def test_seed_talks_parse_back_with_vobject(seed_ics: bytes) -> None:
    mine = {str(e["UID"]): e for e in events(seed_ics)}
    theirs = vobject_events(seed_ics)
    assert len(theirs) == len(mine) == len(SEED_TALKS)
    for event in theirs:
        ours = mine[event.uid.value]
        assert event.summary.value == str(ours["SUMMARY"])
        assert (event.dtstart.value, event.dtend.value) == (ours.start, ours.end)
        assert SEED_TALKS[event.summary.value] == (
            event.dtstart.value.strftime("%Y%m%d"),
            event.dtend.value.strftime("%Y%m%d"),
        )


def test_calendar_properties(seed_ics: bytes) -> None:
    cal = Calendar.from_ical(seed_ics)
    assert (cal["VERSION"], cal["CALSCALE"], cal["METHOD"]) == ("2.0", "GREGORIAN", "PUBLISH")
    assert cal["PRODID"] == "-//feeds//Talk calendar//EN"
    assert cal["NAME"] == cal["X-WR-CALNAME"] == "Talks: Ju Sun"
    assert cal["DESCRIPTION"] == cal["X-WR-CALDESC"] and "sunju.org" in cal["DESCRIPTION"]
    assert cal["REFRESH-INTERVAL"].params["VALUE"] == "DURATION"
    assert cal.refresh_interval == dt.timedelta(days=1)
    assert vDuration.from_ical(cal["X-PUBLISHED-TTL"].to_ical().decode()) == dt.timedelta(days=1)
    assert (cal["SOURCE"], cal["URL"]) == ("http://sunju.org/talks.ics", "http://sunju.org/")


def test_event_links_location_and_description(seed_ics: bytes) -> None:
    ipam = by_summary(seed_ics)["IPAM workshop on Diffractive Imaging with Phase Retrieval at UCLA"]
    assert ipam["URL"].startswith("http://www.ipam.ucla.edu/programs/workshops/")
    assert "LOCATION" not in ipam
    lines = str(ipam["DESCRIPTION"]).split("\n")
    assert lines[0].startswith("Talk in IPAM workshop") and "<" not in ipam["DESCRIPTION"]
    assert "Slides: http://sunju.org/talks/2022-Oct-IPAM-PR-WS.pdf" in lines
    assert "Video: https://youtu.be/y4sdeFDuu6M" in lines
    rice = by_summary(seed_ics)["Imaging and Vision Seminar Series at Rice University"]
    assert "URL" not in rice  # no link: no made-up URL
    mnri = by_summary(seed_ics)["MnRI Seminar"]
    assert (mnri["LOCATION"], mnri["URL"]) == ("UMN", "https://cse.umn.edu/mnri/events")


def test_date_table(table_ics: bytes) -> None:
    got = by_summary(table_ics)
    assert set(got) == set(TABLE)  # month-precise, undated and other kinds are left out
    for summary, (start, end) in TABLE.items():
        event = got[summary]
        assert (event.start, event.end) == (start, end), summary
        assert type(event.start) is type(start)
        timed = isinstance(start, dt.datetime)
        assert event["DTSTART"].params.get("TZID") == ("America/Chicago" if timed else None)
        assert event.transparency == ("OPAQUE" if timed else "TRANSPARENT")


def test_date_table_with_vobject_and_our_vtimezone(table_ics: bytes) -> None:
    """vobject resolves TZID through the VTIMEZONE we wrote, so this checks its rules."""
    cal = Calendar.from_ical(table_ics)
    assert [tz.tz_name for tz in cal.timezones] == ["America/Chicago"]
    found = {e.summary.value: e for e in vobject_events(table_ics)}
    assert set(found) == set(TABLE)
    for summary, (start, end) in TABLE.items():
        got = (found[summary].dtstart.value, found[summary].dtend.value)
        if isinstance(start, dt.datetime):
            assert [g.astimezone(dt.UTC) for g in got] == [
                start.astimezone(dt.UTC),
                end.astimezone(dt.UTC),
            ]
        else:
            assert got == (start, end)
    k = found["Summer Workshop K"].dtstart.value  # summer time: CDT
    assert k.astimezone(dt.UTC) == dt.datetime(2022, 7, 6, 20, tzinfo=dt.UTC)


def test_status(table_ics: bytes) -> None:
    got = by_summary(table_ics)
    assert got["Seminar N"].status == "TENTATIVE"  # postponed
    assert got["Seminar O"].status == "CANCELLED"
    assert got["Seminar A"].status == "CONFIRMED"


def test_history_window(tmp_path: Path) -> None:
    content = write_site(
        tmp_path,
        """
        - **Talk** at Ends On Cutoff (Oct 28--Nov 1, 2022)
        - **Talk** at Ended Day Before (Oct 31, 2022)
        - **Talk** at Tomorrow (Dec 2, 2022)
        - **Workshop**: Meeting S (Nov 20, 2022)
    """,
    )
    assert set(by_summary(render_ics(content, dt.date(2022, 12, 1), calendar_history_days=30))) == {
        "Ends On Cutoff",
        "Tomorrow",
    }
    assert set(by_summary(render_ics(content, dt.date(2022, 12, 1)))) == {
        "Ends On Cutoff",
        "Ended Day Before",
        "Tomorrow",
    }
    kinds = by_summary(
        render_ics(
            content,
            dt.date(2022, 12, 1),
            calendar_history_days=11,
            calendar_kinds=["workshop", "TALK"],
        )
    )
    assert set(kinds) == {"Tomorrow", "Meeting S"}
    assert kinds["Meeting S"].categories == ["Workshop"]


def test_calendar_notes(tmp_path: Path) -> None:
    site = load_site(write_site(tmp_path, TABLE_NEWS), today=TABLE_NOW)
    notes = site.calendar_notes()
    assert [e.title for e, _ in notes] == ["Seminar P", "Seminar Q"]
    assert "2022-08" in notes[0][1] and "no date" in notes[1][1]
    seed = load_site(CONTENT, today=SEED_NOW).calendar_notes()
    assert [(e.line, e.span.start_iso if e.span else None) for e, _ in seed] == [(100, "2020")]


def test_uid_stable_across_edits_and_section_moves(tmp_path: Path) -> None:
    before = events(render_ics(write_site(tmp_path / "v1", UID_V1), dt.date(2022, 11, 10)))
    after = events(render_ics(write_site(tmp_path / "v2", UID_V2), dt.date(2022, 11, 10)))
    assert len(before) == len(after) == 3
    uids_before = {e.start: str(e["UID"]) for e in before}
    uids_after = {e.start: str(e["UID"]) for e in after}
    assert uids_before == uids_after and len(set(uids_before.values())) == 3
    assert {str(e["SUMMARY"]) for e in before}.isdisjoint({str(e["SUMMARY"]) for e in after})


@pytest.mark.parametrize("zone", ["UTC", "Asia/Shanghai", "Europe/Berlin", "Australia/Sydney"])
def test_other_site_time_zones(tmp_path: Path, zone: str) -> None:
    content = write_site(tmp_path, "- **Talk** at Seminar Z (Jul 6, 2022, 3:30pm)")
    data = render_ics(content, TABLE_NOW, timezone=zone)
    expected = dt.datetime(2022, 7, 6, 15, 30, tzinfo=ZoneInfo(zone)).astimezone(dt.UTC)
    (theirs,) = vobject_events(data)
    assert theirs.dtstart.value.astimezone(dt.UTC) == expected
    assert [tz.tz_name for tz in Calendar.from_ical(data).timezones] == [zone]


@pytest.mark.parametrize(("when", "clock"), MORE_TIME_FORMS)
def test_more_time_forms(tmp_path: Path, when: str, clock: str) -> None:
    data = render_ics(write_site(tmp_path, f"- **Talk** at Seminar Z ({when})"), TABLE_NOW)
    (event,) = events(data)
    assert event.start == dt.datetime.fromisoformat(f"2022-11-18T{clock}").replace(
        tzinfo=ZoneInfo("America/Chicago")
    )


def test_deterministic(tmp_path: Path) -> None:
    """Same input and --now: identical bytes, also across processes (hash seeds)."""
    content = write_site(tmp_path / "site", TABLE_NEWS)
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "feeds",
                "build",
                "-q",
                "--content",
                str(content),
                "--out",
                str(out),
                "--now",
                "2021-06-01",
            ],
            check=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed, "FEEDS_OFFLINE": "1"},
        )
        outs.append((out / "talks.ics").read_bytes())
    assert outs[0] == outs[1] == render_ics(content, TABLE_NOW)
    assert render_ics(content, TABLE_NOW + dt.timedelta(days=1)) != outs[0]


def test_crlf_and_folding_with_multibyte_text(table_ics: bytes) -> None:
    lines = physical_lines(table_ics)
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # no UTF-8 character split across a fold
    folded = [line for line in lines if line.startswith(b" ")]
    assert any(len(line.decode()) < len(line) for line in folded)  # folds inside CJK text
    chinese = by_summary(table_ics)["数据科学与优化研讨会：相位恢复的深度图像先验方法（特邀报告）"]
    assert "(北京大学北京国际数学研究中心，中国北京, Dec 9, 2022)" in chinese["DESCRIPTION"]


def test_seed_chinese_talk(tmp_path: Path) -> None:
    data = render(load_site(CONTENT, today=dt.date(2020, 9, 1)))
    assert all(len(line) <= 75 for line in physical_lines(data))
    (talk,) = [e for e in vobject_events(data) if "纵横论坛" in e.summary.value]
    assert talk.dtstart.value == dt.date(2020, 9, 27)


@pytest.mark.parametrize(("evil", "summary"), INJECTIONS)
def test_injection_cannot_add_properties(
    seed_site: Site, seed_ics: bytes, evil: str, summary: str
) -> None:
    data = with_fields(seed_site, title=evil, location=evil, text=evil, kind=evil)
    clean, dirty = events(seed_ics), events(data)
    assert len(Calendar.from_ical(data).subcomponents) == len(
        Calendar.from_ical(seed_ics).subcomponents
    )
    assert len(dirty) == len(clean) == len(vobject_events(data))
    for a, b in zip(clean, dirty, strict=True):
        assert set(b) == set(a) | {"LOCATION"}  # the same properties, nothing injected
        assert (b.uid, b.start, b.end) == (a.uid, a.start, a.end)
        assert b["SUMMARY"] == b["LOCATION"] == summary
        assert b.categories == [summary]
    assert [e.summary.value for e in vobject_events(data)] == [summary] * len(clean)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(st.characters(exclude_categories=["Cs"]), max_size=120))
@example("Talk on C:\\Notes, paths; and \\N")  # a literal \N is no line break
def test_any_text_round_trips(seed_site: Site, text: str) -> None:
    data = with_fields(seed_site, title=text, location=text, text=text)
    assert all(len(line) <= 75 for line in physical_lines(data))
    parsed, theirs = events(data), vobject_events(data)
    assert len(parsed) == len(theirs) == len(SEED_TALKS)
    summary = expected_line(text) or "Talk"
    assert [str(e["SUMMARY"]) for e in parsed] == [summary] * len(parsed)
    assert [e.summary.value for e in theirs] == [summary] * len(parsed)
    assert {str(e.get("LOCATION", "")) for e in parsed} == {expected_line(text)}


def test_cli_list_upcoming_talks() -> None:
    result = CliRunner().invoke(
        main,
        [
            "list",
            "--content",
            str(CONTENT),
            "--kind",
            "talk",
            "--upcoming",
            "-q",
            "--now",
            "2022-11-10",
        ],
    )
    assert result.exit_code == 0, result.output
    rows = [line.split(None, 2) for line in result.output.splitlines()]
    assert [(r[0], r[2]) for r in rows] == [
        ("2023-01-15", "Computational Imaging XXI at the Electronic Imaging Symposium 2023"),
        ("2022-11-18", "Imaging and Vision Seminar Series at Rice University"),
    ]


def test_cli_build_writes_talks_ics(tmp_path: Path, seed_ics: bytes) -> None:
    result = CliRunner().invoke(
        main,
        ["build", "-q", "--content", str(CONTENT), "--out", str(tmp_path), "--now", "2022-11-10"],
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "talks.ics").read_bytes() == seed_ics
    assert (tmp_path / "feed.xml").is_file()


def test_render_leaves_the_model_alone(seed_site: Site) -> None:
    before = [dataclasses.asdict(e) for e in seed_site.events]
    render(seed_site)
    assert [dataclasses.asdict(e) for e in seed_site.events] == before


def test_empty_calendar_still_holds_a_component(tmp_path: Path) -> None:
    """RFC 5545 wants at least one component: the site's VTIMEZONE is always there."""
    data = render_ics(write_site(tmp_path, "- **Talk** at Old Place (Jan 1, 2015)"), TABLE_NOW)
    cal = Calendar.from_ical(data)
    assert events(data) == []
    assert [tz.tz_name for tz in cal.timezones] == ["America/Chicago"]
    assert vobject.readOne(data.decode()).vtimezone.tzid.value == "America/Chicago"


def test_talk_kinds_by_word(tmp_path: Path) -> None:
    news = (
        "- **Invited Talk** at A (Nov 20, 2022)\n- **Keynote talk** at B (Nov 21, 2022)\n"
        "- **Talks** at C (Nov 22, 2022)\n- **Talking points** memo (Nov 23, 2022)\n"
    )
    summaries = sorted(
        str(e["SUMMARY"]) for e in events(render_ics(write_site(tmp_path, news), TABLE_NOW))
    )
    assert summaries == ["A", "B", "C"]


def test_time_range_across_midnight(tmp_path: Path) -> None:
    data = render_ics(write_site(tmp_path, "- **Talk** at Z (Nov 24, 2022, 11pm--1am)"), TABLE_NOW)
    (event,) = events(data)
    chicago = ZoneInfo("America/Chicago")
    assert event.start == dt.datetime(2022, 11, 24, 23, tzinfo=chicago)
    assert event.end == dt.datetime(2022, 11, 25, 1, tzinfo=chicago)
