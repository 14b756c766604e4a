"""Parse outputs back, as ``feeds check`` does: feeds by feedparser, the calendar by
icalendar, the JSON Feed by its fields. Whatever a parser raises marks the file broken."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .diagnostics import Problem, display_path


def validate(out: Path, names: Iterable[str]) -> list[Problem]:
    """Parse each output back: feeds by feedparser, the calendar, the JSON Feed."""
    found: list[Problem] = []
    for name in names:
        path = out / name
        source = display_path(path)
        try:
            if name.endswith(".xml"):
                messages = _feed_problems(path.read_bytes())
            elif name.endswith(".ics"):
                messages = _calendar_problems(path.read_bytes())
            elif name.endswith(".json"):
                messages = _json_feed_problems(json.loads(path.read_text(encoding="utf-8")))
            else:
                continue
        except Exception as exc:  # whatever the parser raises, the file is broken
            messages = [f"does not parse: {type(exc).__name__}: {exc}"]
        found += [Problem(source, None, m, "error") for m in messages]
    return found


def _feed_problems(data: bytes) -> list[str]:
    try:
        import feedparser
    except ImportError:
        return ["not parsed back: feedparser is not installed"]
    parsed = feedparser.parse(data)
    if parsed.bozo:
        return [f"feedparser: not well-formed ({parsed.get('bozo_exception')})"]
    if not parsed.version:
        return ["feedparser: neither RSS nor Atom"]
    return [
        f"entry {i + 1} has no id/guid" for i, e in enumerate(parsed.entries) if not e.get("id")
    ]


def _calendar_problems(data: bytes) -> list[str]:
    from icalendar import Calendar

    calendar = Calendar.from_ical(data)
    messages = [f"missing {k}" for k in ("VERSION", "PRODID") if k not in calendar]
    uids: set[str] = set()
    for number, event in enumerate(calendar.walk("VEVENT"), start=1):
        messages += [
            f"event {number} has no {k}" for k in ("UID", "DTSTART", "DTSTAMP") if k not in event
        ]
        uid = str(event.get("UID", ""))
        if uid and uid in uids:
            messages.append(f"event {number}: UID {uid} is used twice")
        uids.add(uid)
    return messages


def _json_feed_problems(feed: Any) -> list[str]:
    """Field checks of JSON Feed 1.1: version, title, items with id and content."""
    if not isinstance(feed, dict):
        return ["not a JSON object"]
    messages = []
    if not str(feed.get("version", "")).startswith("https://jsonfeed.org/version/"):
        messages.append("'version' is not a JSON Feed version URL")
    if not isinstance(feed.get("title"), str) or not feed["title"]:
        messages.append("'title' is missing")
    for key in ("home_page_url", "feed_url"):
        if key in feed and not str(feed[key]).startswith(("http://", "https://")):
            messages.append(f"'{key}' is not an absolute URL")
    items = feed.get("items")
    if not isinstance(items, list):
        return messages + ["'items' is not a list"]
    ids: set[str] = set()
    for number, item in enumerate(items, start=1):
        where = f"item {number}"
        if not isinstance(item, dict):
            messages.append(f"{where} is not an object")
            continue
        ident = item.get("id")
        if not isinstance(ident, str) or not ident:
            messages.append(f"{where} has no string 'id'")
        elif ident in ids:
            messages.append(f"{where}: id {ident} is used twice")
        ids.add(str(ident))
        if "content_html" not in item and "content_text" not in item:
            messages.append(f"{where} has neither 'content_html' nor 'content_text'")
        for key in ("date_published", "date_modified"):
            if key in item:
                try:
                    dt.datetime.fromisoformat(str(item[key]))
                except ValueError:
                    messages.append(f"{where}: '{key}' is not an RFC 3339 date")
    return messages
