"""The stable JSON form of events (``feeds list --json``)."""

from __future__ import annotations

import dataclasses
from typing import Any

from .model import Item


def paper_dict(event: Item) -> dict[str, Any] | None:
    """The arXiv metadata of a paper item (its first enriched id), else ``None``."""
    if not event.papers:
        return None
    return dataclasses.asdict(event.papers[0])


def event_dict(event: Item) -> dict[str, Any]:
    """One item as a JSON object with exactly the documented keys."""
    span = event.span
    return {
        "id": event.id,
        "kind": None if event.kind_slug == "news" else event.kind,  # the author's label
        "type": event.type,
        "title": event.title,
        "start": span.start_iso if span else None,
        "end": span.end_iso if span else None,
        "precision": span.precision.value if span else None,
        "event_start": event.when.start_iso if event.when else None,  # the talk's day
        "event_end": event.when.end_iso if event.when else None,
        "location": event.location,
        "role": event.role,
        "note": event.note,
        "section": event.section,
        "links": [{"text": link.text, "url": link.url} for link in event.links],
        "arxiv": list(event.arxiv),
        "line": event.line,
        "paper": paper_dict(event),
        "matched": event.matched if event.papers else None,
    }
