"""RSS and Atom, read back with feedparser (an independent parser)."""

from __future__ import annotations

import calendar
import datetime as dt
import json
import os
import time
from pathlib import Path

import feedparser
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from feeds.build import build, load_site

from .conftest import CONTENT, write_site

NOW = dt.date(2022, 11, 10)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = build(CONTENT, out, today=NOW)
    return result, out


@pytest.mark.parametrize("name", ["feed.xml", "atom.xml"])
def test_feed_is_valid_and_complete(built, name):
    result, out = built
    parsed = feedparser.parse((out / name).read_bytes())
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert len(parsed.entries) == len(result.site.events) == 48
    assert parsed.feed.title == "Ju Sun (孙举) — news"
    assert parsed.feed.link == "http://sunju.org/"
    assert parsed.feed.language == "en"
    self_links = [link.href for link in parsed.feed.links if link.rel == "self"]
    assert self_links == [f"http://sunju.org/{name}"]


@pytest.mark.parametrize("name", ["feed.xml", "atom.xml"])
def test_entries_newest_first_never_in_the_future(built, name):
    result, out = built
    entries = feedparser.parse((out / name).read_bytes()).entries
    dates = [calendar.timegm(e.published_parsed) for e in entries]
    assert dates == sorted(dates, reverse=True)
    now = dt.datetime(2022, 11, 10, 6, tzinfo=dt.UTC).timestamp()  # midnight in Chicago
    assert all(d <= now for d in dates)
    # The upcoming talks are dated "now", not next year; the rest keep their own date.
    assert [e.title for e in entries[:2]] == [
        "Talk: Computational Imaging XXI at the Electronic Imaging Symposium 2023",
        "Talk: Imaging and Vision Seminar Series at Rice University",
    ]
    assert dates[0] == now
    assert time.strftime("%Y-%m-%d %H:%M", entries[2].published_parsed) == "2022-11-02 05:00"


@pytest.mark.parametrize("name", ["feed.xml", "atom.xml"])
def test_entry_fields(built, name):
    result, out = built
    entries = feedparser.parse((out / name).read_bytes()).entries
    by_id = {e.id: e for e in entries}
    for event in result.site.events:
        entry = by_id[event.id]
        assert entry.title.endswith(event.title)
        # the label, or for an item labelled by nobody ("News") the type of its words
        shown = event.type.capitalize() if event.kind == "News" else event.kind
        assert [t.term for t in entry.tags] == [shown]
        assert entry.link.startswith(("http://", "https://"))
        for link in event.links:
            assert link.url in entry.content[0].value
    phase = by_id[next(e.id for e in result.site.events if e.line == 59)]
    assert phase.link == "https://arxiv.org/abs/2211.00799"
    html = phase.content[0].value
    assert 'href="https://arxiv.org/abs/2211.00799"' in html


def test_feed_updated_comes_from_content_not_clock(built):
    _, out = built
    parsed = feedparser.parse((out / "atom.xml").read_bytes())
    assert time.strftime("%Y-%m-%d", parsed.feed.updated_parsed) == "2022-11-10"
    old = feedparser.parse((out / "feed.xml").read_bytes())
    assert old.feed.updated_parsed == parsed.feed.updated_parsed


def test_feed_dates_follow_the_content_when_nothing_is_upcoming(tmp_path):
    build(CONTENT, tmp_path, today=dt.date(2030, 1, 1))
    parsed = feedparser.parse((tmp_path / "atom.xml").read_bytes())
    assert time.strftime("%Y-%m-%d", parsed.feed.updated_parsed) == "2023-01-15"


def test_builds_are_byte_identical(tmp_path):
    build(CONTENT, tmp_path / "a", today=NOW)
    build(CONTENT, tmp_path / "b", today=NOW)
    a = tmp_path / "a"
    names = sorted(str(p.relative_to(a)) for p in a.rglob("*") if p.is_file())
    assert "feed.xml" in names and "atom.xml" in names
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_unchanged_outputs_are_not_rewritten(tmp_path):
    first = build(CONTENT, tmp_path, today=NOW)
    assert "feed.xml" in first.written
    old = dt.datetime(2001, 1, 1).timestamp()
    for path in tmp_path.iterdir():
        os.utime(path, (old, old))
    second = build(CONTENT, tmp_path, today=NOW)
    assert second.written == [] and "feed.xml" in second.unchanged
    assert all(path.stat().st_mtime == old for path in tmp_path.iterdir())


