"""``feeds-events.html``: schema.org JSON-LD read back by a JSON-LD processor (pyld).

The snippet names its context as ``https://schema.org``; a document loader serves a
local stand-in of that context (no network), and every check is made on the expanded
graph (full IRIs), not on our text. Events are held to the required properties of
Google's Event rich result: ``name``, ``startDate`` and ``location`` (a ``Place`` with
an ``address`` or a ``VirtualLocation`` with a ``url``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from pyld import jsonld

from feeds.build import build, load_site
from feeds.render import jsonld as jsonld_render

from .conftest import CONTENT, TODAY, sample_paper

S = "https://schema.org/"
NEWS = """
- **Talk** at [Workshop A](https://a.example.org/ws) (Chicago, IL, Dec 1, 2022)
- **Talk** at Seminar B on [Zoom](https://umn.zoom.us/j/123) (virtual, Dec 2, 2022 at 3pm CT)
- **Talk** at Seminar C (Paris, postponed, Dec 7, 2022)
- **Talk** at Seminar D {{ site.x }} {% raw %} (Berlin, cancelled, Jan 5, 2023)
- **Talk** at Conference E (Online, Jan 16--18, 2023)
- **Talk** at Colloquium F (Mar 2023)
- **Talk** at Old Seminar G (Boston, Oct 1, 2022)
- **News**: something else (Nov 1, 2022)
"""
NOW = dt.date(2022, 11, 10)
# A stand-in for https://schema.org's context: its vocabulary, and its IRI-valued terms.
SCHEMA_CONTEXT = {
    "@context": {
        "@vocab": S,
        "url": {"@id": f"{S}url", "@type": "@id"},
        "sameAs": {"@id": f"{S}sameAs", "@type": "@id"},
    }
}


def local_loader(url: str, options: dict | None = None) -> dict[str, Any]:
    if url.rstrip("/") not in ("https://schema.org", "http://schema.org"):
        raise AssertionError(f"the JSON-LD processor asked for {url}")
    return {"contextUrl": None, "documentUrl": url, "document": SCHEMA_CONTEXT}


class Scripts(HTMLParser):
    """The ``<script>`` elements of an HTML fragment: (attributes, raw text)."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.found: list[tuple[dict[str, str | None], str]] = []
        self.others: list[str] = []
        self._open: dict[str, str | None] | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self._open = dict(attrs)
            self.found.append((self._open, ""))
        else:
            self.others.append(tag)

    def handle_endtag(self, tag: str) -> None:
        self._open = None if tag == "script" else self._open

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            attrs, text = self.found[-1]
            self.found[-1] = (attrs, text + data)


def expanded(html: str) -> list[dict[str, Any]]:
    """The nodes of the snippet's one JSON-LD block, expanded to full IRIs."""
    scripts = Scripts(html)
    assert not scripts.others  # nothing but the script element
    ((attrs, text),) = scripts.found
    assert attrs == {"type": "application/ld+json"}
    return jsonld.expand(json.loads(text), {"documentLoader": local_loader})


def of_type(nodes: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [n for n in nodes if f"{S}{kind}" in n.get("@type", [])]


def value(node: dict[str, Any], prop: str) -> Any:
    """The one value of ``prop`` (a literal's value, a node's @id, or the node)."""
    (item,) = node[f"{S}{prop}"]
    return item.get("@value", item.get("@id", item))


def values(node: dict[str, Any], prop: str) -> list[Any]:
    return [i.get("@value", i.get("@id", i)) for i in node.get(f"{S}{prop}", [])]


def google_event_problems(event: dict[str, Any]) -> list[str]:
    """What Google's Event rich result would reject: a missing required property."""
    problems = [f"no {p}" for p in ("name", "startDate", "location") if f"{S}{p}" not in event]
    for where in event.get(f"{S}location", []):
        types = where.get("@type", [])
        if f"{S}Place" in types and f"{S}address" not in where:
            problems.append("a Place without address")
        elif f"{S}VirtualLocation" in types and f"{S}url" not in where:
            problems.append("a VirtualLocation without url")
        elif not {f"{S}Place", f"{S}VirtualLocation"} & set(types):
            problems.append(f"location of type {types}")
    return problems


@pytest.fixture(scope="module")
def fixture_nodes(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    from .conftest import write_site

    folder = write_site(tmp_path_factory.mktemp("site"), NEWS)
    out = build(folder, folder / "out", today=NOW, overrides={"offline": True}).out_dir
    return expanded((out / "feeds-events.html").read_text(encoding="utf-8"))


def by_name(nodes: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {value(e, "name"): e for e in of_type(nodes, "Event")}


def test_an_event_per_upcoming_day_dated_talk(fixture_nodes) -> None:
    events = by_name(fixture_nodes)
    # Colloquium F gives only a month, Old Seminar G is past, the news item is no talk.
    assert list(events) == [
        "Workshop A",
        "Seminar B on Zoom",
        "Seminar C",
        "Seminar D",  # the page's Liquid is never published
        "Conference E",
    ]
    for name, event in events.items():
        assert google_event_problems(event) == [], name
        assert value(event, "performer")["@type"] == [f"{S}Person"]
        assert value(value(event, "performer"), "name") == "Test Person"


def test_dates_have_the_precision_of_the_item(fixture_nodes) -> None:
    events = by_name(fixture_nodes)
    assert value(events["Workshop A"], "startDate") == "2022-12-01"
    assert f"{S}endDate" not in events["Workshop A"]
    assert (
        values(events["Conference E"], "startDate"),
        values(events["Conference E"], "endDate"),
    ) == (
        ["2023-01-16"],
        ["2023-01-18"],  # inclusive last day
    )
    start = dt.datetime.fromisoformat(value(events["Seminar B on Zoom"], "startDate"))
    end = dt.datetime.fromisoformat(value(events["Seminar B on Zoom"], "endDate"))
    chicago = dt.timezone(dt.timedelta(hours=-6))  # CST in December
    assert start == dt.datetime(2022, 12, 2, 15, tzinfo=chicago) and start.utcoffset()
    assert end - start == dt.timedelta(hours=1)


def test_attendance_location_and_status(fixture_nodes) -> None:
    events = by_name(fixture_nodes)
    online = {"Seminar B on Zoom", "Conference E"}
    for name, event in events.items():
        mode = "Online" if name in online else "Offline"
        assert value(event, "eventAttendanceMode") == f"{S}{mode}EventAttendanceMode", name
        (where,) = event[f"{S}location"]
        assert where["@type"] == [f"{S}VirtualLocation" if name in online else f"{S}Place"]
    zoom = value(events["Seminar B on Zoom"], "location")
    assert value(zoom, "url") == "https://umn.zoom.us/j/123"
    workshop = value(events["Workshop A"], "location")
    assert value(workshop, "address") == "Chicago, IL"
    assert value(events["Workshop A"], "url") == "https://a.example.org/ws"
    status = {name: value(e, "eventStatus") for name, e in events.items()}
    assert status == {
        "Workshop A": f"{S}EventScheduled",
        "Seminar B on Zoom": f"{S}EventScheduled",
        "Seminar C": f"{S}EventPostponed",
        "Seminar D": f"{S}EventCancelled",
        "Conference E": f"{S}EventScheduled",
    }


def test_no_location_is_made_up(tmp_path: Path) -> None:
    """The seed's Rice talk names no place: no location rather than a wrong one."""
    out = build(CONTENT, tmp_path, today=TODAY, overrides={"offline": True}).out_dir
    events = by_name(expanded((out / "feeds-events.html").read_text(encoding="utf-8")))
    rice = "Imaging and Vision Seminar Series at Rice University"
    assert list(events) == [
        rice,
        "Computational Imaging XXI at the Electronic Imaging Symposium 2023",
    ]
    assert google_event_problems(events[rice]) == ["no location"]
    ei = events["Computational Imaging XXI at the Electronic Imaging Symposium 2023"]
    assert google_event_problems(ei) == []
    assert value(value(ei, "location"), "address") == "San Francisco"
    assert (value(ei, "startDate"), value(ei, "endDate")) == ("2023-01-15", "2023-01-19")


def test_scholarly_article_per_recent_paper() -> None:
    site = load_site(CONTENT, today=TODAY)
    papers = [e for e in site.events if e.arxiv]
    papers[0].papers = [sample_paper("2211.00799")]
    papers[1].papers = [dataclasses.replace(sample_paper("2210.00973"), title="Less $\\ell_p$")]
    (article, other) = of_type(expanded(jsonld_render.render(site).decode()), "ScholarlyArticle")
    assert value(article, "headline") == "Practical Phase Retrieval"
    assert values(article, "author") and [value(a, "name") for a in values(article, "author")] == [
        "Ada Lovelace",
        "Alan Turing",
    ]
    assert all(a["@type"] == [f"{S}Person"] for a in values(article, "author"))
    assert value(article, "datePublished") == "2022-11-01"
    assert value(article, "sameAs") == "https://arxiv.org/abs/2211.00799"
    assert value(other, "headline") == "Less ℓp"  # LaTeX made readable, as in the feeds
    assert value(other, "sameAs") == "https://arxiv.org/abs/2210.00973"


@pytest.mark.parametrize(
    "evil",
    ["</script><script>alert(1)</script>", "</SCRIPT >", "<!--", "a & b {{ x }} {% if %}"],
)
def test_no_text_can_end_the_script_or_reach_liquid(evil: str) -> None:
    site = load_site(CONTENT, today=TODAY, overrides={"author": evil})
    talk = next(e for e in site.events if e.title.startswith("Computational Imaging"))
    talk.title = talk.location = evil
    html = jsonld_render.render(site).decode()
    assert "{{" not in html and "{%" not in html  # Liquid sees no tag
    events = by_name(expanded(html))  # one script element, still JSON
    assert value(value(events[evil], "location"), "name") == evil
    assert value(value(events[evil], "performer"), "name") == evil
