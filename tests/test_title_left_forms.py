"""Titles in forms noticed on real homepages and left (issue 8): a bold run that opens
with a venue tag and goes on with the work's title (``**[ICML 2025]: Title** …``) keeps
the title; a time written after a bold day (``**12 May 2024** 3pm: Talk …``) is the
day's time, not the title's first word; a "more news" link followed by a no-break space
(``[Older news](/news/)&nbsp;``) or holding an ``<abbr>`` is no item. Every page is
written for this test; titles and dates checked with ``json`` (``feeds list``), times
with icalendar (the calendar ``feeds build`` writes).
"""

from __future__ import annotations

import datetime as dt
import json

import icalendar
import pytest

from .cli_run import feeds

NOW = "2024-05-01"


def _listed(tmp_path, items: list[str], after: str = "") -> list[tuple[str, str | None]]:
    page = tmp_path / "news.md"
    lines = "".join(f"- {item}\n" for item in items)
    page.write_text(f"## News\n\n{lines}{after}", encoding="utf-8")
    ran = feeds("list", "--json", "--now", NOW, "--content", str(page))
    assert ran.returncode == 0, ran.stderr
    return [(i["title"], i["start"]) for i in json.loads(ran.stdout)]


VENUE_TAGS = [
    ("**[ICML 2025]: Sparse Cogs** is accepted.", "Sparse Cogs is accepted"),
    ("**[ICML 2025] Sparse Cogs**: accepted at ICML.", "Sparse Cogs: accepted at ICML"),
    ("**[NeurIPS'24] Gear Flow** on graphs got in!", "Gear Flow on graphs got in"),
    ("**(CVPR 2025) Widget Depth** is out.", "Widget Depth is out"),
    # the tag alone in bold: cut, as before
    ("**[ICML 2025]** Sparse Cogs is accepted.", "Sparse Cogs is accepted"),
    ("**[ICML 2025]:** Sparse Cogs is accepted.", "Sparse Cogs is accepted"),
    ("**(CVPR 2025)** Widget Depth is out.", "Widget Depth is out"),
    ("**ICML 2025**: Sparse Cogs is accepted.", "Sparse Cogs is accepted"),
]  # fmt: skip


@pytest.mark.parametrize(("item", "title"), VENUE_TAGS, ids=[row[0] for row in VENUE_TAGS])
def test_a_bold_venue_tag_keeps_the_title_it_opens(tmp_path, item, title):
    listed = _listed(tmp_path, [item, "**Mar 2024** Joined GearLab."])
    assert listed[0][0] == title
    assert listed[1] == ("Joined GearLab", "2024-03")


TIMES = [
    ("**12 May 2024** 3pm: Talk at the Widget Seminar.", dt.time(15, 0)),
    ("**12 May 2024**, 3:30 pm: Talk at the Widget Seminar.", dt.time(15, 30)),
    ("**12 May 2024** 15:00: Talk at the Widget Seminar.", dt.time(15, 0)),
    ("**12 May 2024** at 3pm: Talk at the Widget Seminar.", dt.time(15, 0)),
    ("**12 May 2024** 10:30am – Talk at the Widget Seminar.", dt.time(10, 30)),
    ("**May 12, 2024** @ 4 PM, Talk at the Widget Seminar.", dt.time(16, 0)),
    ("**12 May 2024** 3pm Talk at the Widget Seminar.", dt.time(15, 0)),
]


@pytest.mark.parametrize(("item", "start"), TIMES, ids=[row[0] for row in TIMES])
def test_a_time_after_a_bold_day_is_the_days(tmp_path, item, start):
    assert _listed(tmp_path, [item]) == [("Talk at the Widget Seminar", "2024-05-12")]
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.md").write_text(f"# A. Person\n\n## News\n\n- {item}\n", encoding="utf-8")
    out = tmp_path / "out"
    ran = feeds(
        "build", "--now", NOW, "--content", str(site), "--out", str(out),
        "--site-url", "https://a.example.org", "--timezone", "UTC",
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    events = icalendar.Calendar.from_ical((out / "talks.ics").read_bytes()).walk("VEVENT")
    assert [e.decoded("DTSTART").replace(tzinfo=None) for e in events] == [
        dt.datetime.combine(dt.date(2024, 5, 12), start)
    ]


def test_a_number_after_a_bold_day_stays_in_the_title(tmp_path):
    assert _listed(tmp_path, ["**12 May 2024** 2 papers accepted at ICML."]) == [
        ("2 papers accepted at ICML", "2024-05-12")
    ]


MORE_LINKS = [
    "[Older news](/news/)&nbsp;",
    "[See all news](/news/)&ensp;→",
    '<a href="/news/">More news</a> &nbsp;&nbsp;',
    '<a href="/news/"><abbr title="every">All</abbr> news</a>',
    '<a href="/news/"><abbr title="every">All</abbr> news',  # left open: </abbr> is no </a>
]


@pytest.mark.parametrize("link", MORE_LINKS)
def test_a_more_news_link_is_no_item(tmp_path, link):
    items = ["**Mar 2024** Joined GearLab."]
    assert _listed(tmp_path, [*items, link]) == [("Joined GearLab", "2024-03")]
    assert _listed(tmp_path, items, f"\n{link}\n") == [("Joined GearLab", "2024-03")]


def test_an_abbr_inside_an_items_link_keeps_the_item(tmp_path):
    item = '<a href="/talks/">Talk at <abbr>MIT</abbr></a> on gears, <b>Mar 2023</b>'
    assert _listed(tmp_path, [item]) == [("Talk at MIT on gears", "2023-03")]