def test_failed_build_leaves_last_good_outputs(tmp_path, monkeypatch):
    build(CONTENT, tmp_path, today=NOW)
    good = (tmp_path / "feed.xml").read_bytes()
    import feeds.render.atom as atom

    def broken(site, **options):
        raise RuntimeError("renderer failed")

    monkeypatch.setattr(atom, "render", broken)
    with pytest.raises(RuntimeError):
        build(CONTENT, tmp_path, today=dt.date(2030, 1, 1))
    assert (tmp_path / "feed.xml").read_bytes() == good
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_upcoming_item_dated_at_midnight_site_time(tmp_path, make_site):
    site = make_site("- Talk at X (Dec 1, 2022)\n- Talk at Y (Jun 1, 2022)")
    build(site, tmp_path, today=NOW)
    entries = feedparser.parse((tmp_path / "atom.xml").read_bytes()).entries
    assert [e.published for e in entries] == [
        "2022-11-10T00:00:00-06:00",
        "2022-06-01T00:00:00-05:00",
    ]


def test_undated_item_is_published_last_without_a_date(tmp_path, make_site):
    build(make_site("- Talk somewhere\n- Talk at Y (Jun 1, 2022)"), tmp_path, today=NOW)
    rss = feedparser.parse((tmp_path / "feed.xml").read_bytes())
    assert rss.bozo == 0
    assert [e.title for e in rss.entries] == ["Talk at Y", "Talk somewhere"]
    assert "published" not in rss.entries[1]


def test_relative_links_need_site_url(tmp_path):
    site = load_site(CONTENT, overrides={"site_url": "https://mirror.example/~ju/"})
    slides = [link.url for e in site.events for link in e.links if link.attachment]
    assert "https://mirror.example/~ju/talks/2022-Oct-IPAM-PR-WS.pdf" in slides
    assert "https://mirror.example/talks/SIAM-IS-2020-FPR.pdf" in slides  # root-relative


def test_feed_limit(tmp_path):
    build(CONTENT, tmp_path, today=NOW, overrides={"feed_limit": 5})
    assert len(feedparser.parse((tmp_path / "feed.xml").read_bytes()).entries) == 5


def test_no_stray_files(built):
    _, out = built
    assert not [p.name for p in Path(out).iterdir() if p.name.startswith(".")]


NEWS_PARTS = [
    "- ",
    "**Talk**",
    "**Paper**: ",
    " at [Venue](https://v.example/x)",
    " (",
    ")",
    "Nov 18, 2022",
    "Jan 15--19, 2023",
    "2020",
    " 3:30pm",
    "\\[[Slides](s.pdf)\\]",
    "$\\ell_p$",
    "<!-- x -->",
    "\n",
    "  - ",
    "#### Upcoming\n",
    "#### Past\n",
    "[arXiv](https://arxiv.org/abs/2101.00001)",
    "孙举",
    "<script>",
    "&",
    "\r\n",
    "`code`",
    "postponed, ",
    "Co-PI, ",
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(st.sampled_from(NEWS_PARTS), max_size=30))
def test_any_news_list_builds_valid_outputs(tmp_path_factory, parts):
    """Whatever the list holds, every output renders and parses back."""
    from feeds.render import render_all

    site_dir = write_site(tmp_path_factory.mktemp("fuzz"), "".join(parts) or "- nothing")
    site = load_site(site_dir, today=NOW)
    rendered = render_all(site)
    for name in ("feed.xml", "atom.xml", "talks.xml", "papers.xml"):
        assert feedparser.parse(rendered[name]).bozo == 0, name
    assert json.loads(rendered["feed.json"])["version"] == "https://jsonfeed.org/version/1.1"
    assert Calendar.from_ical(rendered["talks.ics"]).get("VERSION") == "2.0"
