"""Stable ids: ``tag:`` URIs (RFC 4151) that survive rewording and section moves.

The id is built from what identifies an item rather than how it is written:
its kind, its start date and its main link (an arXiv id when there is one).
Items without a link are told apart by kind and date alone, so a typo fix keeps
the id; only when two such items share kind and date is their title added.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from urllib.parse import quote, urlsplit

from .diagnostics import Reporter
from .model import Event
from .text import slugify


def normal_url(url: str) -> str:
    """A URL reduced to what identifies the page: no scheme, ``www.``, fragment or end slash."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    query = f"?{parts.query}" if parts.query else ""
    return f"{host}{path}{query}"


def link_key(event: Event) -> str:
    """The main link an id is made of: the arXiv id, else the first non-attachment link."""
    if event.arxiv:
        return f"arxiv:{event.arxiv[0]}"
    main = event.main_link
    if main is not None and main.attachment is None:
        return normal_url(main.url)
    return ""


def identity(event: Event) -> str:
    """What tells items apart: kind, start date, main link (else the title)."""
    when = event.span.start_iso if event.span else "undated"
    return f"{event.kind_slug}/{when}/{link_key(event) or 'title:' + slugify(event.title)}"


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def authority(site_url: str) -> str:
    """The tag authority: the site's host name (``localhost`` when unknown)."""
    host = urlsplit(site_url).hostname if site_url else None
    return host or "localhost"


def assign_ids(events: list[Event], site_url: str, id_date: str, reporter: Reporter) -> None:
    """Give every event its ``id``; report items that are indistinguishable."""
    prefix = f"tag:{authority(site_url)},{id_date}:"

    def base(event: Event) -> str:
        when = event.span.start_iso if event.span else "undated"
        return f"{event.kind_slug}/{when}"

    keys = [link_key(e) if e.span else (link_key(e) or f"title:{slugify(e.title)}") for e in events]
    first = Counter((base(e), k) for e, k in zip(events, keys, strict=True))
    for i, (event, key) in enumerate(zip(events, keys, strict=True)):
        if first[(base(event), key)] > 1:
            keys[i] = f"{key}|title:{slugify(event.title)}"
    seen: Counter[str] = Counter()
    for event, key in zip(events, keys, strict=True):
        ident = base(event) + (f"/{_digest(key)}" if key else "")
        seen[ident] += 1
        if seen[ident] > 1:
            reporter.warn(
                event.source, event.line, f"duplicate news item (same as an earlier one: {ident})"
            )
            ident = f"{ident}-{seen[ident]}"
        event.id = prefix + quote(ident, safe="/:.-_~")
