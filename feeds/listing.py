"""The stable JSON form of events (``feeds list --json``) and list filters."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from typing import Any

from .kinds import of_kinds
from .model import Event


def select(
    events: list[Event], kinds: Iterable[str], upcoming: bool, today: dt.date
) -> list[Event]:
    """Events of the given kinds (see :mod:`feeds.kinds`), optionally only upcoming."""
    wanted = list(kinds)
    out = [e for e in events if not wanted or of_kinds(e.kind_slug, wanted, e.type)]
    return [e for e in out if e.is_upcoming(today)] if upcoming else out


def paper_dict(event: Event) -> dict[str, Any] | None:
    """The arXiv metadata of a paper item (its first enriched id), else ``None``."""
    if not event.papers:
        return None
    return dataclasses.asdict(event.papers[0])


def event_dict(event: Event) -> dict[str, Any]:
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
        "location": event.location,
        "role": event.role,
        "note": event.note,
        "section": event.section,
        "links": [{"text": link.text, "url": link.url} for link in event.links],
        "arxiv": list(event.arxiv),
        "line": event.line,
        "paper": paper_dict(event),
    }
