"""Every input of a content folder in one model.

The inputs are the homepage's news list, the pages its "Archive" links point to (when
they are in the site) and the al-folio ``_news/`` collection. They are read in that
order and merged: an item that another input already has (same kind, date and main
link, or same title when it has no link) is dropped with a note, so the homepage list
wins. Items repeated *within* one input are kept for :func:`~feeds.ids.assign_ids` to
report as duplicates.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from .config import Settings
from .diagnostics import Reporter, display_path
from .ids import identity
from .jekyll import find_homepage, front_matter, site_pages
from .model import Event
from .parse import parse_page
from .parse.page import Page

_FRONT = re.compile(r"\A(?:\ufeff)?---[ \t]*\n(?:.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


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
    site_root: str | None = None,
    collections: bool = True,
) -> Sources:
    """Read every input; ``site_root=""`` keeps links as written (for ``feeds check``)."""
    from .news_collection import read_news

    root = settings.site_root if site_root is None else site_root
    scratch = Reporter(quiet=True)
    page, home = _parse(page_path, display_path(page_path), root, settings, scratch)
    sources = Sources(page, home)
    todo = [(page, page_path)]
    seen = {page_path.resolve()}
    while todo:  # archive pages, and theirs in turn
        parent, parent_path = todo.pop(0)
        for text, href, line in parent.archive:
            target = archive_target(content_dir, parent, href, settings.site_url)
            if target is None:
                scratch.info(
                    parent.source,
                    line,
                    f"archive link [{text}]({href}) is not a "
                    f"page of the site {display_path(content_dir)}; not read",
                )
                continue
            if target.resolve() in seen:
                continue
            seen.add(target.resolve())
            archived, events = _parse(
                target, display_path(target), root, settings, scratch, headless=True
            )
            for event in events:
                event.section = "archive" if event.section == "news" else event.section
            sources.archive += events
            todo.append((archived, target))
    if collections:
        sources.news = read_news(content_dir, root.rstrip("/"), tz, scratch)
    others = bool(sources.archive or sources.news)
    for problem in scratch.problems:
        if not (others and problem.code == "no-news"):
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


def archive_target(site: Path, page: Page, href: str, site_url: str) -> Path | None:
    """The page of ``site`` an archive link of ``page`` points to, else ``None``."""
    parts = urlsplit(href.strip())
    path = parts.path
    if parts.scheme or parts.netloc:
        root = site_url.rstrip("/") + "/"
        if not site_url or not href.startswith(root):
            return None
        path = "/" + href[len(root) :].split("#")[0].split("?")[0]
    base = str(page.meta.get("permalink") or "/")
    return find_page(
        site, urljoin(base if base.startswith("/") else "/" + base, path), urlsplit(site_url).path
    )


def find_page(site: Path, url_path: str, baseurl: str = "") -> Path | None:
    """The Markdown page of ``site`` served at ``url_path`` (``/stanford-2016-2019/``).

    Tried: ``<path>.md``, ``<path>/index.md``, ``_pages/<path>.md``, then any page
    whose front-matter ``permalink`` is that path.
    """
    path = posixpath.normpath("/" + unquote(url_path)).rstrip("/")
    baseurl = baseurl.rstrip("/")
    if baseurl and (path + "/").startswith(baseurl + "/"):
        path = path[len(baseurl) :]
    stem = re.sub(r"\.(?:html?|md|markdown)$", "", path).strip("/")
    if not stem:
        return find_homepage(site)
    for name in (
        f"{stem}.md",
        f"{stem}.markdown",
        f"{stem}/index.md",
        f"_pages/{stem}.md",
        f"_pages/{stem}.markdown",
    ):
        candidate = site / name
        if candidate.is_file() and candidate.resolve().is_relative_to(site.resolve()):
            return candidate
    for candidate in site_pages(site):
        link = str(front_matter(candidate).get("permalink") or "")
        if link.strip() and re.sub(r"\.html?$", "", link.strip().strip("/")) == stem:
            return candidate
    return None


def _parse(
    path: Path,
    source: str,
    site_root: str,
    settings: Settings,
    reporter: Reporter,
    *,
    headless: bool = False,
) -> tuple[Page, list[Event]]:
    """``parse_page``; an archive page without a news heading is read as one news list."""

    def run(text: str | None, into: Reporter) -> tuple[Page, list[Event]]:
        return parse_page(
            path,
            site_root=site_root,
            news_headings=settings.news_headings,
            archive_headings=settings.archive_headings,
            reporter=into,
            source=source,
            text=text,
        )

    if not headless:
        return run(None, reporter)
    trial = Reporter(quiet=True)
    page, events = run(None, trial)
    if not page.found_news:  # add a heading just after the front matter, then shift back
        text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
        match = _FRONT.match(text)
        cut = match.end() if match else 0
        if cut and not text[:cut].endswith("\n"):
            text, cut = text + "\n", cut + 1
        at = text[:cut].count("\n") + 1  # the line the heading takes
        trial = Reporter(quiet=True)
        page, events = run(text[:cut] + "# News\n" + text[cut:], trial)
        for event in events:
            event.line = _back(event.line, at)
        page.archive = [(text, href, _back(line, at)) for text, href, line in page.archive]
        trial.problems = [
            dataclasses.replace(p, line=p.line and _back(p.line, at)) for p in trial.problems
        ]
    for problem in trial.problems:
        reporter.report(problem)
    return page, events


def _back(line: int, at: int) -> int:
    """A line number of the text with a heading added at line ``at``, in the real file."""
    return line - 1 if line > at else line
