"""The library's orchestration: the stages in order, for every command.

Stages: read the site (:mod:`feeds.inputs`, with :mod:`feeds.parse`) → ids
(:mod:`feeds.ids`) → :class:`~feeds.site.Site`, the model → enrich (:mod:`feeds.enrich`)
→ render (:mod:`feeds.render`) → publish (:mod:`feeds.publish`). The CLI only calls
the functions here and :func:`feeds.check.run_check`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .arxiv_ids import normalise
from .config import ConfigError, load_settings
from .diagnostics import BuildError, Reporter, display_path
from .enrich import EnrichResult
from .enrich.site import enrich_site
from .gc_thresholds import few_collections
from .ids import assign_ids
from .inputs import gather, resolve_content
from .inputs.jekyll import jekyll_defaults
from .model import Event
from .publish import publish
from .render import render_all
from .site import Site

__all__ = [
    "BuildError",
    "BuildResult",
    "build",
    "enrich_cache",
    "list_items",
    "load_site",
    "write_outputs",
]


def load_site(
    content: Path,
    *,
    overrides: dict[str, Any] | None = None,
    today: dt.date | None = None,
    reporter: Reporter | None = None,
) -> Site:
    """Read the content into the model (no enrichment, nothing written)."""
    reporter = reporter or Reporter(quiet=True)
    folder = content if content.is_dir() else content.parent
    try:
        settings = load_settings(folder, overrides, jekyll_defaults(folder))
        tz = ZoneInfo(settings.timezone)
    except ConfigError as exc:
        raise BuildError(str(exc)) from exc
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise BuildError(f"unknown time zone {settings.timezone!r}") from exc
    content_dir, page_path = resolve_content(content, settings.page)
    page, events = gather(
        content_dir, page_path, settings, tz, reporter, collections=content.is_dir()
    )
    if not settings.site_url:
        reporter.warn(
            display_path(page_path),
            None,
            "site_url is not set: links stay relative (see feeds.toml)",
        )
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

    @property
    def outputs(self) -> list[str]:
        """Every output file name, sorted."""
        return sorted(self.written + self.unchanged)


def write_outputs(site: Site, out_dir: Path) -> BuildResult:
    """Render every output of ``site`` and publish them into ``out_dir`` as one set."""
    written, unchanged = publish(render_all(site), out_dir)
    return BuildResult(site, out_dir, written, unchanged)


@few_collections()
def build(
    content: Path,
    out: Path | None = None,
    *,
    overrides: dict[str, Any] | None = None,
    today: dt.date | None = None,
    reporter: Reporter | None = None,
    progress: bool = False,
) -> BuildResult:
    """Read, enrich, render and publish: the whole of ``feeds build``."""
    reporter = reporter or Reporter(quiet=True)
    site = load_site(content, overrides=overrides, today=today, reporter=reporter)
    if not site.events and not site.page.found_news:
        headings = ", ".join(repr(h) for h in site.settings.news_headings)
        raise BuildError(
            f"{display_path(site.page_path)}: no news found (no heading such as {headings}); "
            "nothing written, the last outputs stay"
        )
    enrich_site(site, reporter, progress=progress)
    for event, why in site.calendar_notes():
        reporter.info(event.source, event.line, why)
    return write_outputs(site, out or Path(site.settings.out))


def list_items(
    content: Path,
    *,
    kinds: list[str] | tuple[str, ...] = (),
    upcoming: bool = False,
    overrides: dict[str, Any] | None = None,
    today: dt.date | None = None,
    reporter: Reporter | None = None,
) -> list[Event]:
    """The items ``feeds list`` shows: of ``kinds`` (all when none), only those still to
    come when ``upcoming``; arXiv metadata from the cache alone."""
    reporter = reporter or Reporter(quiet=True)
    site = load_site(content, overrides=overrides, today=today, reporter=reporter)
    enrich_site(site, reporter, offline_only=True)
    return site.select(kinds, upcoming)


def enrich_cache(
    content: Path,
    *,
    ids: list[str] | None = None,
    refresh: bool = False,
    overrides: dict[str, Any] | None = None,
    reporter: Reporter | None = None,
    progress: bool = False,
) -> EnrichResult | None:
    """``feeds enrich``: fetch the arXiv metadata the cache lacks (all of it when
    ``refresh``; only ``ids`` when given). Raises :class:`BuildError` for a malformed id
    or when offline."""
    reporter = reporter or Reporter(quiet=True)
    site = load_site(content, overrides=overrides, reporter=reporter)
    try:
        wanted = [normalise(i) for i in ids if i.strip()] if ids else None
    except ValueError as exc:
        raise BuildError(str(exc)) from exc
    if site.settings.offline:
        raise BuildError("offline (FEEDS_OFFLINE or --offline): nothing can be fetched")
    return enrich_site(site, reporter, progress=progress, refresh=refresh, ids=wanted)
