"""JSON Feed 1.1 (``feed.json``), field by field, against the same model as the XML feeds."""

from __future__ import annotations

import datetime as dt
import json

import html5lib
import pytest

from feeds.build import BuildResult, build, load_site
from feeds.render import jsonfeed

from .conftest import CONTENT, TODAY, Tags, absolute, sample_paper


def fragment(html: str):
    return html5lib.parseFragment(html, treebuilder="etree", namespaceHTMLElements=False)


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


SMALL = """\
#### Upcoming

- **Talk** in [Seminar A](https://a.example/seminar) at Rice University (Nov 18, 2022, 3:30pm)

#### Past

- **Award**: Best paper prize at [Conf B](https://b.example/) (Oct 3, 2022)
- **Talk** at Workshop C \\[[Slides](talks/c.pdf)\\] (Oct 10, 2022)
"""


def test_items_order_dates_and_content_written_from_the_input(make_site) -> None:
    site = load_site(make_site(SMALL), today=TODAY, overrides={"offline": True})
    items = json.loads(jsonfeed.render(site))["items"]
    # newest first by date, not page order; the upcoming talk is dated today (midnight
    # in the site's zone, America/Chicago), the others at the start of their day
    assert [i["title"] for i in items] == [
        "Talk: Seminar A at Rice University",
        "Talk: Workshop C",
        "Award: Best paper prize at Conf B",
    ]
    assert [i["date_published"] for i in items] == [
        "2022-11-10T00:00:00-06:00",
        "2022-10-10T00:00:00-05:00",
        "2022-10-03T00:00:00-05:00",
    ]
    assert [i["url"] for i in items] == [
        "https://a.example/seminar",
        "https://example.org/~me/talks/c.pdf",
        "https://b.example/",
    ]
    texts = [" ".join("".join(fragment(i["content_html"]).itertext()).split()) for i in items]
    assert texts[0].startswith("Talk in Seminar A at Rice University (Nov 18, 2022, 3:30pm)")
    assert texts[1].startswith("Talk at Workshop C [Slides] (Oct 10, 2022)")
    assert texts[2].startswith("Award: Best paper prize at Conf B (Oct 3, 2022)")
    hrefs = [Tags(i["content_html"]).hrefs for i in items]
    assert hrefs == [
        ["https://a.example/seminar"],
        ["https://example.org/~me/talks/c.pdf"],
        ["https://b.example/"],
    ]


def test_item_fields(feed: dict, built: BuildResult) -> None:
    events = {e.id: e for e in built.site.events}
    now = dt.datetime(2022, 11, 10, 6, tzinfo=dt.UTC)  # midnight in Chicago
    dates = []
    for item in feed["items"]:
        event = events[item["id"]]
        assert item["id"].startswith("tag:sunju.org,2019:")
        assert absolute(item["url"])
        assert all(absolute(h) for h in Tags(item["content_html"]).hrefs)
        assert item["summary"] and Tags(item["summary"]).tags == []
        if "date_published" in item:
            published = dt.datetime.fromisoformat(item["date_published"])
            assert published.tzinfo is not None and published <= now
            dates.append(published)
        assert item["authors"] == [{"name": "Ju Sun", "url": "http://sunju.org/"}]
        shown = event.type.capitalize() if event.kind == "News" else event.kind
        assert item["tags"] == [shown]  # the label, else the type (issue 8 §4)
    assert dates == sorted(dates, reverse=True)
    assert dates[0] == now  # the upcoming talks
    assert dates[2] == dt.datetime(2022, 11, 2, 5, tzinfo=dt.UTC)  # the Nov 2 paper


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
