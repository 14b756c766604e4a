"""One page of the site read for news, its includes expanded (:mod:`.includes`).

The page and what it includes are parsed as one text; afterwards every item and
every problem is given back the file and line it was written in, so a diagnostic
names ``_pages/includes/news.md:7``, not a line of the expanded text.
"""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

from ..config import Settings
from ..diagnostics import BuildError, Reporter, display_path
from ..model import Item
from ..parse import page_events, parse_page
from ..parse.front_matter import read_text
from ..parse.page import Page
from .data_file import is_data_file, read_data_file
from .field_posts import field_posts
from .headed_posts import headed_posts
from .heading_date_posts import heading_date_posts
from .hugo_landing import landing_news
from .hugo_layout_files import layout_files, with_layout_files
from .includes import Expanded, expand
from .news_page import is_news_title
from .parsed_pages import Parsed, page_key, parsed_pages

_POST_PAGES = (".md", ".markdown", ".rmd", ".qmd")  # Markdown pages a post may head


def read_news_page(
    path: Path,
    settings: Settings,
    reporter: Reporter,
    *,
    headless: bool = False,
    site: Path | None = None,
) -> tuple[Page, list[Item]]:
    """``parse_page`` with the site's settings (links absolute against ``site_url``),
    includes expanded (followed only inside ``site``, default: the page's folder)."""
    if is_data_file(path):  # --content data/news.yaml: its entries, never Markdown
        zone = ZoneInfo(settings.timezone)
        return read_data_file(path, settings.site_root, zone, reporter, settings.language)
    source = display_path(path)
    text = read_text(path, source)
    landing = landing_news(text, source, lambda t: is_news_title(t, settings.news_headings))
    if landing is not None:  # its text may show files through shortcodes
        expanded = _landing_expanded(landing, path, site or path.parent, reporter, source)
    else:
        expanded = expand(path, site or path.parent, reporter, text=text)
        if site is not None and (shown := layout_files(path, site)):  # assets/news.md
            expanded = with_layout_files(expanded, shown, path)
    plain = not expanded.changed
    cache = parsed_pages(settings.cache)
    key = page_key(
        path.suffix.lower(), source, headless, settings.site_root, settings.news_headings,
        settings.archive_headings, plain, text if plain else (expanded.text, expanded.origins),
        settings.language,
    )  # fmt: skip
    if (hit := cache.load(source, key)) is not None:
        for problem in hit.problems:
            reporter.report(problem)
        return hit.page, hit.items
    before = len(reporter.problems)
    scratch = Reporter(quiet=True, stream=io.StringIO())
    try:
        page, events = parse_page(
            path,
            site_root=settings.site_root,
            news_headings=settings.news_headings,
            archive_headings=settings.archive_headings,
            reporter=reporter if plain else scratch,
            source=source,
            text=None if plain else expanded.text,
            headless=headless,
            language=settings.language,
        )
    except BuildError as exc:  # "page.md:12: …" names a line of the expanded text
        raise BuildError(_remap_message(str(exc), expanded, source)) from None
    if not plain:
        remap(page, events, scratch, expanded, source, reporter)
    if plain and path.suffix.lower() in (".md", ".markdown"):  # "## Title" / "Date: …"
        events = _field_posts(page, events, text, settings, reporter, before)
    if headless and path.suffix.lower() in _POST_PAGES:  # "## Title", then "3rd of May:"
        events = _heading_date_posts(page, events, expanded, settings, reporter, before)
    if plain and not events and page.news_heading is not None:  # "# News" over a note
        events = _posts_after(page, text, settings, reporter, before)  # "# Lab events"
    cache.store(source, key, Parsed(page, events, reporter.problems[before:]))
    return page, events


def _posts_after(
    page: Page, text: str, settings: Settings, reporter: Reporter, before: int
) -> list[Item]:
    """The posts of the section after a news section that yields nothing
    (:mod:`.headed_posts`), its "yields no items" error withdrawn when there are some."""
    found = Reporter(quiet=True, stream=io.StringIO())
    line = page.news_heading[1] if page.news_heading else 0
    site_root, headings = settings.site_root, settings.news_headings
    events = headed_posts(text, line, page.source, site_root, headings, found)
    if events:
        kept = [p for p in reporter.problems[before:] if p.code != "no-items"]
        del reporter.problems[before:]
        reporter.problems.extend(kept + found.problems)
        page.items = []
    return events


