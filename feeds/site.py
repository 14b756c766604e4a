"""The model of a whole site: what reading it gives (settings, homepage, items) and "now".

Reading (:mod:`feeds.inputs`) makes it; enrich, render and check work on it.

Besides dates and URLs, :class:`Site` holds the rules for which items go into which
output (the feeds, a kind's feed, the talk calendar, the subscribe page, ``feeds list``),
so each renderer asks the site instead of filtering on its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from .config import Settings
from .kinds import kind_matches, of_kinds
from .model import DateSpan, Item, Precision

if TYPE_CHECKING:
    from .parse.page import Page

DEFAULT_DURATION = dt.timedelta(hours=1)  # of a talk given with a start time only


@dataclass
class Site:
    """Everything the renderers need: settings, the page, its events and "now"."""

    settings: Settings
    content_dir: Path
    page_path: Path
    page: Page
    events: list[Item]  # page order
    today: dt.date

    @cached_property
    def tz(self) -> dt.tzinfo:
        return ZoneInfo(self.settings.timezone)

    @cached_property
    def now(self) -> dt.datetime:
        """Midnight of "today" in the site time zone (a build's notion of now)."""
        return dt.datetime.combine(self.today, dt.time(), self.tz)

    @property
    def title(self) -> str:
        return self.settings.title or (f"{self.page.title} — news" if self.page.title else "News")

    @property
    def author_name(self) -> str:
        """Who the feeds are by (Atom requires a name): the ``author`` setting, else the
        page's title, else the site's host name."""
        from urllib.parse import urlsplit

        return (
            self.settings.author
            or self.page.title
            or urlsplit(self.settings.site_url).hostname
            or "feeds"
        )

    @property
    def description(self) -> str:
        return self.settings.description or f"News from {self.page.title or self.home_url}"

    @property
    def home_url(self) -> str:
        return self.settings.site_root or "/"

    def url(self, name: str) -> str:
        """Public URL of an output file, e.g. ``feed.xml``."""
        return f"{self.settings.site_root}{name}" if self.settings.site_root else name

    def bounds(
        self, event: Item, span: DateSpan | None = None
    ) -> tuple[dt.date, dt.date] | tuple[dt.datetime, dt.datetime]:
        """When a dated event takes place: days with an exclusive end, or for a single day
        with a time, start and end times (in the zone the item names, else the site's;
        one hour unless an end is given; an end before the start is on the next day).
        ``span`` (default: the item's date) is another date of it, e.g. its ``event_span``."""
        span = span or event.span
        assert span is not None, "bounds of an undated event"
        if span.start_time is None or span.ranged:
            return span.start, span.end + dt.timedelta(days=1)
        tz = ZoneInfo(span.time_zone) if span.time_zone else self.tz
        start = dt.datetime.combine(span.start, span.start_time, tz)
        if span.end_time is None:
            return start, start + DEFAULT_DURATION
        end = dt.datetime.combine(span.start, span.end_time, tz)
        return start, end if end > start else end + dt.timedelta(days=1)

    def start(self, event: Item) -> dt.datetime | None:
        """When an event starts, as a time (midnight in the site time zone for whole days)."""
        if event.span is None:
            return None
        start = self.bounds(event)[0]
        if isinstance(start, dt.datetime):
            return start
        return dt.datetime.combine(start, dt.time(), self.tz)

    def published(self, event: Item) -> dt.datetime | None:
        """The feed date: the event's start, but never later than now (see README)."""
        start = self.start(event)
        return None if start is None else min(start, self.now)

    def _order(self) -> tuple[dict[int, int], list[Item]]:
        """Each event's place (by ``id``) in the newest-first order of all events, and
        that order.

        Computed once per build (the feeds, the kind feeds, the subscribe page and
        ``updated`` all use it) and made again when the list of events changes.
        """
        key = (self.now, len(self.events), id(self.events[0]) if self.events else 0)
        cached = self.__dict__.get("_order_cache")
        if cached is not None and cached[0] == key:
            return cached[1], cached[2]
        page = {id(e): i for i, e in enumerate(self.events)}
        stamps = {id(e): d.timestamp() for e in self.events if (d := self.published(e))}
        ordered = sorted(
            (e for e in self.events if id(e) in stamps),
            key=lambda e: (-stamps[id(e)], page[id(e)]),
        ) + [e for e in self.events if id(e) not in stamps]
        order = {id(e): i for i, e in enumerate(ordered)}
        self.__dict__["_order_cache"] = (key, order, ordered)
        return order, ordered

    def newest_first(self, events: list[Item] | None = None) -> list[Item]:
        """Dated events newest first (page order breaks ties), then the undated ones.

        ``events`` (default: all) is in page order, e.g. :meth:`of_kind`'s list.
        """
        order, ordered = self._order()
        if events is None or events is self.events:
            return list(ordered)
        if any(id(e) not in order for e in events):  # not the site's: sort them afresh
            page = {id(e): i for i, e in enumerate(events)}
            dated = [e for e in events if e.span is not None]
            dated.sort(key=lambda e: (-self.published(e).timestamp(), page[id(e)]))
            return dated + [e for e in events if e.span is None]
        return sorted(events, key=lambda e: order[id(e)])

    def feed_events(self, events: list[Item] | None = None) -> list[Item]:
        """What a feed carries: newest first, cut to ``feed_limit`` when set."""
        ordered = self.newest_first(events)
        limit = self.settings.feed_limit
        return ordered[:limit] if limit > 0 else ordered

    def updated(self, events: list[Item] | None = None) -> dt.datetime:
        """Feed-level "updated": the newest published date of the content (never the clock)."""
        if events is None:  # the newest item of all, from the order made once
            ordered = self._order()[1]
            newest = self.published(ordered[0]) if ordered else None
            return newest or dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
        dates = [d for e in events if (d := self.published(e)) is not None]
        return max(dates) if dates else dt.datetime(2000, 1, 1, tzinfo=dt.UTC)

    # Which items go where.

    def of_kind(self, kind: str) -> list[Item]:
        """Items of ``kind`` (see :mod:`feeds.kinds`), page order: a per-kind feed."""
        return [e for e in self.events if kind_matches(e.kind_slug, kind, e.type)]

    def select(self, kinds: Iterable[str] = (), upcoming: bool = False) -> list[Item]:
        """Items of the given kinds (all when none), optionally only those still to come."""
        wanted = list(kinds)
        out = [e for e in self.events if not wanted or of_kinds(e.kind_slug, wanted, e.type)]
        return [e for e in out if e.is_upcoming(self.today)] if upcoming else out

    def of_calendar_kind(self, event: Item) -> bool:
        return of_kinds(event.kind_slug, self.settings.calendar_kinds, event.type)

    def calendar_events(self) -> list[Item]:
        """The items the talk calendar carries, earliest first (page order breaks ties):
        of a ``calendar_kinds`` kind, dated to the day, upcoming or ended within
        ``calendar_history_days``."""
        cutoff = self.today - dt.timedelta(days=max(0, self.settings.calendar_history_days))
        chosen = [
            e for e in self.events
            if self.of_calendar_kind(e) and (span := e.event_span) is not None
            and span.precision is Precision.DAY and span.end >= cutoff
        ]  # fmt: skip
        return sorted(chosen, key=lambda e: e.event_span.start)  # type: ignore[union-attr]

    def calendar_notes(self) -> list[tuple[Item, str]]:
        """Items of a calendar kind left out for want of a day-precise date, with the reason."""
        notes: list[tuple[Item, str]] = []
        for event in self.events:
            if not self.of_calendar_kind(event):
                continue
            if (span := event.event_span) is None:
                notes.append((event, "left out of the talk calendar: the item has no date"))
            elif span.precision is not Precision.DAY:
                notes.append(
                    (
                        event,
                        f"left out of the talk calendar: its date "
                        f"({event.span.start_iso}) does not give the day",
                    )
                )
        return notes

    def empty_calendar(self) -> str | None:
        """Why the talk calendar has no event (a note for ``-v``), ``None`` when it has one."""
        if self.calendar_events():
            return None
        kinds = self.settings.calendar_kinds
        talks = [e for e in self.events if self.of_calendar_kind(e)]
        if [kind.lower() for kind in kinds] == ["talk"]:
            what = f"{len(talks)} talk{'' if len(talks) == 1 else 's'}"
        else:
            what = f"{len(talks)} item(s) of calendar.kinds ({', '.join(kinds)})"
        if not talks:
            return f"no event: {what}; see calendar.kinds"
        spans = [e.event_span for e in talks]
        days = [s for s in spans if s is not None and s.precision is Precision.DAY]
        if not days:
            return f"no event: {what}, none dated to the day (see the notes above)"
        latest = max(span.end for span in days).isoformat()
        history = self.settings.calendar_history_days
        return (
            f"no event: {what}, none within calendar.history_days={history} of "
            f"{self.today.isoformat()} (the latest ended {latest}); see calendar.history_days"
        )

    def upcoming_talks(self) -> list[Item]:
        """Items of the ``calendar_kinds`` still to come on the build's today, soonest first.

        Found once per build (renderers ask for each talk) and again when the events change.
        """
        key = (self.today, len(self.events), id(self.events[0]) if self.events else 0)
        cached = self.__dict__.get("_upcoming_cache")
        if cached is None or cached[0] != key:
            found = [
                e for e in self.events if self.of_calendar_kind(e) and e.is_upcoming(self.today)
            ]
            found.sort(key=lambda e: e.event_span.start if e.event_span else dt.date.max)
            cached = self.__dict__["_upcoming_cache"] = (key, found)
        return list(cached[1])
