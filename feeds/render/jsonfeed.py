"""JSON Feed 1.1 (``feed.json``, https://www.jsonfeed.org/version/1.1/), from the same model."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..text import clean_text
from ._html import authors, content_html, entry_link, entry_title, summary, tags

if TYPE_CHECKING:
    from ..model import Item
    from ..site import Site

VERSION = "https://jsonfeed.org/version/1.1"


def site_authors(site: Site) -> list[dict[str, str]]:
    """The site author as a JSON Feed author object (none when unset)."""
    name = site.settings.author or site.settings.email
    return [{"name": name, "url": site.home_url}] if name else []


def item(site: Site, event: Item) -> dict[str, Any]:
    """One item; ``authors`` are the arXiv authors of its papers, else the site author."""
    names = authors(event)
    data: dict[str, Any] = {
        "id": event.id,
        "url": entry_link(site, event),
        "title": entry_title(event),
        "content_html": content_html(event),
        "summary": summary(event),
    }
    if (published := site.published(event)) is not None:
        data["date_published"] = published.isoformat()
    if who := [{"name": n} for n in names] or site_authors(site):
        data["authors"] = who
    data["tags"] = tags(event)
    return data


def feed(site: Site, name: str = "feed.json") -> dict[str, Any]:
    """The whole feed as a JSON-ready dict (items newest first, as in the other feeds)."""
    data: dict[str, Any] = {
        "version": VERSION,
        "title": site.title,
        "home_page_url": site.home_url,
        "feed_url": site.url(name),
        "description": site.description,
        "language": site.settings.language,
    }
    if who := site_authors(site):
        data["authors"] = who
    if site.settings.hub:  # WebSub; feed_url is the topic
        data["hubs"] = [{"type": "WebSub", "url": site.settings.hub}]
    data["items"] = [item(site, e) for e in site.feed_events()]
    return data


def cleaned(value: Any) -> Any:
    """``value`` with every string cleaned (:func:`~feeds.text.clean_text`): a lone
    surrogate from a cache cannot be encoded as UTF-8."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {key: cleaned(item) for key, item in value.items()}
    if isinstance(value, list):
        return [cleaned(item) for item in value]
    return value


def render(site: Site, name: str = "feed.json") -> bytes:
    text = json.dumps(cleaned(feed(site, name)), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")