def _heading_date_posts(
    page: Page,
    events: list[Item],
    expanded: Expanded,
    settings: Settings,
    reporter: Reporter,
    before: int,
) -> list[Item]:
    """The posts of a news page written as headings each over a date paragraph
    (:mod:`.heading_date_posts`) in place of what its text gave, when they are more, with
    that reading's problems; each named by the file and line it is written in."""
    raws = heading_date_posts(expanded.text, page.source)
    if len(raws) <= len(events):
        return events
    for raw in raws:
        raw.source, raw.line = _where(expanded, raw.line, page.source)
    found = Reporter(quiet=True, stream=io.StringIO())
    posts = page_events(replace(page, items=raws, archive=[], sections=[]), page.source,
                        settings.site_root, found, settings.language)  # fmt: skip
    if len(posts) <= len(events):
        return events
    return _instead(page, posts, found, reporter, before)


def _field_posts(
    page: Page, events: list[Item], text: str, settings: Settings, reporter: Reporter, before: int
) -> list[Item]:
    """The posts of a news file written as headings over field lines
    (:mod:`.field_posts`) in place of what its text gave, with that reading's problems."""
    found = Reporter(quiet=True, stream=io.StringIO())
    posts = field_posts(text, page.source, settings.site_root, found)
    if not posts:
        return events
    return _instead(page, posts, found, reporter, before)


def _instead(
    page: Page, posts: list[Item], found: Reporter, reporter: Reporter, before: int
) -> list[Item]:
    """``posts`` in place of what the page's text gave (its items and the problems said
    since ``before``), with the problems their own reading ``found``."""
    del reporter.problems[before:]
    reporter.problems.extend(found.problems)
    page.items = []
    return posts


def _landing_expanded(
    landing: Expanded, path: Path, site: Path, reporter: Reporter, source: str
) -> Expanded:
    """The news text of a Hugo landing page with what its tags show expanded, each
    line known by the file and line it comes from."""
    scratch = Reporter(quiet=True, stream=io.StringIO())
    inner = expand(path, site, scratch, text=landing.text)
    for problem in scratch.problems:
        if problem.source == source and problem.line:
            origin, line = landing.where(problem.line)
            problem = replace(problem, line=line if origin == source else problem.line)
        reporter.report(problem)
    origins = [landing.where(n) if s == source else (s, n) for s, n in inner.origins]
    return Expanded(inner.text, [(s or source, n or 1) for s, n in origins], inner.included)


def remap(
    page: Page,
    events: list[Item],
    found: Reporter,
    expanded: Expanded,
    source: str,
    reporter: Reporter,
) -> None:
    """Give the items, archive links and problems of ``page`` their own file and line."""
    for event in events:
        if event.source == source:
            event.source, event.line = _where(expanded, event.line, source)
    for item in page.items:
        if item.source == source:
            item.source, item.line = _where(expanded, item.line, source)
    page.archive = [
        (text, href, line if origin != source else moved)
        for text, href, line in page.archive
        for origin, moved in [_where(expanded, line, source)]
    ]
    for name in ("news_heading", "filled_section"):  # (text, line) where the page has one
        heading = getattr(page, name, None)
        if heading is not None and heading[1]:
            origin, line = _where(expanded, heading[1], source)
            setattr(page, name, (heading[0], line if origin == source else heading[1]))
    for problem in found.problems:
        if problem.source == source and problem.line:
            origin, line = _where(expanded, problem.line, source)
            problem = replace(problem, source=origin, line=line)
        reporter.report(problem)


def _remap_message(message: str, expanded: Expanded, source: str) -> str:
    """A ``source:line: …`` message with the file and line the line came from."""
    prefix = f"{source}:"
    number = message[len(prefix) :].split(":", 1)[0] if message.startswith(prefix) else ""
    if not number.isdigit():
        return message
    origin, line = _where(expanded, int(number), source)
    return f"{origin}:{line}:{message[len(prefix) + len(number) + 1 :]}"


def _where(expanded: Expanded, line: int, source: str) -> tuple[str, int]:
    origin, moved = expanded.where(line)
    return (origin, moved) if origin is not None and moved is not None else (source, line)
