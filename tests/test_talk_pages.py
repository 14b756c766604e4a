"""Talks pages and talks sections (issue 8, cause A of corpus c5).

A page whose name, permalink or title says Talks (``talks.qmd``, ``_pages/talks.md``,
``title: Selected Talks``) lists talks the person gave: its dated items are talks unless
their own verbs say otherwise, they go to ``talks.ics``/``talks.xml`` and to the news
feeds. A ``## Talks`` section on the homepage holding a dated list is read the same way.
The same talk in the news and on the talks page is published once.
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
HOME = "---\ntitle: Home\n---\n\nI work on toys.\n"

YEARS = """\
# 2026

- [2026-12-03: "Toy Parsers in Practice", Example University, Hobart](https://example.org/t3/)

# 2025

- [2025-05-12: "Toy Talk", Example University, Hobart](https://example.org/toy/)
- [2025/04/15: "Another Toy", Example Institute, Perth](https://example.org/toy2/)

# 2019

- [EXCONF 2019: Intro to Toys](https://example.org/intro/)

- Invited seminar on toy robots, Example College (2019-03-02)
"""
YEARS_FOUND = [
    ("2026-12-03", "day"),
    ("2025-05-12", "day"),
    ("2025-04-15", "day"),
    ("2019", "year"),
    ("2019-03-02", "day"),
]

HTML_TALKS = """\
<style>.talk-list li { margin: 0; }</style>

<ol class="talk-list" reversed>
  <li>
    <div class="talk-header">
      <span class="talk-left"><strong>Example Detector Workshop</strong> — Example Lab</span>
      <span class="talk-date">Oct 2025</span>
    </div>
    <div class="talk-title"><a href="https://example.org/t1">Toy Convolutions on Toy Chips</a></div>
  </li>
  <li>
    <div class="talk-header">
      <span class="talk-left"><strong>Example Summer Conference</strong> — Example City</span>
      <span class="talk-date">Jun 2024</span>
    </div>
    <div class="talk-title"><a href="https://arxiv.org/abs/2401.00001">Sparse Toys</a></div>
  </li>
</ol>
"""
HTML_FOUND = [("2025-10", "month"), ("2024-06", "month")]


def site_with(tmp_path: Path, files: dict[str, str]) -> Path:
    site = tmp_path / "site"
    for name, text in {"_config.yml": CONFIG, "index.md": HOME, **files}.items():
        path = site / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return site


def listed(content: Path, *extra: str) -> list[dict]:
    ran = feeds("list", "--json", "--content", str(content), "--now", NOW, *extra)
    assert ran.returncode == 0, ran.stderr
    return json.loads(ran.stdout)


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("talks.qmd", "---\ntitle: Talks\n---\n\n" + YEARS, YEARS_FOUND),
        ("talks.Rmd", "---\ntitle: Talks\n---\n\n" + YEARS, YEARS_FOUND),
        ("talks.md", YEARS, YEARS_FOUND),  # its name alone
        ("_pages/talks.md", "---\ntitle: Selected Talks\n---\n\n" + HTML_TALKS, HTML_FOUND),
        ("_pages/speaking.md", "---\npermalink: /talks/\n---\n\n" + HTML_TALKS, HTML_FOUND),
        ("_pages/invited.md", "---\ntitle: Invited talks\n---\n\n" + HTML_TALKS, HTML_FOUND),
    ],
)
def test_a_talks_page_is_read_as_talks(
    tmp_path: Path, name: str, text: str, found: list[tuple[str, str]]
) -> None:
    site = site_with(tmp_path, {name: text})
    for content in (site, site / name):  # the site, or the page alone
        items = listed(content)
        assert [(i["start"], i["precision"], i["type"]) for i in items] == [
            (start, precision, "talk") for start, precision in found
        ]
    talks = listed(site, "--kind", "talk")
    assert len(talks) == len(found)


def test_talks_go_to_the_calendar_the_talk_feed_and_the_news_feeds(tmp_path: Path) -> None:
    site = site_with(
        tmp_path,
        {
            "talks.qmd": "---\ntitle: Talks\n---\n\n" + YEARS,
            "news.md": "- Mar 2026: Opened the lab.\n",
        },
    )
    out = tmp_path / "out"
    ran = feeds("build", "-v", "--content", str(site), "--out", str(out), "--now", NOW)
    assert ran.returncode == 0, ran.stderr
    used = [
        line for line in ran.stderr.splitlines() if "talks.qmd" in line and "talks read" in line
    ]
    assert len(used) == 1, ran.stderr  # -v names the file the talks were read from
    news = feedparser.parse((out / "atom.xml").read_bytes())
    titles = [e.title for e in news.entries]
    assert "Opened the lab" in titles and len(titles) == 6
    talk_feed = feedparser.parse((out / "talks.xml").read_bytes())
    assert len(talk_feed.entries) == 5
    calendar = icalendar.Calendar.from_ical((out / "talks.ics").read_bytes())
    events = [c for c in calendar.walk("VEVENT")]
    assert [str(e.get("DTSTART").dt) for e in events] == ["2026-12-03"]  # the one to come
    assert "Toy Parsers in Practice" in str(events[0].get("SUMMARY"))


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("- Mar 2025: Organised the Example Workshop on toy robots.", "event"),
        ("- Mar 2025: Won the best talk award at Example Conf.", "award"),
        ("- Mar 2025: Chaired the toy session of Example Conf.", "service"),
        ("- Mar 2025: Example Conference on Toys, Example City.", "talk"),  # a name, no verb
        ("- Mar 2025: [Toy paper](https://arxiv.org/abs/2501.00001), Example Seminar.", "talk"),
        ("- Mar 2025: Presented our accepted paper at Example Conf.", "talk"),
    ],
)
def test_the_words_of_an_item_on_a_talks_page_may_say_otherwise(
    tmp_path: Path, line: str, kind: str
) -> None:
    site = site_with(tmp_path, {"talks.md": "---\ntitle: Talks\n---\n\n" + line + "\n"})
    [item] = listed(site)
    assert (item["start"], item["type"]) == ("2025-03", kind)


HOME_TALKS = (
    HOME
    + """
## News

- Feb 2026: Opened the toy lab.
- Jan 2026: Gave a talk on toy parsers at [Example Seminar](https://example.org/seminar/).

## {heading}

- Jan 2026: [Toy parsers](https://example.org/seminar/), Example Seminar
- Oct 2025: Toy robots, Example Workshop, Example City
"""
)


@pytest.mark.parametrize("heading", ["Talks", "Invited talks", "Selected Talks"])
def test_a_talks_section_of_the_homepage_is_read_and_a_talk_in_both_is_kept_once(
    tmp_path: Path, heading: str
) -> None:
    site = site_with(tmp_path, {"index.md": HOME_TALKS.format(heading=heading)})
    items = listed(site)
    assert [(i["start"], i["type"]) for i in items] == [
        ("2026-02", "news"),
        ("2026-01", "talk"),  # in both, published once (the news item)
        ("2025-10", "talk"),
    ]
    assert items[1]["title"].startswith("Gave a talk")


def test_talk_headings_are_a_setting(tmp_path: Path) -> None:
    home = HOME_TALKS.format(heading="Vorträge")
    site = site_with(tmp_path, {"index.md": home})
    assert [i["start"] for i in listed(site, "--talk-headings", "Vorträge")] == [
        "2026-02",
        "2026-01",
        "2025-10",
    ]
    assert [i["start"] for i in listed(site, "--talk-headings", "Keynotes")] == [
        "2026-02",
        "2026-01",
    ]


def test_a_talks_section_without_dates_is_not_news(tmp_path: Path) -> None:
    home = (
        HOME
        + "\n## News\n\n- Feb 2026: Opened the toy lab.\n"
        + "\n## Talks\n\n- Toy robots\n- Toy parsers\n"
    )
    site = site_with(tmp_path, {"index.md": home})
    ran = feeds("list", "--json", "--content", str(site), "--now", NOW)
    assert ran.returncode == 0 and "warning" not in ran.stderr, ran.stderr
    assert [i["title"] for i in json.loads(ran.stdout)] == ["Opened the toy lab"]


def test_a_talks_page_without_dated_items_is_not_read(tmp_path: Path) -> None:
    site = site_with(
        tmp_path,
        {
            "news.md": "- Feb 2026: Opened the toy lab.\n",
            "talks.md": "- Toy robots\n- Toy parsers\n",
        },
    )
    ran = feeds("list", "--json", "--content", str(site), "--now", NOW)
    assert ran.returncode == 0 and "warning" not in ran.stderr, ran.stderr
    assert [i["title"] for i in json.loads(ran.stdout)] == ["Opened the toy lab"]


def test_a_heading_naming_talks_among_other_things_lets_the_words_decide(tmp_path: Path) -> None:
    home = HOME + (
        "\n## News\n\n- Feb 2026: Opened the toy lab.\n\n## Invited Talks and Reports\n\n"
        "- Mar 2025: Toy robots, Example Workshop, Example City\n"
        "- Jan 2025: **Report** Our toy robot in Example Daily\n"
        "- Dec 2024: **Talk** Toy parsers, Example Seminar\n"
    )
    site = site_with(tmp_path, {"index.md": home})
    assert [(i["start"], i["type"]) for i in listed(site)] == [
        ("2026-02", "news"),
        ("2025-03", "event"),  # the words decide: a workshop, not said to be a talk
        ("2025-01", "news"),
        ("2024-12", "talk"),
    ]


def test_a_rebuild_reads_the_talks_section_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from feeds.inputs import page_reader

    site = site_with(tmp_path, {"index.md": HOME_TALKS.format(heading="Talks")})
    cache = tmp_path / "cache"

    def build(out: str):
        return feeds(
            "build", "--content", str(site), "--out", str(tmp_path / out),
            "--now", NOW, "--cache", str(cache),
        )  # fmt: skip

    assert build("first").returncode == 0
    first = (tmp_path / "first" / "talks.xml").read_bytes()

    def refuse(*args, **kwargs):
        raise AssertionError("parsed again")

    monkeypatch.setattr(page_reader, "parse_page", refuse)
    assert build("second").returncode == 0  # both readings of the page come from the cache
    assert (tmp_path / "second" / "talks.xml").read_bytes() == first
