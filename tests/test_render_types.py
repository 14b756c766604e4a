"""An item without a label shows its type (``Talk``, ``Paper``…) where a label would show:
calendar CATEGORIES, feed categories and JSON Feed tags. Read back with icalendar,
feedparser and json; expectations written from the page below."""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
from click.testing import CliRunner
from icalendar import Calendar

from feeds.cli import main

PAGE = "\n".join(
    [
        "- Gave an invited talk at the Oslo statistics seminar (Oct 4, 2022)",
        "- **Keynote**: Opening lecture of the Nordic ML days (Oct 12, 2022)",
        "- Our paper on sparse sketches was accepted to SODA 2023 (Oct 20, 2022)",
        "- The new lab website is up (Oct 25, 2022)",
    ]
)
# the tag each item shows, newest first
SHOWN = {
    "The new lab website is up": "News",
    "Our paper on sparse sketches was accepted to SODA 2023": "Paper",
    "Opening lecture of the Nordic ML days": "Keynote",
    "Gave an invited talk at the Oslo statistics seminar": "Talk",
}


def _build(make_site, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    site = make_site(PAGE)
    args = ["build", "--content", str(site), "--out", str(out), "--now", "2022-11-10", "-q"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return out


def test_the_calendar_shows_an_unlabelled_talk_as_a_talk(make_site, tmp_path: Path) -> None:
    out = _build(make_site, tmp_path)
    events = Calendar.from_ical((out / "talks.ics").read_bytes()).walk("VEVENT")
    got = {str(e["SUMMARY"]): [str(c) for c in e["CATEGORIES"].cats] for e in events}
    assert got == {
        "Gave an invited talk at the Oslo statistics seminar": ["Talk"],
        "Opening lecture of the Nordic ML days": ["Keynote"],
    }


def test_feeds_tag_unlabelled_items_with_their_type(make_site, tmp_path: Path) -> None:
    out = _build(make_site, tmp_path)
    for name in ("feed.xml", "atom.xml"):
        parsed = feedparser.parse(str(out / name))
        assert parsed.bozo == 0
        got = {e.title.split(": ", 1)[-1]: [t.term for t in e.tags] for e in parsed.entries}
        assert got == {title: [tag] for title, tag in SHOWN.items()}, name
    items = json.loads((out / "feed.json").read_text(encoding="utf-8"))["items"]
    got = {i["title"].split(": ", 1)[-1]: i["tags"] for i in items}
    assert got == {title: [tag] for title, tag in SHOWN.items()}
