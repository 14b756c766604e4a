"""An al-folio ``_news`` item is dated by its front matter (issue 8, c8 cause B).

The news list shows the ``date:`` of the front matter beside the item; a date named in
the body (the day of the event it announces) never replaces it. Only an item without a
``date:`` takes the day its body names, and a body date inside the front-matter day
(the same day with a time) still refines it.

Every site is written here in our own words; ``feeds list --json`` is read back with
``json``; expectations are written from the input.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

NOW = "2026-11-26"


def site_with(tmp_path: Path, news: str) -> Path:
    (tmp_path / "_config.yml").write_text("url: https://me.example.org\n", encoding="utf-8")
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text(
        "---\nlayout: about\ntitle: about\nannouncements:\n  enabled: true\n---\n\nHello.\n",
        encoding="utf-8",
    )
    (tmp_path / "_news").mkdir()
    (tmp_path / "_news" / "item.md").write_text(textwrap.dedent(news).lstrip(), "utf-8")
    return tmp_path


def listed(site: Path) -> list[dict]:
    result = CliRunner().invoke(main, ["list", "--json", "--content", str(site), "--now", NOW])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


FRONT_DATES = [
    (  # German: the meeting's days close the body
        """
        ---
        layout: post
        date: 2025-02-03 10:00:00-0400
        inline: true
        ---

        Ich halte einen Vortrag über Gitterfelder auf der Frühjahrstagung in Kassel. Die
        Tagung findet vom 17.–19. März 2025 statt.
        """,
        ("2025-02-03", None, "day"),
    ),
    (  # Italian: the body opens with the talk's day
        """
        ---
        layout: post
        date: 2024-09-20 08:00:00-0300
        inline: true
        ---

        Giovedì 3 ottobre 2024 presenterò il lavoro sulle reti al seminario di fisica.
        """,
        ("2024-09-20", None, "day"),
    ),
    (  # English, a bold day opening the body
        """
        ---
        layout: post
        date: 2022-11-01
        inline: true
        ---

        **Nov 18, 2022**: Invited talk at the graph seminar in Oslo.
        """,
        ("2022-11-01", None, "day"),
    ),
    (  # a trailing parenthetical with the event's days
        """
        ---
        layout: post
        date: 2023-05-02
        inline: true
        ---

        Our workshop on sampling will take place in Lyon (June 12-14, 2023).
        """,
        ("2023-05-02", None, "day"),
    ),
    (  # no date: in the front matter, the body's day dates it
        """
        ---
        layout: post
        inline: true
        ---

        Gave a talk at the graph seminar on March 3, 2021.
        """,
        ("2021-03-03", None, "day"),
    ),
]


@pytest.mark.parametrize(("news", "expected"), FRONT_DATES)
def test_a_news_item_is_dated_by_its_front_matter(tmp_path, news, expected):
    (item,) = listed(site_with(tmp_path, news))
    assert (item["start"], item["end"], item["precision"]) == expected
