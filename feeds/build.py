"""The library API: content folder → :class:`Site` (the model) → rendered, published outputs.

The CLI is a thin shell over :func:`load_site` and :func:`build`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .config import ConfigError, Settings, load_settings
from .diagnostics import Reporter, display_path
from .ids import assign_ids
from .jekyll import find_homepage
from .model import Event
from .parse.page import Page
from .parse.types import TYPES, retype

DEFAULT_DURATION = dt.timedelta(hours=1)  # of a talk given with a start time only


class BuildError(Exception):
    """The build cannot go on (missing page, bad settings); the message says why."""


@dataclass
class Site:
    """Everything the renderers need: settings, the page, its events and "now"."""

    settings: Settings
    content_dir: Path
    page_path: Path
    page: Page
    events: list[Event]  # page order
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
    def description(self) -> str:
        return self.settings.description or f"News from {self.page.title or self.home_url}"

    @property
    def home_url(self) -> str:
        return self.settings.site_root or "/"

    def url(self, name: str) -> str:
        """Public URL of an output file, e.g. ``feed.xml``."""
        return f"{self.settings.site_root}{name}" if self.settings.site_root else name

    def bounds(self, event: Event) -> tuple[dt.date, dt.date] | tuple[dt.datetime, dt.datetime]:
        """When a dated event takes place: days with an exclusive end, or for a single day
        with a time, start and end times (in the zone the item names, else the site's;
        one hour unless an end is given; an end before the start is on the next day)."""
        span = event.span
        assert span is not None, "bounds of an undated event"
        if span.start_time is None or span.ranged:
            return span.start, span.end + dt.timedelta(days=1)
        tz = ZoneInfo(span.time_zone) if span.time_zone else self.tz
        start = dt.datetime.combine(span.start, span.start_time, tz)
        if span.end_time is None:
            return start, start + DEFAULT_DURATION
        end = dt.datetime.combine(span.start, span.end_time, tz)
        return start, end if end > start else end + dt.timedelta(days=1)

    def start(self, event: Event) -> dt.datetime | None:
        """When an event starts, as a time (midnight in the site time zone for whole days)."""
        if event.span is None:
            return None
        start = self.bounds(event)[0]
        if isinstance(start, dt.datetime):
            return start
        return dt.datetime.combine(start, dt.time(), self.tz)

    def published(self, event: Event) -> dt.datetime | None:
        """The feed date: the event's start, but never later than now (see README)."""
        start = self.start(event)
        return None if start is None else min(start, self.now)

    def newest_first(self, events: list[Event] | None = None) -> list[Event]:
        """Dated events newest first (page order breaks ties), then the undated ones."""
        events = self.events if events is None else events
        order = {id(e): i for i, e in enumerate(events)}
        dated = [e for e in events if e.span is not None]
        dated.sort(key=lambda e: (-self.published(e).timestamp(), order[id(e)]))
        return dated + [e for e in events if e.span is None]

    def feed_events(self, events: list[Event] | None = None) -> list[Event]:
        """What a feed carries: newest first, cut to ``feed_limit`` when set."""
        ordered = self.newest_first(events)
        limit = self.settings.feed_limit
        return ordered[:limit] if limit > 0 else ordered

    def updated(self, events: list[Event] | None = None) -> dt.datetime:
        """Feed-level "updated": the newest published date of the content (never the clock)."""
        dates = [
            d
            for e in (self.events if events is None else events)
            if (d := self.published(e)) is not None
        ]
        return max(dates) if dates else dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def resolve_content(content: Path, settings_page: str = "") -> tuple[Path, Path]:
    """(content folder, homepage file) for ``--content`` given a folder or a page file."""
    if content.is_file():
        return content.parent, content
    if not content.is_dir():
        raise BuildError(f"{content}: no such content folder or page")
    if settings_page:
        page = content / settings_page
        if not page.is_file():
            raise BuildError(f"{page}: page named by the 'page' setting does not exist")
        return content, page
    page = find_homepage(content)
    if page is None:
        raise BuildError(f"{content}: no homepage found (index.md, about.md, _pages/about.md)")
    return content, page


def load_site(
    content: Path,
    *,
    overrides: dict[str, Any] | None = None,
    today: dt.date | None = None,
    reporter: Reporter | None = None,
) -> Site:
    """Parse the content into the model (no enrichment, nothing written)."""
    reporter = reporter or Reporter(quiet=True)
    folder = content if content.is_dir() else content.parent
    try:
        settings = load_settings(folder, overrides)
        tz = ZoneInfo(settings.timezone)
    except ConfigError as exc:
        raise BuildError(str(exc)) from exc
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise BuildError(f"unknown time zone {settings.timezone!r}") from exc
    content_dir, page_path = resolve_content(content, settings.page)
    source = display_path(page_path)
    from .sources import gather  # homepage list + archive pages + _news/, merged

    page, events = gather(
        content_dir, page_path, settings, tz, reporter, collections=content.is_dir()
    )
    retype(events, {name: getattr(settings, f"types_{name}", []) for name in TYPES})
    if not settings.site_url:
        reporter.warn(source, None, "site_url is not set: links stay relative (see feeds.toml)")
    assign_ids(events, settings.site_url, settings.id_date, reporter)
    today = today or dt.datetime.now(tz).date()
    return Site(settings, content_dir, page_path, page, events, today)


@dataclass
class BuildResult:
    """What a build did: the site model, and which files were written or left unchanged."""

    site: Site
    out_dir: Path
    written: list[str]
    unchanged: list[str]


def build(
    content: Path,
    out: Path | None = None,
    *,
    overrides: dict[str, Any] | None = None,
    today: dt.date | None = None,
    reporter: Reporter | None = None,
    progress: bool = False,
) -> BuildResult:
    """Parse, enrich, render and publish: the whole of ``feeds build``."""
    from .enrich.site import enrich_site
    from .publish import publish
    from .render import render_all

    reporter = reporter or Reporter(quiet=True)
    site = load_site(content, overrides=overrides, today=today, reporter=reporter)
    if not site.events and not site.page.found_news:
        headings = ", ".join(repr(h) for h in site.settings.news_headings)
        raise BuildError(
            f"{display_path(site.page_path)}: no news found (no heading such as {headings}); "
            "nothing written, the last outputs stay"
        )
    enrich_site(site, reporter, progress=progress)
    rendered = render_all(site)
    from .render.ics import calendar_notes

    for event, why in calendar_notes(site):
        reporter.info(event.source, event.line, why)
    out_dir = out or Path(site.settings.out)
    written, unchanged = publish(rendered, out_dir)
    return BuildResult(site, out_dir, written, unchanged)
