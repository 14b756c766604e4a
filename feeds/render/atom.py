"""Atom 1.0 (``atom.xml``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._feedgen import make_feed

if TYPE_CHECKING:
    from ..build import Site


def render(site: Site, name: str = "atom.xml") -> bytes:
    return make_feed(site, site.feed_events(), site.url(name)).atom_str(pretty=True)
