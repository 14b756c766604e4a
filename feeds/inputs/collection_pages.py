"""Whether a Jekyll collection's documents have pages of their own, and what its list
shows of one that has none.

Jekyll writes a page for each document of a collection only with ``output: true``
(al-folio's ``collections: {news: {output: true}}``); a collection named in a list
(``collections: [publications, news]``, luost26's academic-homepage) or without
``output: true`` has none, so a news item linked to its permalink would point at a
page that does not exist. Such a list shows each document's ``title``, markup and all
(``Mars base opens. <a href="https://…">Read more</a>``): the item is that title, its
words and its links (:func:`title_item`).
"""

from __future__ import annotations

from typing import Any

from ..model import DateSpan, Item
from .post_bodies import body_item


def has_pages(config: dict[str, Any], name: str) -> bool:
    """Whether the site's configuration has Jekyll write a page for each document of
    collection ``name``: ``output: true`` in its entry; a collection the configuration
    does not name at all is taken to have them (al-folio's, read wherever it is)."""
    collections = config.get("collections")
    if isinstance(collections, list):
        return name not in [str(entry).strip() for entry in collections]
    if isinstance(collections, dict) and name in collections:
        entry = collections[name]
        return isinstance(entry, dict) and entry.get("output") is True
    return True


def title_item(
    meta: dict[str, Any], source: str, line: int, span: DateSpan | None, site_url: str
) -> Item | None:
    """A document without a page as its list shows it: its ``title``'s words and links,
    dated ``span``; ``None`` when it has no title."""
    title = str(meta.get("title") or "").strip()
    return body_item(title, source, span, site_url, first_line=line) if title else None
