"""HTML comments inside the news list are never published (issue 14).

The seed's only comment sits outside the news section, so these put comments between
items, inside an item and across items, and read every output back with an
independent parser: feedparser, icalendar, json, html5lib.
"""

from __future__ import annotations

import datetime as dt
import json

import feedparser
import html5lib
from icalendar import Calendar

from feeds.build import build

TODAY = dt.date(2022, 11, 10)
SECRET = "SECRETWORD"
NEWS = f"""\
#### Upcoming

- **Talk** at Alpha Seminar (Dec 1, 2022)
<!-- {SECRET}1 between items -->
- **Talk** at Beta Colloquium <!-- {SECRET}2 inside an item --> (Dec 8, 2022)

#### Past

- **News**: Gamma prize (Oct 3, 2022) <!-- {SECRET}3 starts here
- **Talk** at {SECRET}4 Hidden Workshop (Oct 1, 2022)
  ends here -->
- **Paper**: Delta results [arXiv](https://arxiv.org/abs/2101.00001) (Sep 1, 2022)
"""


def _text_of_html(data: bytes) -> str:
    tree = html5lib.parse(data, treebuilder="etree", namespaceHTMLElements=False)
    return " ".join("".join(tree.itertext()).split())


def test_comments_in_the_news_list_reach_no_output(tmp_path, make_site):
    result = build(make_site(NEWS), tmp_path / "out", today=TODAY, overrides={"offline": True})
    out = result.out_dir
    texts: dict[str, str] = {}
    for name in ("feed.xml", "atom.xml", "talks.xml", "papers.xml"):
        parsed = feedparser.parse((out / name).read_bytes())
        assert parsed.bozo == 0, name
        texts[name] = " ".join(
            f"{e.title} {e.get('summary', '')} {' '.join(c.value for c in e.get('content', []))}"
            for e in parsed.entries
        )
    feed = json.loads((out / "feed.json").read_text(encoding="utf-8"))
    texts["feed.json"] = json.dumps(feed, ensure_ascii=False)
    calendar = Calendar.from_ical((out / "talks.ics").read_bytes())
    texts["talks.ics"] = " ".join(
        str(event.get(key, "")) for event in calendar.walk("VEVENT") for key in event
    )
    texts["subscribe.html"] = _text_of_html((out / "subscribe.html").read_bytes())
    raw = {p.name: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    for name, text in texts.items():
        assert SECRET not in text, name
    for name, data in raw.items():  # not even escaped or inside markup
        assert SECRET.encode() not in data, name
        if not name.endswith((".xsl", ".css")):  # our own stylesheets may explain themselves
            assert b"<!--" not in data and b"&lt;!--" not in data, name
    # the items around the comments are published, the hidden one is not an item
    feed_titles = [item["title"] for item in feed["items"]]
    assert feed_titles == [  # newest first; the upcoming two are dated today, page order
        "Talk: Alpha Seminar",
        "Talk: Beta Colloquium",
        "Gamma prize",
        "Paper: Delta results arXiv",
    ]
    summaries = {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")}
    assert any("Alpha Seminar" in s for s in summaries)
    assert any("Beta Colloquium" in s for s in summaries)
