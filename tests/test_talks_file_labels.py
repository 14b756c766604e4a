"""An entry of a talks data file filed under where it was given (``category: workshop``,
``conference``) is a talk: the label names the place, the file says what was done there
(fix27scan, scan27 E1: 142 talks at workshops were typed ``event``). Words of the entry
that say otherwise still win: attending or organising a workshop is an event.

Written in our own words; expectations are written from the input.
"""

from __future__ import annotations

from pathlib import Path

from .hugo_sites import YAML_CONFIG, listed, write

LANDING = '---\ntitle: ""\n---\n'
LAYOUT = """\
<h2>Recent talks</h2>
{{ range where hugo.Data.talks "placeholder" false }}<p>{{ .title }}, {{ .event }}</p>{{ end }}
"""
TALKS = """\
- title: Probing heavy widgets at colliders
  date: '2026-09-01'
  event: 'Widget Searches workshop, Dali, China'
  category: workshop
  placeholder: false
- title: Gears beyond the standard model
  date: '2026-05-12'
  event: 'Gear Institute seminar'
  category: seminar
  placeholder: false
- title: Attended the Spring Cog Workshop in Lyon
  date: '2026-03-02'
  category: workshop
  placeholder: false
- title: Organised the Widget Theory workshop
  date: '2025-11-20'
  category: workshop
  placeholder: false
- title: Cogs at future colliders
  date: '2025-10-01'
  event: 'Cog Physics Conference 2025'
  category: conference
  placeholder: false
"""


def test_a_talks_files_workshop_entries_are_talks(tmp_path: Path):
    site = write(tmp_path, {"hugo.yaml": YAML_CONFIG, "content/_index.md": LANDING,
                            "layouts/index.html": LAYOUT, "data/talks.yaml": TALKS})  # fmt: skip
    items, _ = listed(site)
    assert [(i["title"], i["start"], i["type"]) for i in items] == [
        ("Probing heavy widgets at colliders", "2026-09-01", "talk"),
        ("Gears beyond the standard model", "2026-05-12", "talk"),
        ("Attended the Spring Cog Workshop in Lyon", "2026-03-02", "event"),
        ("Organised the Widget Theory workshop", "2025-11-20", "event"),
        ("Cogs at future colliders", "2025-10-01", "talk"),
    ]


def test_an_events_files_workshop_entry_stays_an_event(tmp_path: Path):
    events = TALKS.replace("hugo.Data.talks", "hugo.Data.events")
    layout = LAYOUT.replace("hugo.Data.talks", "hugo.Data.events")
    site = write(tmp_path, {"hugo.yaml": YAML_CONFIG, "content/_index.md": LANDING,
                            "layouts/index.html": layout, "data/events.yaml": events})  # fmt: skip
    items, _ = listed(site)
    assert items[0]["title"] == "Probing heavy widgets at colliders"
    assert items[0]["type"] == "event"
