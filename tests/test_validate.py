"""``feeds check`` parses the outputs back (:mod:`feeds.validate`): each kind of problem,
on hand-written files, is found and named (issue 14: this code never ran in tests)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from feeds.validate import validate

CALENDAR = """\
BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//EN\r
{events}END:VCALENDAR\r
"""
EVENT = """\
BEGIN:VEVENT\r
UID:{uid}\r
DTSTAMP:20221110T000000Z\r
DTSTART;VALUE=DATE:2022111{day}\r
SUMMARY:Talk {day}\r
END:VEVENT\r
"""
RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>t</title><link>https://x.org/</link>
<description>d</description>{items}</channel></rss>"""


def problems(folder: Path, name: str, data: str | bytes) -> list[str]:
    path = folder / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    found = validate(folder, [name])
    assert all(p.severity == "error" and p.source.endswith(name) for p in found)
    return [p.message for p in found]


def json_feed(items: list, **top) -> str:
    return json.dumps(
        {"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": items} | top
    )


def test_a_good_calendar_and_feed_pass(tmp_path: Path) -> None:
    events = EVENT.format(uid="a@x", day=1) + EVENT.format(uid="b@x", day=2)
    assert problems(tmp_path, "talks.ics", CALENDAR.format(events=events)) == []
    item = "<item><title>a</title><guid>tag:x,2020:a</guid></item>"
    assert problems(tmp_path, "feed.xml", RSS.format(items=item)) == []


def test_a_uid_used_twice(tmp_path: Path) -> None:
    events = "".join(EVENT.format(uid=u, day=d) for u, d in [("a@x", 1), ("b@x", 2), ("a@x", 3)])
    assert problems(tmp_path, "talks.ics", CALENDAR.format(events=events)) == [
        "event 3: UID a@x is used twice"
    ]


def test_calendar_without_its_required_fields(tmp_path: Path) -> None:
    event = "BEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\n"
    data = f"BEGIN:VCALENDAR\r\n{event}END:VCALENDAR\r\n"
    assert problems(tmp_path, "talks.ics", data) == [
        "missing VERSION",
        "missing PRODID",
        "event 1 has no UID",
        "event 1 has no DTSTART",
        "event 1 has no DTSTAMP",
    ]


@pytest.mark.parametrize(
    ("name", "data", "start"),
    [
        ("talks.ics", "this is not a calendar", "does not parse: "),
        ("feed.json", "{not json", "does not parse: JSONDecodeError"),
        ("feed.json", b"\xff\xfe\x00", "does not parse: UnicodeDecodeError"),
        ("feed.xml", "<rss><channel><title>t</channel>", "feedparser: not well-formed"),
    ],
)
def test_unparseable_files(tmp_path: Path, name: str, data: str, start: str) -> None:
    found = problems(tmp_path, name, data)
    assert len(found) == 1 and found[0].startswith(start), found


def test_a_missing_file_is_broken(tmp_path: Path) -> None:
    found = validate(tmp_path, ["feed.xml"])
    assert [p.message.split(":")[0] for p in found] == ["does not parse"]


def test_feeds_that_are_not_feeds_or_lack_ids(tmp_path: Path) -> None:
    assert problems(tmp_path, "feed.xml", "<?xml version='1.0'?><html></html>") == [
        "feedparser: neither RSS nor Atom"
    ]
    items = "<item><title>a</title><guid>g</guid></item><item><title>b</title></item>"
    assert problems(tmp_path, "feed.xml", RSS.format(items=items)) == ["entry 2 has no id/guid"]


def test_json_feed_ids_used_twice_and_bad_dates(tmp_path: Path) -> None:
    items = [
        {"id": "a", "content_html": "x", "date_published": "2022-11-10T00:00:00-06:00"},
        {"id": "b", "content_text": "y", "date_modified": "last Tuesday"},
        {"id": "a", "content_text": "z"},
        {"id": "c", "content_text": "w", "date_published": "2022-13-01T00:00:00Z"},
    ]
    assert problems(tmp_path, "feed.json", json_feed(items)) == [
        "item 2: 'date_modified' is not an RFC 3339 date",
        "item 3: id a is used twice",
        "item 4: 'date_published' is not an RFC 3339 date",
    ]


def test_json_feed_field_problems(tmp_path: Path) -> None:
    assert problems(tmp_path, "feed.json", "[1, 2]") == ["not a JSON object"]
    data = json.dumps({"version": "1", "home_page_url": "x.org", "feed_url": "ftp://x"})
    assert problems(tmp_path, "feed.json", data) == [
        "'version' is not a JSON Feed version URL",
        "'title' is missing",
        "'home_page_url' is not an absolute URL",
        "'feed_url' is not an absolute URL",
        "'items' is not a list",
    ]
    items = ["text", {"id": 3, "content_html": "x"}, {"id": "", "title": "no content"}]
    assert problems(tmp_path, "feed.json", json_feed(items)) == [
        "item 1 is not an object",
        "item 2 has no string 'id'",
        "item 3 has no string 'id'",
        "item 3 has neither 'content_html' nor 'content_text'",
    ]


def test_other_files_are_not_checked(tmp_path: Path) -> None:
    (tmp_path / "subscribe.html").write_text("<html><body>not a feed")
    assert validate(tmp_path, ["subscribe.html", "feed.xsl"]) == []
