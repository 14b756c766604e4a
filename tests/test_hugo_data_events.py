"""Hugo Blox news kept in a data file of events (issue 8, cause F of corpus c5).

``data/events.yml`` (``.yaml``, ``.toml``, ``.json``; also ``data/talks.*``) holds a list
of entries with ``title``, ``url``, ``location`` and ``start``/``end`` (or ``date``) that a
custom shortcode or partial shows on the homepage and on the news page. Each entry is an
item dated from ``start`` to ``end``, at its ``location``, typed by its words; when they
say nothing, the file's name does (an event, a talk). Expectations are written here and
read back with ``json`` (``feeds list --json``) and icalendar (``feeds build``).
"""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest

from .hugo_sites import YAML_CONFIG, build, listed, write

LANDING = """\
---
title: ''
type: landing
sections:
  - block: markdown
    id: news
    content:
      title: "Where you can meet me next"
      text: |-
        {{< events_table limit="5" >}}
---
"""
NEWS_PAGE = '---\ntitle: "News"\ntype: page\n---\n{{< events_table >}}\n'
SHORTCODE = '{{ range sort site.Data.events "start" "desc" }}<p>{{ .title }}</p>{{ end }}\n'

EVENTS_YAML = """\
- title: "Toy Summit (Example Center)"
  url: ""
  location: "Zurich, Switzerland"
  start: "2025-10-02"
  end:   "2025-10-02"

- title: "Example conference, poster presentation"
  url: "https://example.org/conf"
  location: "Vienna, Austria"
  start: "2024-06-25"
  end:   "2024-06-29"

# older
- title: "Toy Microcircuits Meeting (TOYMIC)"
  location: "online"
  date: 2023-04-11
"""
EVENTS_FOUND = [
    ("Toy Summit (Example Center)", "2025-10-02", None, "day", "event", "Zurich, Switzerland", 1),
    (
        "Example conference, poster presentation",
        "2024-06-25",
        "2024-06-29",
        "day",
        "talk",
        "Vienna, Austria",
        7,
    ),
    ("Toy Microcircuits Meeting (TOYMIC)", "2023-04-11", None, "day", "event", "online", 14),
]

FILES = {
    "data/events.yml": (EVENTS_YAML, EVENTS_FOUND),
    "data/events.yaml": (EVENTS_YAML, EVENTS_FOUND),
    "data/events.toml": (
        """\
        [[events]]
        title = "Gave an invited talk at the Example Institute"
        start = 2025-03-04
        location = "Basel"
        """,
        [
            (
                "Gave an invited talk at the Example Institute",
                "2025-03-04",
                None,
                "day",
                "talk",
                "Basel",
                1,
            )
        ],
    ),
    "data/talks.json": (
        '[{"title": "Toy Parsers, Example Seminar", "start": "2022-05-06", "end": "2022-05-06"}]',
        [("Toy Parsers, Example Seminar", "2022-05-06", None, "day", "talk", None, 1)],
    ),
}


def hugo_site(tmp_path: Path, name: str, text: str) -> Path:
    return write(
        tmp_path / "site",
        {
            "config/_default/hugo.yaml": YAML_CONFIG,
            "content/_index.md": LANDING,
            "content/news/_index.md": NEWS_PAGE,
            "layouts/shortcodes/events_table.html": SHORTCODE,
            name: text,
        },
    )


@pytest.mark.parametrize("name", FILES)
def test_a_data_file_of_events_is_read_as_news(tmp_path: Path, name: str) -> None:
    text, expected = FILES[name]
    site = hugo_site(tmp_path, name, text)
    items, result = listed(site)
    found = [
        (i["title"], i["start"], i["end"], i["precision"], i["type"], i["location"], i["line"])
        for i in items
    ]
    assert found == expected
    assert "warning" not in result.stderr and "error" not in result.stderr, result.stderr


def test_an_event_to_come_is_in_the_talk_calendar_when_it_is_a_talk(tmp_path: Path) -> None:
    text = (
        '- title: "Example conference, oral presentation"\n'
        '  location: "Vienna, Austria"\n  start: "2026-12-02"\n  end: "2026-12-04"\n'
        '- title: "Toy Summit"\n  location: "Zurich"\n  start: "2026-12-10"\n'
    )
    site = hugo_site(tmp_path, "data/events.yml", text)
    out = tmp_path / "out"
    result = build(site, out)
    assert result.returncode == 0, result.stderr
    calendar = icalendar.Calendar.from_ical((out / "talks.ics").read_bytes())
    [talk] = list(calendar.walk("VEVENT"))
    assert str(talk.get("DTSTART").dt) == "2026-12-02"
    assert str(talk.get("DTEND").dt) == "2026-12-05"  # the day after the last (exclusive)
    assert str(talk.get("LOCATION")) == "Vienna, Austria"


def test_a_data_file_of_events_without_dates_is_not_news(tmp_path: Path) -> None:
    text = '- title: "Toy Summit"\n  location: "Zurich"\n'
    site = hugo_site(tmp_path, "data/events.yml", text)
    result = build(site, tmp_path / "out")
    assert result.returncode == 1  # no news anywhere: said, never silently empty
    assert "Traceback" not in result.stderr
