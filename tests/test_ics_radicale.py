"""The talk calendar on a real CalDAV server: Radicale on 127.0.0.1, storage in tmp_path."""

from __future__ import annotations

import datetime as dt
import http.client
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from icalendar import Calendar, Component

from feeds.build import load_site
from feeds.render.ics import PRODID, render

from .conftest import CONTENT, write_site
from .ics_helpers import TABLE, TABLE_NEWS, TABLE_NOW, render_ics

NS = {"D": "DAV:", "C": "urn:ietf:params:xml:ns:caldav"}
QUERY = """<?xml version="1.0" encoding="utf-8"?>
<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <D:prop><D:getetag/><C:calendar-data/></D:prop>
  <C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT">{range}
  </C:comp-filter></C:comp-filter></C:filter>
</C:calendar-query>"""


@dataclass
class CalDAV:
    """A minimal CalDAV client for the test server."""

    port: int

    def request(
        self, method: str, path: str, body: bytes = b"", **headers: str
    ) -> tuple[int, bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            conn.request(method, path, body, headers)
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            conn.close()

    def query(self, collection: str, time_range: str = "") -> dict[str, Component]:
        """REPORT calendar-query: the VEVENTs found, by UID."""
        status, body = self.request(
            "REPORT",
            collection,
            QUERY.format(range=time_range).encode(),
            Depth="1",
            **{"Content-Type": "application/xml; charset=utf-8"},
        )
        assert status == 207, body
        found: dict[str, Component] = {}
        for data in ET.fromstring(body).iterfind(".//C:calendar-data", NS):
            for event in Calendar.from_ical(data.text or "").walk("VEVENT"):
                found[str(event["UID"])] = event
        return found


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def caldav(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CalDAV]:
    """Radicale in a subprocess: no auth, filesystem storage; always terminated."""
    root = tmp_path_factory.mktemp("radicale")
    port = _free_port()
    config = root / "config"
    config.write_text(
        f"[server]\nhosts = 127.0.0.1:{port}\n[auth]\ntype = none\n"
        f"[storage]\nfilesystem_folder = {root / 'collections'}\n[web]\ntype = none\n"
        "[logging]\nlevel = warning\n",
        encoding="utf-8",
    )
    with (root / "log").open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", str(config)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 20
        while True:
            if proc.poll() is not None:
                pytest.fail(f"radicale exited: {(root / 'log').read_text()}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("radicale did not start listening")
                time.sleep(0.05)
        client = CalDAV(port)
        status, body = client.request("MKCOL", "/feeds/")  # the owner of the calendars
        assert status == 201, body
        yield client
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def resources(data: bytes) -> dict[str, bytes]:
    """One calendar object per VEVENT (with the VTIMEZONEs it uses), keyed by UID."""
    cal = Calendar.from_ical(data)
    zones = {str(tz["TZID"]): tz for tz in cal.walk("VTIMEZONE")}
    out: dict[str, bytes] = {}
    for event in cal.walk("VEVENT"):
        one = Calendar()
        one.add("VERSION", "2.0")
        one.add("PRODID", PRODID)
        tzids = {event[p].params.get("TZID") for p in ("DTSTART", "DTEND")} - {None}
        for tzid in sorted(tzids):
            one.add_component(zones[tzid])
        one.add_component(event)
        out[str(event["UID"])] = one.to_ical()
    return out


def upload(caldav: CalDAV, collection: str, data: bytes) -> dict[str, bytes]:
    status, body = caldav.request("MKCALENDAR", collection)
    assert status == 201, body
    objects = resources(data)
    for uid, ics in objects.items():
        status, body = caldav.request(
            "PUT", f"{collection}{uid}.ics", ics, **{"Content-Type": "text/calendar; charset=utf-8"}
        )
        assert status == 201, (uid, body)
    return objects


def _starts(events: dict[str, Component]) -> dict[str, dt.date | dt.datetime]:
    return {uid: e.start for uid, e in events.items()}


def test_seed_calendar_round_trips(caldav: CalDAV) -> None:
    data = render(load_site(CONTENT, today=dt.date(2022, 11, 10)))
    sent = upload(caldav, "/feeds/seed/", data)
    got = caldav.query("/feeds/seed/")
    mine = {str(e["UID"]): e for e in Calendar.from_ical(data).walk("VEVENT")}
    assert set(got) == set(sent) == set(mine) and len(got) == 6
    assert _starts(got) == _starts(mine)
    assert {str(e["SUMMARY"]) for e in got.values()} == {str(e["SUMMARY"]) for e in mine.values()}


def test_timed_and_multibyte_talks_round_trip(caldav: CalDAV, tmp_path: Path) -> None:
    data = render_ics(write_site(tmp_path, TABLE_NEWS), TABLE_NOW)
    upload(caldav, "/feeds/table/", data)
    got = caldav.query("/feeds/table/")
    assert {str(e["SUMMARY"]): (e.start, e.end) for e in got.values()} == TABLE

    # The server applies our VTIMEZONE: 11pm on Dec 2 in Chicago (CST) is 05:00 UTC on Dec 3.
    def during(start: str, end: str) -> list[str]:
        window = f'<C:time-range start="{start}" end="{end}"/>'
        return [str(e["SUMMARY"]) for e in caldav.query("/feeds/table/", window).values()]

    assert during("20221203T051000Z", "20221203T052000Z") == ["Late Seminar L"]
    assert during("20221202T231000Z", "20221202T232000Z") == []


def test_server_rejects_a_broken_object(caldav: CalDAV) -> None:
    """The check above could fail: Radicale refuses an object with two UIDs."""
    data = render(load_site(CONTENT, today=dt.date(2022, 11, 10)))
    status, _ = caldav.request("MKCALENDAR", "/feeds/broken/")
    assert status == 201
    status, _ = caldav.request(
        "PUT", "/feeds/broken/two.ics", data, **{"Content-Type": "text/calendar; charset=utf-8"}
    )
    assert status == 400
