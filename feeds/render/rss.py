"""RSS 2.0 (``feed.xml``): plain-text ``description`` plus full HTML in ``content:encoded``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._feedgen import render_feed

if TYPE_CHECKING:
    from ..site import Site


def render(site: Site, name: str = "feed.xml") -> bytes:
    return render_feed(site, site.feed_events(), name, "rss")
