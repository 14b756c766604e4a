"""``feed.css``: the stylesheet browsers use for the XML feeds when they run no XSLT.

Static (``assets/feed.css``); see :mod:`feeds.render._feed_extras` for how the feeds
link it and the notice it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._html import asset

if TYPE_CHECKING:
    from ..site import Site


def render(site: Site) -> bytes:
    return asset("feed.css").encode("utf-8")
