"""A lab page whose news is one HTML box per month, the month in bold and its
announcements separated by rules (``<hr>``, each part opening with a ``<br>``), in a
heading (``<h5><b>March 2025:</b><hr><br> A<hr><br> B</h5>``) or in a plain box: each
part between two rules is an item of its own, dated by the month (issue 8, probe c28).
Run as a user runs ``feeds`` on a Jekyll site's root; the Atom feed read back with
feedparser. The rows are written for this test."""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest

from .hugo_sites import build, listed, write

CONFIG = "title: Fern Lab\nurl: https://ana.example.org\n"
HOME = "---\ntitle: Home\n---\n\nWelcome to the Fern Lab. See our [news](/news/).\n"
HEAD = "---\ntitle: News\npermalink: /news/\n---\n\n<h3>News</h3>\n\n"

IN_HEADING = """
<div class="jumbotron">
<h5><b style="color: #ccc;">March 2025:</b>
<hr style="margin: -5px 0;">
<br> Welcome Lina, who joins as a summer student!
<hr style="margin: -5px 0;">
<br> Mira gives an invited seminar at the Example Institute!
<hr style="margin: -5px 0;">
<br> Lab picnic by the river!
<hr style="margin: 10px 0;">
<img src="/images/picnic.jpg" width="75%"/><br/>
</h5>
</div>

<div class="jumbotron">
<h5><b>February 2025:</b>
<hr>
<br> Congrats to Tom for receiving a graduate fellowship!
<hr>
</h5>
</div>
"""

# the same parts in a plain box, the month in bold on its own
IN_BOX = IN_HEADING.replace("<h5>", '<div class="month">').replace("</h5>", "</div>")

EXPECTED = [
    ("Welcome Lina, who joins as a summer student", "2025-03", "month", "position"),
    ("Mira gives an invited seminar at the Example Institute", "2025-03", "month", "talk"),
    ("Lab picnic by the river", "2025-03", "month", "news"),
    ("Congrats to Tom for receiving a graduate fellowship", "2025-02", "month", "award"),
]


@pytest.mark.parametrize("body", [IN_HEADING, IN_BOX], ids=["heading", "box"])
def test_each_ruled_part_of_a_month_box_is_an_item(tmp_path: Path, body: str) -> None:
    site = write(
        tmp_path / "site",
        {"_config.yml": CONFIG, "index.md": HOME, "_pages/news.md": HEAD + body},
    )
    items, _ = listed(site)
    got = [(i["title"], i["start"], i["precision"], i["type"]) for i in items]
    assert got == EXPECTED
    assert len({i["line"] for i in items}) == 4  # each part on a line of its own
    out = tmp_path / "out"
    assert build(site, out).returncode == 0
    feed = feedparser.parse((out / "atom.xml").read_text(encoding="utf-8"))
    assert [e.title for e in feed.entries] == [row[0] for row in EXPECTED]
    talks = feedparser.parse((out / "talks.xml").read_text(encoding="utf-8"))
    assert [e.title for e in talks.entries] == [EXPECTED[1][0]]


def test_a_rule_under_a_month_heading_parts_its_prose(tmp_path: Path) -> None:
    """Under a month heading of its own, the paragraphs after the first continue its
    item, but a rule between them starts another of the same month."""
    body = (
        "<h4>May 2024</h4>\n<p>Ana joins the lab as a postdoc.</p>\n"
        "<p>She comes from the Lake Institute.</p>\n<hr>\n"
        "<p>Bo gives a talk at the River Meeting.</p>\n"
        "<h4>April 2024</h4>\n<p>Lab picnic by the river.</p>\n"
    )
    site = write(
        tmp_path / "site",
        {"_config.yml": CONFIG, "index.md": HOME, "_pages/news.md": HEAD + body},
    )
    items, _ = listed(site)
    got = [(i["title"], i["start"], i["precision"], i["type"]) for i in items]
    assert got == [
        ("Ana joins the lab as a postdoc", "2024-05", "month", "position"),
        ("Bo gives a talk at the River Meeting", "2024-05", "month", "talk"),
        ("Lab picnic by the river", "2024-04", "month", "news"),
    ]
