"""JSON Feed 1.1 (``feed.json``), field by field, against the same model as the XML feeds."""

from __future__ import annotations

import datetime as dt
import json

import feedparser
import pytest

from feeds.build import BuildResult, build, load_site
from feeds.render import jsonfeed

from .conftest import CONTENT, TODAY, Tags, absolute, sample_paper


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    return build(CONTENT, tmp_path_factory.mktemp("out"), today=TODAY, overrides={"offline": True})


@pytest.fixture(scope="module")
def feed(built: BuildResult) -> dict:
    return json.loads((built.out_dir / "feed.json").read_text(encoding="utf-8"))


def test_top_level(feed: dict, built: BuildResult) -> None:
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["title"] == built.site.title
    assert feed["home_page_url"] == "http://sunju.org/"
    assert feed["feed_url"] == "http://sunju.org/feed.json"
    assert feed["language"] == "en"
    assert feed["authors"] == [{"name": "Ju Sun", "url": "http://sunju.org/"}]
    assert isinstance(feed["items"], list)


def test_items_match_the_rss_feed(feed: dict, built: BuildResult) -> None:
    rss = feedparser.parse((built.out_dir / "feed.xml").read_bytes())
    assert [i["id"] for i in feed["items"]] == [e.id for e in rss.entries]
    assert [i["title"] for i in feed["items"]] == [e.title for e in rss.entries]
    assert [i["url"] for i in feed["items"]] == [e.link for e in rss.entries]


def test_item_fields(feed: dict, built: BuildResult) -> None:
    events = {e.id: e for e in built.site.events}
    for item in feed["items"]:
        event = events[item["id"]]
        assert item["id"].startswith("tag:sunju.org,2019:")
        assert absolute(item["url"])
        assert item["content_html"] == event.html
        assert all(absolute(h) for h in Tags(item["content_html"]).hrefs)
        assert item["summary"] and Tags(item["summary"]).tags == []
        published = dt.datetime.fromisoformat(item["date_published"])
        assert published.tzinfo is not None
        assert published == built.site.published(event)
        assert item["authors"] == [{"name": "Ju Sun", "url": "http://sunju.org/"}]
        shown = event.type.capitalize() if event.kind == "News" else event.kind
        assert item["tags"] == [shown]  # the label, else the type (issue 8 §4)


def test_papers_bring_their_authors_and_categories() -> None:
    site = load_site(CONTENT, today=TODAY)
    event = next(e for e in site.events if "2211.00799" in e.arxiv)
    event.papers = [sample_paper()]
    data = json.loads(jsonfeed.render(site))
    item = next(i for i in data["items"] if i["id"] == event.id)
    assert item["authors"] == [{"name": "Ada Lovelace"}, {"name": "Alan Turing"}]
    assert item["tags"] == ["Paper release", "eess.IV", "cs.CV"]
    assert "https://arxiv.org/pdf/2211.00799v1" in Tags(item["content_html"]).hrefs
    assert "https://doi.org/10.1000/xyz" in Tags(item["content_html"]).hrefs


def test_undated_items_and_no_author(make_site) -> None:
    folder = make_site("- **News**: something happened\n- **Talk** at Foo (Nov 18, 2022)")
    site = load_site(folder, today=TODAY, overrides={"author": "", "email": ""})
    data = json.loads(jsonfeed.render(site))
    assert "authors" not in data
    assert all("authors" not in i for i in data["items"])
    undated = [i for i in data["items"] if "date_published" not in i]
    assert [i["title"] for i in undated] == ["Something happened"]
