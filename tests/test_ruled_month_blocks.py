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


def test_a_heading_with_markup_and_no_rule_stays_a_heading(tmp_path: Path) -> None:
    """Only a rule makes a heading a box of parts: a heading whose words are in a
    ``<span>`` still ends the news section above it."""
    body = (
        "<ul>\n<li>2024-05-01: Ana joins the lab as a postdoc.</li>\n</ul>\n"
        '<h3><span class="big">Teaching</span></h3>\n'
        "<ul>\n<li>2024-05-02: Taught the river course.</li>\n</ul>\n"
    )
    site = write(
        tmp_path / "site",
        {"_config.yml": CONFIG, "index.md": HOME, "_pages/news.md": HEAD + body},
    )
    items, _ = listed(site)
    assert [(i["title"], i["start"]) for i in items] == [
        ("Ana joins the lab as a postdoc", "2024-05-01")
    ]


def test_the_parts_of_a_ruled_heading_take_the_year_of_their_group() -> None:
    """Inside a year's group (``<li>2024<ul>…``), the parts of a ruled heading that open
    with a day of no year are of that year (read in-process: the entries of the walk)."""
    from feeds.parse.html_entry_types import HtmlItem
    from feeds.parse.html_items import html_entries
    from feeds.parse.html_tree import parse_html

    html = (
        "<ul><li>2024<ul><h5><hr><br> March 5: Ana joins the lab as a postdoc.<hr><br> "
        "March 9: Bo gives a talk at the River Meeting.</h5></ul></li></ul>"
    )
    items = [e for e in html_entries(parse_html(html), True) if isinstance(e, HtmlItem)]
    assert [(e.lines, e.year) for e in items] == [
        (["March 5: Ana joins the lab as a postdoc."], 2024),
        (["March 9: Bo gives a talk at the River Meeting."], 2024),
    ]
