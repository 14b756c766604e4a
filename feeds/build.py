"""The library's orchestration: the stages in order, for every command.

Stages: read the site (:mod:`feeds.inputs`, with :mod:`feeds.parse`) → ids
(:mod:`feeds.ids`) → :class:`~feeds.site.Site`, the model → enrich (:mod:`feeds.enrich`)
→ render (:mod:`feeds.render`) → publish (:mod:`feeds.publish`). The CLI only calls
the functions here and :func:`feeds.check.run_check`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .arxiv_ids import normalise
from .cleanup import remove_stale
from .config import CONFIG_NAME, ConfigError, load_settings
from .diagnostics import BuildError, Reporter, display_path
from .enrich import EnrichResult
from .enrich.site import enrich_site
from .gc_pause import no_collections
from .ids import assign_ids
from .inputs import gather, resolve_content, site_defaults, site_defaults_origin
from .inputs.build_day import building_on
from .inputs.chosen_language import reading_language
from .inputs.front_matter_sites import spaced_front_matter
from .inputs.project_folder import site_folder
from .inputs.site_config import config_problems, site_url_error
from .languages import Load, language_sites
from .model import Item
from .parse.front_matter_lead import reading_spaced_front_matter
from .parse.read_once import reading_once
from .parse.types import TYPES, retype
from .publish import clean_temps, publish
from .render import outputs as output_list
from .render import render_all
from .site import Site
from .wanted_kinds import check_listed_kinds, check_setting_kinds
from .websub import PingResult, changed_feeds, ping

FIRST_DAY, LAST_DAY = dt.date(1900, 1, 1), dt.date(9000, 12, 31)  # "now" a build accepts

__all__ = [
    "BuildError",
    "BuildResult",
    "build",
    "enrich_cache",
    "list_by_language",
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
        ignored: list[str] = []
        defaults, origin = site_defaults(folder), site_defaults_origin(folder)
        settings = load_settings(folder, overrides, defaults, ignored, origin)
        tz = ZoneInfo(settings.timezone)
    except ConfigError as exc:
        raise BuildError(str(exc)) from exc
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise BuildError(f"unknown time zone {settings.timezone!r}") from exc
    for message in ignored:  # e.g. an e-mail written "me (at) example.org" in _config.yml
        where, _, what = message.partition(": setting ")
        reporter.warn(display_path(Path(where)), None, f"setting {what}")
    for problem in config_problems(folder):  # read without it; an error only where needed
        reporter.report(problem)
    today = today or dt.datetime.now(tz).date()
    if not FIRST_DAY <= today <= LAST_DAY:
        raise BuildError(
            f"--now {today.isoformat()}: give a day between {FIRST_DAY} and {LAST_DAY}"
        )
    with (
        reading_language(settings.language),  # a multilingual site: that language's news
        building_on(today),  # Hugo: pages built on that day
        reading_spaced_front_matter(spaced_front_matter(folder)),  # Hugo: after blank lines
        reading_once(),  # each page read and decoded once (also by check, enrich)
    ):
        content_dir, page_path = resolve_content(content, settings.page)
        page, events = gather(
            content_dir, page_path, settings, tz, reporter, collections=content.is_dir()
        )
    retype(events, {name: getattr(settings, f"types_{name}", []) for name in TYPES})
    assign_ids(events, settings.site_url, settings.id_date, reporter)
    return Site(settings, content_dir, page_path, page, events, today)


@dataclass
class BuildResult:
    """What a build did: the site model, and which files were written or left unchanged."""

    site: Site
    out_dir: Path
    written: list[str]
    unchanged: list[str]
    removed: list[str] = field(default_factory=list)  # talks/*.ics of talks now past
    pinged: PingResult | None = None  # what --ping told the hub
    languages: list[tuple[str, Site]] = field(default_factory=list)  # others, in <out>/<code>/

    @property
    def outputs(self) -> list[str]:
        """Every output file name, sorted."""
        return sorted(self.written + self.unchanged)


def write_outputs(
    site: Site, out_dir: Path, languages: list[tuple[str, Site]] | None = None
) -> BuildResult:
    """Render every output of ``site`` (and of the site's other ``languages``, each into
    ``<code>/``) and publish them into ``out_dir`` as one set."""
    from .render.talk_ics import FOLDER as TALK_FOLDER  # icalendar: only where rendered
    from .render.talk_ics import PRODID as TALK_PRODID

    rendered = render_all(site)
    for code, other in languages or []:
        rendered |= {f"{code}/{name}": data for name, data in render_all(other).items()}
    written, unchanged = publish(rendered, out_dir)
    marker = f"PRODID:{TALK_PRODID}".encode()
    removed = remove_stale(out_dir, TALK_FOLDER, rendered, marker)
    for code, _ in languages or []:
        removed += remove_stale(out_dir, f"{code}/{TALK_FOLDER}", rendered, marker)
    return BuildResult(site, out_dir, written, unchanged, removed, languages=languages or [])


def loader(content: Path, today: dt.date | None) -> Load:
    """:func:`load_site` of ``content`` for :func:`feeds.languages.language_sites`."""
    return lambda overrides, reporter: load_site(
        content, overrides=overrides, today=today, reporter=reporter
    )


def notify_hub(result: BuildResult, reporter: Reporter) -> PingResult | None:
    """``--ping``: tell the ``hub`` about the feeds this build changed (none offline)."""
    site = result.site
    settings = site.settings
    if not settings.hub:
        reporter.warn("hub", None, "--ping: no hub is set (the 'hub' setting); nothing sent")
        return None
    if settings.offline:
        reporter.info("hub", None, "offline: the hub is not notified")
        return None
    names = changed_feeds(((o.name, o.media_type) for o in output_list(site)), result.written)
    if names and not settings.site_url:
        reporter.warn("hub", None, "site_url is not set: the hub needs the feeds' public URLs")
        return None
    return ping(settings.hub, [site.url(name) for name in names], reporter)


def refuse_empty(site: Site, outcome: str = "nothing written, the last outputs stay") -> None:
    """A site without news, or whose news section yields no items, is an error (never a
    silently empty feed or listing): ``build``, ``check`` and ``list`` alike."""
    page = site.page.source or display_path(site.page_path)  # the news page read
    if not site.events and not site.page.found_news:
        headings = ", ".join(repr(h) for h in site.settings.news_headings)
        raise BuildError(f"{page}: no news found (no heading such as {headings}); {outcome}")
    if not site.events:  # a news section without items: never publish empty feeds
        heading = site.page.filled_section or site.page.news_heading  # the one showing words
        where = f":{heading[1]}" if heading and heading[1] else ""
        text = heading[0] if heading else ""
        name = f" {text if len(text) <= 60 else text[:59] + '…'!r}" if text else ""
        raise BuildError(f"{page}{where}: the news section{name} yields no items; {outcome}")


def ready_to_publish(site: Site, reporter: Reporter | None = None) -> None:
    """Refuse to publish what readers should not get (``build`` and ``check`` alike):
    a page without news, a site without ``site_url``, or errors in the input."""
    refuse_empty(site)
    page = display_path(site.page_path)
    if not site.settings.site_url:
        if unread := site_url_error(site.content_dir):
            raise BuildError(unread)
        raise BuildError(
            f"{page}: site_url is not set, so feed ids and links would be relative and change "
            f"once it is: set site_url in {display_path(site.content_dir / CONFIG_NAME)}, "
            "pass --site-url, or set url in _config.yml"
        )
    if reporter is not None and (errors := reporter.errors):
        raise BuildError(
            f"{len(errors)} error(s) in the input (above); nothing written, the last outputs stay"
        )


@no_collections()
def build(
    content: Path,
    out: Path | None = None,
    *,
    overrides: dict[str, Any] | None = None,
    today: dt.date | None = None,
    reporter: Reporter | None = None,
    progress: bool = False,
    notify: bool = False,
) -> BuildResult:
    """Read, enrich, render and publish: the whole of ``feeds build``; with ``notify``,
    then tell the WebSub hub which feeds changed (:func:`notify_hub`)."""
    reporter = reporter or Reporter(quiet=True)
    content = site_folder(content, reporter, overrides)  # web/ when the root has no site
    with reading_once():  # each page read and decoded once, whichever readers ask
        sites = language_sites(content, overrides, loader(content, today), reporter)
    site = sites[0][1]  # the default language's, at the output root
    for _, each in sites:
        ready_to_publish(each, reporter)
    check_setting_kinds([each for _, each in sites], overrides)
    clean_temps(site.content_dir, [Path(site.settings.arxiv_cache).name])  # a killed build's
    for code, each in sites:
        enrich_site(each, reporter, progress=progress)
        ready_to_publish(each, reporter)  # enrichment may have found errors (a cache refused)
        for event, why in each.calendar_notes():
            reporter.info(event.source, event.line, why)
        if why := each.empty_calendar():
            reporter.info(f"{code}/talks.ics" if code else "talks.ics", None, why)
    result = write_outputs(site, out or Path(site.settings.out), sites[1:])
    if notify:
        result.pinged = notify_hub(result, reporter)
    return result


def list_items(
    content: Path,
    *,
    kinds: list[str] | tuple[str, ...] = (),
    upcoming: bool = False,
    overrides: dict[str, Any] | None = None,
    today: dt.date | None = None,
    reporter: Reporter | None = None,
) -> list[Item]:
    """The items ``feeds list`` shows: of ``kinds`` (all when none), only those still to
    come when ``upcoming``; arXiv metadata from the cache alone. Every language's items
    of a multilingual site, the default language's first (:func:`list_by_language`)."""
    found = list_by_language(
        content, kinds=kinds, upcoming=upcoming, overrides=overrides, today=today,
        reporter=reporter,
    )  # fmt: skip
    return [item for _, item in found]


