"""A ``_news/`` post (not ``inline``) whose title names only its topic ("Climate in the
news", "Perspectives historiques …") is typed by its body when the title says nothing
(c12 cause E): "Conférence publique exposant …" makes it a talk. A title that says a type
keeps it; a body that says nothing leaves it news. Posts written in our own words;
``feeds list --json`` is read back with ``json``.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from feeds.cli import main

from .site_listing import write


def post(day: str, title: str, body: str) -> str:
    return f"---\ndate: {day}\ntitle: {title}\n---\n{body}\n"


def test_a_topic_title_leaves_the_type_to_the_body(tmp_path: Path) -> None:
    site = write(
        tmp_path,
        {
            "_config.yml": "title: Ada\ncollections:\n  news:\n    output: true\n",
            "_pages/about.md": "---\nlayout: about\ntitle: About\n---\nI study clouds.\n",
            "_news/a.md": post(
                "2025-06-01",
                "Perspectives historiques sur les nuages",
                "Conférence publique exposant l'histoire des nuages, à la médiathèque.",
            ),
            "_news/b.md": post(
                "2025-05-01",
                "Clouds and climate",
                "I gave an invited talk on clouds at Example University.",
            ),
            "_news/c.md": post(
                "2025-04-01", "Best poster prize at ToyConf", "A photo of the poster session."
            ),
            "_news/d.md": post("2025-03-01", "A sunny day", "The lab went to the beach."),
        },
    )
    result = CliRunner().invoke(
        main, ["list", "--json", "--content", str(site), "--now", "2026-11-26", "-q"]
    )
    assert result.exit_code == 0, result.output
    got = [(i["start"], i["type"]) for i in json.loads(result.stdout)]
    assert got == [
        ("2025-06-01", "talk"),
        ("2025-05-01", "talk"),
        ("2025-04-01", "award"),
        ("2025-03-01", "news"),
    ], got
