"""Whether a Jekyll collection's documents have pages of their own, and what its list
shows of one that has none.

Jekyll writes a page for each document of a collection only with ``output: true``
(al-folio's ``collections: {news: {output: true}}``); a collection named in a list
(``collections: [publications, news]``, luost26's academic-homepage) or without
``output: true`` has none, so a news item linked to its permalink would point at a
page that does not exist. Such an item keeps its words, body and type, without that
link (:func:`without_page`); a ``title`` written in markup (``Mars base opens. <a
href="https://…">Read more</a>``) gives the item its words and its links, as the list
shows it.
"""

from __future__ import annotations

from html import escape
from typing import Any

from ..model import Item
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


def without_page(item: Item, meta: dict[str, Any], line: int, site_url: str) -> None:
    """Take the link to the page of ``item`` (a document of a collection without pages,
    the first of its links) out of it; when its ``title`` (on ``line``) is written in
    markup with links of its own, the item is titled by the title's words and opens
    with its links. Its type and body stay as read."""
    page = item.links[0].url if item.links else None
    item.links = [link for link in item.links if link.url != page]
    _, _, rest = item.html.partition("\n")
    title = str(meta.get("title") or "").strip()
    shown = body_item(title, item.source, item.span, site_url, first_line=line) if title else None
    head = f"<p>{escape(item.title, quote=False)}</p>"
    if shown is not None and shown.links:  # "… <a href=…>Read more</a>": its words, links
        if item.text == item.title:
            item.text = shown.title
        item.title = shown.title
        item.links = [*shown.links, *item.links]
        head = shown.html
    item.html = f"{head}\n{rest}" if rest else head
