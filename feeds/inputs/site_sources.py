"""Every input of a content folder read into its own list (:class:`Sources`), then merged
into one list of items (:func:`merge`): see :mod:`feeds.inputs` for the inputs and their order.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..config import Settings
from ..diagnostics import BuildError, Reporter, display_path
from ..ids import identity
from ..model import Item
from ..parse.page import Page
from .archive import read_archives
from .astro_config import astro_defaults
from .collection_news_pages import read_collection_news_pages
from .content_folder import read_content_folder
from .dated_section import dated_archives, dated_page
from .demo_news import DEMO
from .doc_sites import doc_site_defaults
from .docusaurus import docusaurus_defaults, docusaurus_note, read_docusaurus_news
from .fuller_news import fuller_news
from .hexo import read_hexo_posts
from .html_language import html_defaults
from .html_news_pages import language_note
from .hugo import config_files, hugo_defaults, is_hugo
from .hugo_dated_widgets import EMPTY_WIDGET
from .hugo_layout_news import homepage_note
from .hugo_params_news import params_news_note
from .hugo_posts import read_hugo_news
from .jekyll import config_path, jekyll_defaults
from .jekyll_layouts import read_layout_news
from .jekyll_posts import read_shown_posts
from .js_sites import is_js_site
from .linked_news import SHORT_LIST, linked_news_pages, news_link_targets
from .looped_collections import beside_looped_news
from .mkdocs_blog import read_mkdocs_blog
from .news_collection import read_news
from .news_page import headless_page, is_news_file, news_page_candidates
from .page_reader import read_news_page
from .quarto_listing import listing_items, listings_of, read_listings
from .redirect_pages import redirect_note
from .script_news import scripted_news
from .site_news_pages import site_page_note
from .talk_pages import read_talks


@dataclass
class Sources:
    """What each input holds, before merging (each list in its own order)."""

    page: Page  # the homepage
    home: list[Item] = field(default_factory=list)
    archive: list[Item] = field(default_factory=list)
    news: list[Item] = field(default_factory=list)
    talks: list[Item] = field(default_factory=list)  # of a talks page or section

    @property
    def groups(self) -> tuple[tuple[str, list[Item]], ...]:
        return (
            ("homepage", self.home),
            ("archive page", self.archive),
            ("_news", self.news),
            ("talks", self.talks),
        )


def site_defaults(folder: Path) -> dict[str, Any]:
    """Settings the site's generator configuration implies (Jekyll ``_config.yml``,
    Hugo ``config.toml``/``hugo.toml``/``config/_default/``, ``mkdocs.yml``,
    ``pelicanconf.py``, Astro's ``i18n.defaultLocale``, ``docusaurus.config.js``); ``feeds.toml``
    overrides."""
    return {
        **html_defaults(folder),  # a hand-written site's <html lang>, unless one says
        **astro_defaults(folder),
        **doc_site_defaults(folder),
        **docusaurus_defaults(folder),
        **hugo_defaults(folder),
        **jekyll_defaults(folder),
    }


def site_defaults_origin(folder: Path) -> Path:
    """The file named in warnings about :func:`site_defaults`: ``_config.yml`` (it wins),
    else the Hugo configuration, else ``_config.yml`` all the same."""
    jekyll, hugo = config_path(folder), config_files(folder)
    return hugo[0] if hugo and not jekyll.is_file() else jekyll


def gather(
    content_dir: Path,
    page_path: Path,
    settings: Settings,
    tz: dt.tzinfo,
    reporter: Reporter,
    *,
    collections: bool = True,
) -> tuple[Page, list[Item]]:
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
    scratch = _scratch()
    candidates = news_page_candidates(content_dir, settings.news_headings) if collections else []
    named = page_path.resolve() in {c.resolve() for c in candidates}
    named = named or (not collections and is_news_file(page_path))  # a news file alone
    docusaurus = docusaurus_note(content_dir, page_path, settings.news_headings)  # its blog
    if page_path.is_dir() and is_js_site(content_dir) and not (is_hugo(content_dir) or docusaurus):
        page, home = read_content_folder(content_dir, page_path, settings.site_root, scratch)
    elif page_path.is_dir():  # a Hugo theme's or layout's homepage: the folder's pages, data
        page, home = Page(display_path(page_path), {}, ""), []
        note = docusaurus or params_news_note(content_dir) or homepage_note(content_dir, page_path)
        scratch.info(page.source, None, note)
    else:
        headless = headless_page(page_path, settings.news_headings, named_news=named)
        page, home = read_news_page(
            page_path, settings, scratch, headless=headless, site=content_dir
        )
        note = (
            site_page_note(content_dir, page_path, settings.news_headings) if collections else None
        )
        if collections and (sent := redirect_note(content_dir, page_path)) is not None:
            reporter.info(page.source, None, sent)  # index.html sends its readers to en/
        if note is not None:  # _pages/about_cn.md read as the homepage: -v says so
            scratch.info(page.source, None, note)
    if not home and not page_path.is_dir():  # the loop is in the page's Jekyll layout
        laid_out = read_layout_news(page_path, content_dir, settings)
        if laid_out is not None:
            laid_out[0].title = page.title or laid_out[0].title
            page, home, scratch = laid_out[0], laid_out[1], laid_out[3]
    lost = any(problem.code == "lost" for problem in scratch.problems)
    # no news list, or one read only in part (a theme's homepage has none to read)
    dated = sum(item.span is not None for item in home)
    undated = 2 * dated < len(home)  # a short, mostly undated list: a news page may say more
    empty_news, listed_news = None, None  # listed_news: a news page whose listing gave them
    if (not home or lost or undated) and collections and not page_path.is_dir():
        found = read_news_pages(
            content_dir, page, page_path, settings, dated if undated else len(home), tz
        )
        if found is not None and found[1]:  # the homepage's problems: a page without news
            page, home, page_path, scratch, by_listing = found
            listed_news = page_path if by_listing else None
        empty_news = found if found is not None and not found[1] else None
    listing_page = bool(listings_of(page_path)) if page_path.is_file() else False
    if collections and 0 < len(home) <= SHORT_LIST and not listing_page:  # the menu's "News"
        linked = linked_news_pages(content_dir, page, page_path, settings)
        page = replace(page, archive=[*page.archive, *linked]) if linked else page
    fuller_page = None  # the page of all the news read in place of the homepage's few
    if collections and home and not page_path.is_dir():  # "Latest 8 …", "All news →"
        fuller = fuller_news(content_dir, page, page_path, home, settings)
        if fuller is not None:
            page, home, page_path, scratch = fuller
            fuller_page = page.source
    sources = Sources(page, home)
    sources.archive = read_archives(
        content_dir, page, page_path, settings, scratch, known=home, tz=tz
    )
    if collections:
        site_url = settings.site_root.rstrip("/")
        sources.news = read_news(content_dir, site_url, tz, scratch)
        sources.home = beside_looped_news(content_dir, page_path, home, sources.news, scratch)
        sources.news += read_collection_news_pages(content_dir, settings, scratch)
        archived = {item.source for item in sources.archive} | {fuller_page}  # news/archive.md
        hugo = read_hugo_news(content_dir, site_url, tz, scratch, known=home, settings=settings)
        sources.news += [item for item in hugo if item.source not in archived]  # not a post too
        sources.news += read_mkdocs_blog(content_dir, site_url, tz, scratch)
        sources.news += read_hexo_posts(content_dir, site_url, tz, scratch)
        sources.news += read_docusaurus_news(content_dir, site_url, settings.news_headings, scratch)
        if not (home or sources.news):  # _posts/ a Liquid loop shows as the news
            sources.news = read_shown_posts(content_dir, page_path, settings, site_url, tz, scratch)
    demos = [p for p in scratch.problems if p.code == DEMO]  # said whatever page is kept
    sources.news += read_listings(
        content_dir, page_path, settings, tz, scratch, whole_site=collections, known=home,
        read=listed_news,
    )  # fmt: skip
    known = [*sources.home, *sources.archive, *sources.news]
    sources.talks = read_talks(
        content_dir, page_path, settings, scratch, whole_site=collections, known=known
    )
    others = bool(sources.archive or sources.news or sources.talks)
    if not (home or others) and not page_path.is_dir():  # "<h2>Logs</h2>" over dated lines
        guessed = dated_page(page_path, settings, content_dir, whole_site=collections)
        if guessed is not None:  # and the older news its "more news" link points to
            sources.page, sources.home, scratch = guessed
            sources.archive = dated_archives(guessed, page_path, settings, content_dir, tz)
    empty_widget = next((p for p in scratch.problems if p.code == EMPTY_WIDGET), None)
    if not (sources.home or others or empty_widget) and empty_news:  # the news page's list
        sources.page, scratch = empty_news[0], empty_news[3]  # says why: it yields nothing
    fatal = empty_widget is not None and not (home or others)  # the news widget says why
    for problem in [*(p for p in demos if p not in scratch.problems), *scratch.problems]:
        if (others or empty_widget) and problem.code in ("no-news", "no-items"):
            continue
        if not (fatal and problem is empty_widget):
            reporter.report(problem)
    if fatal and empty_widget is not None:
        raise BuildError(f"{empty_widget.source}:{empty_widget.line}: {empty_widget.message}")
    return sources


def read_news_pages(
    content_dir: Path,
    home: Page,
    home_path: Path,
    settings: Settings,
    more_than: int = 0,
    tz: dt.tzinfo = dt.UTC,
) -> tuple[Page, list[Item], Path, Reporter, bool] | None:
    """The first separate news page with more than ``more_than`` items (page, items,
    path, its problems and an info note saying it was used, whether its items are its
    listing's entries), when the homepage has no
    news or shows more list entries than it gave items (a Markdown news file included
    into an HTML page through a filter). When the homepage has no news section, the first
    news page whose list yields nothing (with no items), to name it; else ``None``."""
    scripted = {
        s.path: s.call for s in scripted_news(home_path, content_dir, settings.news_headings)
    }
    empty = None  # the first news page whose list yields nothing, when the homepage has none
    for path in dict.fromkeys(
        [
            *scripted,
            *news_page_candidates(content_dir, settings.news_headings),
            *news_link_targets(content_dir, home, home_path, settings),  # <a>Notícias…</a>
        ]
    ):
        if path.resolve() == home_path.resolve():
            continue
        found, listed = _scratch(), _scratch()
        page, events = read_news_page(path, settings, found, headless=True, site=content_dir)
        listing = listing_items(listings_of(path), content_dir, settings.site_root, tz, listed)
        if listing:  # a listing page's news is its listing's entries, not its body's links
            page.archive, events, found = [], listing, listed
        if len(events) <= more_than:
            if not (events or more_than or home.found_news or empty):
                empty = (page, events, path, found, False)
            continue
        why = "reads only part of its news list" if more_than else "has no news list"
        why = f"loads it with a script: {scripted[path]}" if path in scripted else why
        found.info(
            page.source,
            None,
            f"news read from this page: the homepage {display_path(home_path)} {why}",
        )
        if (note := language_note(path, content_dir)) is not None:  # news_ja.html not read
            found.info(page.source, None, note)
        page.title = home.title or page.title
        return page, events, path, found, bool(listing)
    return empty


def _scratch() -> Reporter:
    """A reporter that keeps problems to pass on (or drop) later, printing nothing."""
    return Reporter(quiet=True, stream=io.StringIO())


def merge(sources: Sources, reporter: Reporter) -> list[Item]:
    """One list: each input's items, minus those an earlier input already has."""
    first: dict[str, tuple[str, Item]] = {}
    merged: list[Item] = []
    places: set[tuple[str, int, str, str]] = set()
    for name, events in sources.groups:
        fresh = []
        for event in events:
            key = identity(event)  # worked out once per item (~10 us each)
            place = (event.source, event.line, key, event.text)
            if place in places:  # one entry shown twice (two loops over one data file)
                reporter.info(event.source, event.line, "the same entry shown twice; one item")
                continue
            places.add(place)
            known = first.get(key)
            if known is not None:
                reporter.info(
                    event.source,
                    event.line,
                    f"same item as {known[1].source}:{known[1].line} "
                    f"({known[0]}); merged, the {known[0]} one is kept",
                )
                continue
            fresh.append((key, event))
        for key, event in fresh:
            first.setdefault(key, (name, event))
        merged += [event for _, event in fresh]
    return merged
