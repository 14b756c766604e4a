"""RSS 2.0 (``feed.xml``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._feedgen import make_feed

if TYPE_CHECKING:
    from ..build import Site


def render(site: Site, name: str = "feed.xml") -> bytes:
    return make_feed(site, site.feed_events(), site.url(name)).rss_str(pretty=True)
