"""Which items reach which output, with expectations written from the input (issue 14):
``feed_limit`` keeps the newest items in every feed, a talk under way is still upcoming,
and a range across New Year under a year heading ends in the next year."""

from __future__ import annotations

import datetime as dt
import json

import feedparser
import html5lib
from click.testing import CliRunner
from icalendar import Calendar

from feeds.build import build
from feeds.cli import main

TODAY = dt.date(2022, 11, 10)

# Page order is not date order, so "the first three on the page" is not the answer.
LIMIT_NEWS = """\
- **Talk** at Oldest Seminar (Jan 5, 2022)
- **Paper**: Newest paper [arXiv](https://arxiv.org/abs/2210.00003) (Oct 20, 2022)
- **Talk** at March Seminar (Mar 3, 2022)
- **Paper**: September paper [arXiv](https://arxiv.org/abs/2209.00002) (Sep 9, 2022)
- **Talk** at October Seminar (Oct 10, 2022)
- **Paper**: February paper [arXiv](https://arxiv.org/abs/2202.00001) (Feb 2, 2022)
- **Talk** at August Seminar (Aug 8, 2022)
- **Paper**: April paper [arXiv](https://arxiv.org/abs/2204.00004) (Apr 4, 2022)
"""


def _titles(path) -> list[str]:
    parsed = feedparser.parse(path.read_bytes())
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    return [e.title for e in parsed.entries]


def test_feed_limit_keeps_the_newest_items_in_every_feed(tmp_path, make_site):
    site = make_site(LIMIT_NEWS, config="feed_limit = 3\n")
    out = build(site, tmp_path / "out", today=TODAY, overrides={"offline": True}).out_dir
    newest = [
        "Paper: Newest paper arXiv",
        "Talk: October Seminar",
        "Paper: September paper arXiv",
    ]
    assert _titles(out / "feed.xml") == newest
    assert _titles(out / "atom.xml") == newest
    items = json.loads((out / "feed.json").read_text(encoding="utf-8"))["items"]
    assert [i["title"] for i in items] == newest
    assert _titles(out / "talks.xml") == [
        "Talk: October Seminar",
        "Talk: August Seminar",
        "Talk: March Seminar",
    ]
    assert _titles(out / "papers.xml") == [
        "Paper: Newest paper arXiv",
        "Paper: September paper arXiv",
        "Paper: April paper arXiv",
    ]


MULTI_DAY = """\
#### Upcoming

- **Talk** at Long Workshop (Nov 8--12, 2022)
- **Talk** at Later Colloquium (Dec 1, 2022)

#### Past

- **Talk** at Ended Workshop (Nov 1--9, 2022)
"""


def _subscribe_upcoming(path) -> str:
    tree = html5lib.parse(path.read_bytes(), treebuilder="etree", namespaceHTMLElements=False)
    section = next(s for s in tree.iter("section") if s.get("id") == "upcoming")
    return " ".join("".join(section.itertext()).split())


def test_a_talk_under_way_is_still_upcoming(tmp_path, make_site):
    site = make_site(MULTI_DAY)  # today, Nov 10, is inside the Long Workshop
    out = build(site, tmp_path / "out", today=TODAY, overrides={"offline": True}).out_dir
    upcoming = _subscribe_upcoming(out / "subscribe.html")
    assert "Long Workshop" in upcoming and "Later Colloquium" in upcoming
    assert "Ended Workshop" not in upcoming
    listed = CliRunner().invoke(
        main,
        ["list", "--upcoming", "--json", "--content", str(site), "--now", "2022-11-10"],
        catch_exceptions=False,
    )
    assert listed.exit_code == 0, listed.output
    titles = [item["title"] for item in json.loads(listed.output)]
    assert titles == ["Long Workshop", "Later Colloquium"]


def test_the_last_day_of_a_talk_is_still_upcoming(tmp_path, make_site):
    site = make_site(MULTI_DAY)
    out = build(site, tmp_path / "out", today=dt.date(2022, 11, 12)).out_dir
    assert "Long Workshop" in _subscribe_upcoming(out / "subscribe.html")
    out = build(site, tmp_path / "later", today=dt.date(2022, 11, 13)).out_dir
    assert "Long Workshop" not in _subscribe_upcoming(out / "subscribe.html")


NEW_YEAR = """\
#### 2022

- **Talk** at Year-end Workshop (Dec 30--Jan 2)
- **Talk** at Autumn Seminar (Oct 3)
"""


def test_a_range_across_new_year_under_a_year_heading(tmp_path, make_site):
    site = make_site(NEW_YEAR)
    out = build(site, tmp_path / "out", today=dt.date(2022, 12, 1)).out_dir
    calendar = Calendar.from_ical((out / "talks.ics").read_bytes())
    spans = {str(e["SUMMARY"]): (e["DTSTART"].dt, e["DTEND"].dt) for e in calendar.walk("VEVENT")}
    workshop = next(v for k, v in spans.items() if "Year-end Workshop" in k)
    # all day, Dec 30 to Jan 2 inclusive: DTEND is the exclusive day after, in 2023
    assert workshop == (dt.date(2022, 12, 30), dt.date(2023, 1, 3))
    seminar = next(v for k, v in spans.items() if "Autumn Seminar" in k)
    assert seminar == (dt.date(2022, 10, 3), dt.date(2022, 10, 4))
