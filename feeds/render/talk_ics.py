"""``talks/<name>.ics``: one small calendar per upcoming talk, for "add to calendar".

Apple Calendar and desktop Outlook open such a file and add the one event; its ``UID``
is the one ``talks.ics`` gives the talk (:func:`feeds.render.ics.event_uid`), so a
subscriber who adds it as well gets the same event, not a second one. The file name
comes from the item's stable id (``tag:…,2019:2022-11-18`` → ``2022-11-18.ics``), never
from its title, so rewording a talk keeps its link. A talk gets a file while it is
upcoming and dated to the day; the build removes the files of talks no longer
upcoming (see :func:`feeds.cleanup.remove_stale`), recognising them by :data:`PRODID`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections import Counter
from typing import TYPE_CHECKING

from icalendar import Calendar

from ..model import Precision
from ..text import slugify
from .ics import shared_vevent

if TYPE_CHECKING:
    from ..model import Item
    from ..site import Site

FOLDER = "talks"
PRODID = "-//feeds//One talk//EN"  # marks the files a build made (and may remove)


def talk_events(site: Site) -> list[Item]:
    """The talks that get a file: upcoming, dated to the day, soonest first (the day of a
    month-dated item, ``**Nov 2022** Talk (Nov 18, 2022)``, is its event date)."""
    return [
        e for e in site.upcoming_talks()
        if (span := e.event_span) is not None
        and span.precision is Precision.DAY and span.end >= site.today
    ]  # fmt: skip


def stable_name(event: Item) -> str:
    """The local part of an item's id, slugified: ``tag:h,2019:2022-11-18/talk`` →
    ``2022-11-18-talk``."""
    local = event.id.split(":", 2)[-1] if event.id.startswith("tag:") else event.id
    return slugify(local)


def talk_files(site: Site) -> dict[str, Item]:
    """``talks/<name>.ics`` → its talk; a name two ids share gets a digest of each id.

    Made once per set of talks (every file and every subscribe-page link asks): again
    when :meth:`~feeds.site.Site.upcoming_talks` finds them again (the events changed),
    never by comparing every talk on each call, which made a build's talk files and
    subscribe page cost the square of the talks (850 talks: 5 s). The ids are the
    items' final ones by then (given before the site is rendered)."""
    site.upcoming_talks()  # finds the talks again if the events changed
    key = site.__dict__.get("_upcoming_cache")  # a new object each time they are found
    cached = site.__dict__.get("_talk_files")
    if cached is not None and cached[0] is key:
        return cached[1]
    events = talk_events(site)
    names = [stable_name(e) for e in events]
    shared = Counter(names)
    files: dict[str, Item] = {}
    for name, event in zip(names, events, strict=True):
        if shared[name] > 1:
            name = f"{name}-{hashlib.sha1(event.id.encode()).hexdigest()[:8]}"
        files[f"{FOLDER}/{name}.ics"] = event
    site.__dict__["_talk_files"] = (key, files, {id(e): n for n, e in files.items()})
    return files


def talk_file(site: Site, event: Item) -> str | None:
    """The ``talks/<name>.ics`` of ``event``, or ``None`` when it gets no file."""
    talk_files(site)
    return site.__dict__["_talk_files"][2].get(id(event))


def calendar(site: Site, event: Item, name: str) -> Calendar:
    """A ``PUBLISH`` calendar holding the talk's ``VEVENT`` (and its ``VTIMEZONE`` if timed)."""
    cal = Calendar.new(
        uid=str(uuid.uuid5(uuid.NAMESPACE_URL, f"{event.id}/{name}")),  # never random
        prodid=PRODID,
        calscale="GREGORIAN",
        method="PUBLISH",
        subcomponents=[shared_vevent(site, event)],  # the one talks.ics has
    )
    span = event.event_span
    assert span is not None
    first = dt.date(span.start.year, 1, 1)
    cal.add_missing_timezones(first, dt.date(span.end.year + 1, 1, 1))  # timed talks
    return cal


def render(site: Site, name: str) -> bytes:
    """The file ``name`` (one of :func:`talk_files`): CRLF lines, UTF-8."""
    return calendar(site, talk_files(site)[name], name).to_ical()
