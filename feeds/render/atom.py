"""Atom 1.0: the whole news (``atom.xml``) or one kind of item (``talks.xml``, ``papers.xml``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..kinds import kind_matches
from ._feedgen import render_feed

if TYPE_CHECKING:
    from ..build import Site


def render(site: Site, name: str = "atom.xml", kind: str = "", title: str = "") -> bytes:
    """Every item, or only those of ``kind`` (see :mod:`feeds.kinds`).

    A per-kind feed's id is its own URL, so it differs from the main feed's.
    """
    if not kind:
        return render_feed(site, site.feed_events(), name, "atom", title or None)
    events = [e for e in site.events if kind_matches(e.kind_slug, kind, e.type)]
    return render_feed(site, site.feed_events(events), name, "atom", title or None, site.url(name))
