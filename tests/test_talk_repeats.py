"""A News list and a Talks section telling the same talk in other words (issue 8, c17).

The homepage's news says ``Gave an oral presentation at FOO 2026 in Lisbon`` and its
``# 💬 Invited Talks`` section ``Oral presentation at FOO 2026, Lisbon``: one talk. The
news item is kept (it is in the news feeds already, typed talk); the section's copy is
left out of the talk feed, the calendar and the news. Two talks of one month at other
venues, or the same title at two places, stay two.

Every site is written here in our own words; ``feeds list --json`` is read back with
``json``, ``talks.xml`` with feedparser, ``talks.ics`` with icalendar; expectations are
written from the input.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import feedparser
import icalendar
import pytest

from tests.cli_run import feeds

NOW = "2026-11-26"
CONFIG = "title: Toy Lab\nurl: https://toy.example.org\n"
HOME = """\
---
title: Home
---

I build widgets.

# 🔥 News
- *2026.02*: &nbsp; 🎉 Our paper on sparse widgets has been accepted at **FOO 2026**.
{news}

# 💬 Invited Talks
{talk}
- *2025.10*: Talk on widget safety at the **Bar Symposium**, Porto.
"""

REPEATS = [
    (  # the venue and place in other words
        "- *2026.01*: &nbsp; 🎤 Gave an **Oral Presentation** at **FOO 2026** in Lisbon.",
        "- *2026.01*: **Oral Presentation** at **FOO 2026**, Lisbon.",
        1,
    ),
    (  # a day in the news, its month in the section
        "- Jan 14, 2026: Gave an invited talk at the Widget Seminar of Example University.",
        "- *2026.01*: Invited talk, Widget Seminar, Example University.",
        1,
    ),
    (  # a tutorial said twice, its title linked in one of them
        '- *2026.01*: Gave a tutorial session about **"Taming Widget Models"** at the Gear'
        " Reading Group.",
        '- *2026.01*: Tutorial on **["Taming Widget Models"](https://example.org/tut)** at'
        " Gear Reading Group.",
        1,
    ),
    (  # Chinese: the same venue and topic
        "- 2026年1月：受邀在某某大学做了关于稀疏组件的学术报告。",
        "- 2026年1月：某某大学，稀疏组件，特邀报告",
        1,
    ),
    (  # two talks of one month at other venues
        "- *2026.01*: Gave a talk at the **Widget Seminar**, Oslo.",
        "- *2026.01*: Talk at the **Gadget Colloquium**, Bergen.",
        2,
    ),
    (  # the same title at two places
        "- *2026.01*: Invited talk on sparse widgets at Stanford.",
        "- *2026.01*: Invited talk on sparse widgets at Berkeley.",
        2,
    ),
    (  # the same venue another month
        "- *2026.01*: Gave an **Oral Presentation** at **FOO 2026** in Lisbon.",
        "- *2026.03*: **Oral Presentation** at **FOO 2026**, Lisbon.",
        2,
    ),
]


def site_with(tmp_path: Path, news: str, talk: str) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    (site / "_config.yml").write_text(CONFIG, encoding="utf-8")
    (site / "index.md").write_text(HOME.format(news=news, talk=talk), encoding="utf-8")
    return site


@pytest.mark.parametrize(("news", "talk", "count"), REPEATS)
def test_a_talk_told_again_in_the_talks_section_is_one_talk(
    tmp_path: Path, news: str, talk: str, count: int
) -> None:
    site = site_with(tmp_path, textwrap.dedent(news), textwrap.dedent(talk))
    ran = feeds("list", "--json", "--content", str(site), "--now", NOW)
    assert ran.returncode == 0, ran.stderr
    items = json.loads(ran.stdout)
    talks = [i for i in items if i["type"] == "talk" and not i["start"].startswith("2025")]
    assert len(talks) == count, [i["title"] for i in talks]
    assert len(items) == 2 + count  # the paper, the Porto talk and these
    # the news item is the one kept
    assert any(
        i["line"] == HOME.format(news=news, talk=talk).splitlines().index(news) + 1 for i in talks
    )


def test_the_talk_feed_and_calendar_show_a_repeated_talk_once(tmp_path: Path) -> None:
    news = "- Jan 14, 2026: Gave an **Oral Presentation** at **FOO 2026** in Lisbon."
    talk = "- Jan 14, 2026: **Oral Presentation** at **FOO 2026**, Lisbon."
    site = site_with(tmp_path, news, talk)
    out = tmp_path / "out"
    ran = feeds("build", "--content", str(site), "--out", str(out), "--now", "2025-12-01")
    assert ran.returncode == 0, ran.stderr
    feed = feedparser.parse((out / "talks.xml").read_bytes())
    assert sorted(e.title for e in feed.entries)[0].startswith("Gave an Oral Presentation")
    assert len(feed.entries) == 2  # FOO and Porto
    calendar = icalendar.Calendar.from_ical((out / "talks.ics").read_bytes())
    summaries = [str(e.get("SUMMARY")) for e in calendar.walk("VEVENT")]
    assert sum("FOO 2026" in s for s in summaries) == 1, summaries
