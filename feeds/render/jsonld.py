"""``feeds-events.html``: schema.org JSON-LD for search engines, one ``<script>`` block.

An ``Event`` per upcoming talk dated to the day: name, ``startDate``/``endDate`` (dates
for all-day talks, times with their offset for timed ones), attendance mode and
``location`` (a ``VirtualLocation`` when the item says virtual, online or Zoom, else a
``Place`` when it names one; none is made up), ``url``, the site author as ``performer``
and ``eventStatus`` from the item's status. And a ``ScholarlyArticle`` per recent arXiv
paper (headline, authors, ``datePublished``, ``sameAs`` its abstract page).

In a Jekyll site, copy the file to ``_includes/`` and add
``{% include feeds-events.html %}`` to the homepage layout, as for ``feeds-head.html``.

The JSON is made inert for the HTML parser and for Liquid: ``<``, ``>`` and ``&`` are
written ``\\u003c``…, so no ``</script>`` can close the block, and braces inside strings
``\\u007b``/``\\u007d``, so no ``{{`` or ``{%`` reaches Liquid; a JSON parser reads the
same text back.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import TYPE_CHECKING, Any

from ..latex_text import latex_in_text
from ..text import clean_text
from ._html import entry_link, summary
from .ics import plain
from .talk_ics import talk_events

if TYPE_CHECKING:
    from ..model import Item, Paper
    from ..site import Site

SCHEMA = "https://schema.org/"
RECENT_PAPERS = 10  # papers of the newest items that announce one
_ONLINE = re.compile(r"\b(virtual|virtually|online|zoom)\b", re.IGNORECASE)
_STATUS = {"postponed": "EventPostponed", "cancelled": "EventCancelled"}
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def online(event: Item) -> bool:
    """Whether a talk is held online: its location or text says virtual, online or Zoom."""
    return bool(_ONLINE.search(event.location or "") or _ONLINE.search(event.text))


def _when(value: dt.date | dt.datetime) -> str:
    return value.isoformat() if isinstance(value, dt.datetime) else value.isoformat()[:10]


def event_dates(site: Site, event: Item) -> dict[str, str]:
    """``startDate``/``endDate``: ISO dates (inclusive end) or times with an offset."""
    start, end = site.bounds(event)
    if isinstance(start, dt.datetime):
        return {"startDate": _when(start), "endDate": _when(end)}
    last = end - dt.timedelta(days=1)  # bounds() gives an exclusive end
    dates = {"startDate": _when(start)}
    if last != start:
        dates["endDate"] = _when(last)
    return dates


def location(site: Site, event: Item) -> dict[str, Any] | None:
    """A ``VirtualLocation`` (its URL: a Zoom link, else the item's), a ``Place`` named
    by the item's location, or ``None`` when the item gives neither (none is made up)."""
    if online(event):
        zoom = next((link.url for link in event.links if "zoom." in link.url), None)
        return {"@type": "VirtualLocation", "url": zoom or entry_link(site, event)}
    if event.location:
        return {"@type": "Place", "name": event.location, "address": event.location}
    return None


def event_node(site: Site, event: Item) -> dict[str, Any]:
    is_online = online(event)
    node: dict[str, Any] = {
        "@type": "Event",
        "name": plain(event.title) or plain(event.kind),
        **event_dates(site, event),
        "eventAttendanceMode": SCHEMA
        + ("OnlineEventAttendanceMode" if is_online else "OfflineEventAttendanceMode"),
        "eventStatus": SCHEMA + _STATUS.get(event.status, "EventScheduled"),
        "url": entry_link(site, event),
        "description": summary(event),
    }
    if (where := location(site, event)) is not None:
        node["location"] = where
    if site.settings.author:
        node["performer"] = {"@type": "Person", "name": site.settings.author}
    return node


def recent_papers(site: Site) -> list[Paper]:
    """The arXiv papers of the newest items, at most :data:`RECENT_PAPERS`, each once."""
    found: dict[str, Paper] = {}
    for event in site.newest_first():
        for paper in event.papers:
            found.setdefault(paper.arxiv_id, paper)
    return list(found.values())[:RECENT_PAPERS]


def article_node(paper: Paper) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": "ScholarlyArticle",
        "headline": latex_in_text(paper.title),
        "author": [{"@type": "Person", "name": name} for name in paper.authors],
        "sameAs": paper.abs_url,
        "url": paper.abs_url,
        "identifier": f"arXiv:{paper.arxiv_id}",
    }
    if paper.published:
        node["datePublished"] = paper.published[:10]
    return node


def graph(site: Site) -> dict[str, Any]:
    """The JSON-LD document: a ``@graph`` of events, then articles."""
    nodes = [event_node(site, e) for e in talk_events(site)]
    nodes += [article_node(p) for p in recent_papers(site)]
    return {"@context": "https://schema.org", "@graph": nodes}


def script_safe(text: str) -> str:
    """JSON text that cannot end a ``<script>`` nor open a Liquid tag (same JSON value)."""
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return _STRING.sub(lambda m: m.group(0).replace("{", "\\u007b").replace("}", "\\u007d"), text)


def render(site: Site) -> bytes:
    data = clean_text(json.dumps(graph(site), ensure_ascii=False, indent=1))
    block = f'<script type="application/ld+json">\n{script_safe(data)}\n</script>\n'
    return block.encode("utf-8")