def list_by_language(
    content: Path,
    *,
    kinds: list[str] | tuple[str, ...] = (),
    upcoming: bool = False,
    overrides: dict[str, Any] | None = None,
    today: dt.date | None = None,
    reporter: Reporter | None = None,
) -> list[tuple[str, Item]]:
    """:func:`list_items`, each item with the language of its feeds."""
    reporter = reporter or Reporter(quiet=True)
    content = site_folder(content, reporter, overrides)  # web/ when the root has no site
    with reading_once():  # each page read and decoded once, whichever readers ask
        sites = language_sites(content, overrides, loader(content, today), reporter)
    root = sites[0][1]
    refuse_empty(root, "nothing to list")
    check_listed_kinds(kinds, [site for _, site in sites])
    if not root.settings.site_url:
        reporter.warn(
            display_path(root.page_path), None, "site_url is not set: links stay relative"
        )
    found = []
    for _, site in sites:
        enrich_site(site, reporter, offline_only=True)
        found += [(site.settings.language, item) for item in site.select(kinds, upcoming)]
    return found


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
    content = site_folder(content, reporter, overrides)
    site = load_site(content, overrides=overrides, reporter=reporter)
    try:
        wanted = [normalise(i) for i in ids if i.strip()] if ids else None
    except ValueError as exc:
        raise BuildError(str(exc)) from exc
    if site.settings.offline:
        raise BuildError("offline (FEEDS_OFFLINE or --offline): nothing can be fetched")
    return enrich_site(site, reporter, progress=progress, refresh=refresh, ids=wanted)
