"""Stage 1, reading the site: every input of a content folder in one list of items.

The inputs are the homepage's news list, the pages its "Archive" links point to (when
they are in the site, :mod:`.archive`) and the al-folio ``_news/`` collection
(:mod:`.news_collection`); :mod:`.jekyll` knows the Jekyll conventions. They are read
in that order and merged: an item that another input already has (same kind, date and
main link, or same title when it has no link) is dropped with a note, so the homepage
list wins. Items repeated *within* one input are kept for :func:`~feeds.ids.assign_ids`
to report as duplicates.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Settings
from ..diagnostics import BuildError, Reporter
from ..ids import identity
from ..model import Event
from ..parse.page import Page
from .archive import read_archives, read_news_page
from .jekyll import find_homepage
from .news_collection import read_news


@dataclass
class Sources:
    """What each input holds, before merging (each list in its own order)."""

    page: Page  # the homepage
    home: list[Event] = field(default_factory=list)
    archive: list[Event] = field(default_factory=list)
    news: list[Event] = field(default_factory=list)

    @property
    def groups(self) -> tuple[tuple[str, list[Event]], ...]:
        return (("homepage", self.home), ("archive page", self.archive), ("_news", self.news))


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


def gather(
    content_dir: Path,
    page_path: Path,
    settings: Settings,
    tz: dt.tzinfo,
    reporter: Reporter,
    *,
    collections: bool = True,
) -> tuple[Page, list[Event]]:
    """The homepage and the merged events of every input (ids not yet assigned)."""
    sources = read_sources(content_dir, page_path, settings, tz, reporter, collections=collections)
    return sources.page, merge(sources, reporter)


def read_sources(
    content_dir: Path,
    page_path: Path,
    settings: Settings,
    tz: dt.tzinfo,
    reporter: Reporter,
    *,
    collections: bool = True,
) -> Sources:
    """Read every input, each in its own list (``collections``: read ``_news/`` too)."""
    scratch = Reporter(stream=io.StringIO(), quiet=True)  # prints nothing, errors included
    page, home = read_news_page(page_path, settings, scratch)
    sources = Sources(page, home)
    sources.archive = read_archives(content_dir, page, page_path, settings, scratch)
    if collections:
        sources.news = read_news(content_dir, settings.site_root.rstrip("/"), tz, scratch)
    others = bool(sources.archive or sources.news)
    for problem in scratch.problems:
        if not (others and problem.code in ("no-news", "no-items")):
            reporter.report(problem)
    return sources


def merge(sources: Sources, reporter: Reporter) -> list[Event]:
    """One list: each input's items, minus those an earlier input already has."""
    first: dict[str, tuple[str, Event]] = {}
    merged: list[Event] = []
    for name, events in sources.groups:
        fresh = []
        for event in events:
            known = first.get(identity(event))
            if known is not None:
                reporter.info(
                    event.source,
                    event.line,
                    f"same item as {known[1].source}:{known[1].line} "
                    f"({known[0]}); merged, the {known[0]} one is kept",
                )
                continue
            fresh.append(event)
        for event in fresh:
            first.setdefault(identity(event), (name, event))
        merged += fresh
    return merged
