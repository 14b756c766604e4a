"""Quarto listing pages (and distill's ``listing: posts``) as news.

A page whose front matter has ``listing:`` shows one entry per document of its
``contents``: a folder, a glob, a list of those (``!`` before a glob leaves documents
out) or a YAML file of entries; a list of listings, each with its ``id``, is one page
with several. Each listed document is an item (:mod:`.listed_item`).

A page in another language than the homepage (``ja/index.qmd`` with ``lang: ja``) is
that language's: its listings are not this feed's news. An entry of a YAML listing
(``updates.yml``) that repeats one an earlier listing gave (same date, and title or
link, the same page at an anchor too) is read once.

A listing is news when its page says so by its title or file name in any of our
languages (``News``, ``noticias.qmd``), when the site's navbar links to the page as
news (``_quarto.yml``, R Markdown's ``_site.yml``; :mod:`.notebook_site`), or when the
listing's own ``id``, folder, or place in the page (its ``::: {#id}`` under a
``## News`` heading) does. When the site has no other news, a listing page whose
``description`` says news ("Blog", "Updates from the lab") is the news, as a Jekyll blog
page described so is (:mod:`.described_news_pages`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import Settings
from ..diagnostics import BuildError, Reporter, display_path
from ..model import Item
from ..parse.front_matter import (
    blank_front_matter,
    front_matter,
    key_line,
    read_text,
)
from .html_news_pages import page_language, site_language
from .listed_item import DOCUMENT_SUFFIXES, date_order, listed_item
from .listing_documents import shown_documents
from .listing_entries import shown_fields, title_is_label, yaml_item
from .news_page import inside, news_page_candidates
from .notebook_site import SITE_FILES, navbar_pages, says_news
from .shown import Shown

_VIEW_TYPES = ("default", "grid", "table")
_HEADING = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t#]*$")
_FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class Listing:
    """One listing of a page: its ``id`` (``""`` when none) and ``contents`` entries."""

    page: Path
    ident: str
    contents: tuple[Any, ...]
    shown: tuple[str, ...] = ()  # the fields it shows as words (its template's)
    labelled: bool = False  # its ``title`` column is a category: the description is words


def read_listings(
    site_dir: Path,
    page_path: Path,
    settings: Settings,
    tz: dt.tzinfo,
    reporter: Reporter,
    *,
    whole_site: bool = True,
    known: Iterable[Item] = (),
    read: Path | None = None,
) -> list[Item]:
    """The items of the site's news listings, newest first, each document once, except
    those ``known`` (the homepage's) shows already; only those of ``page_path`` when
    not ``whole_site`` (a page the user named is news). The documents the listings of the
    page ``read`` already gave (the news page whose listing gave ``known``) are not read
    again, by its listings or another page's: their warnings are said once."""
    done: set[Path] = set()
    if whole_site:
        known = list(known)
        chosen = news_listings(site_dir, page_path, settings.news_headings)
        if not chosen and not known:  # a listing only its description says is news
            chosen = news_listings(site_dir, page_path, settings.news_headings, described=True)
        if read is not None:
            chosen = [c for c in chosen if c.page.resolve() != read.resolve()]
            done = {d.resolve() for c in listings_of(read) for d in listed(c, site_dir)[0]}
    else:
        chosen = listings_of(page_path)
    events = listing_items(chosen, site_dir, settings.site_root, tz, reporter, done)
    return Shown(known).new(events, reporter)


def listing_items(
    chosen: list[Listing],
    site_dir: Path,
    site_root: str,
    tz: dt.tzinfo,
    reporter: Reporter,
    read: Iterable[Path] = (),
) -> list[Item]:
    """Every entry of the listings ``chosen`` as an item, newest first, except the
    documents ``read`` already (resolved paths); a listing that shows nothing (no
    documents, or only drafts) is said with its page and line."""
    seen: set[Path] = set(read)
    events: list[Item] = []
    for listing in chosen:
        documents, entries = listed(listing, site_dir)
        fresh = [d for d in documents if d.resolve() not in seen]
        seen.update(d.resolve() for d in fresh)
        order = date_order([front_matter(d).get("date") for d in fresh])
        found = [
            e
            for d in fresh
            if (e := listed_item(d, site_dir, site_root, tz, reporter, order, listing.labelled))
        ]
        listed_entries = [
            e
            for data, source, line in entries
            if (e := yaml_item(data, source, line, listing.shown, site_root, tz, reporter))
        ]
        if events and listed_entries:  # updates.yml repeating the news listing's entries
            again = Shown(events, by_link=True, place="another listing", into_page=True)
            listed_entries = again.new(listed_entries, reporter)
        found += listed_entries
        if not found and len(fresh) == len(documents):
            _say_empty(listing, reporter)
        elif found:
            source = display_path(listing.page)
            line = key_line(read_text(listing.page, source), "listing")
            reporter.info(source, line, f"news read from this listing: {len(found)} items")
        events += found
    undated = dt.date.max
    return sorted(events, key=lambda e: -(e.span.start if e.span else undated).toordinal())


def _say_empty(listing: Listing, reporter: Reporter) -> None:
    source = display_path(listing.page)
    name = f"listing {listing.ident!r}" if listing.ident else "listing"
    reporter.warn(
        source,
        key_line(read_text(listing.page, source), "listing"),
        f"the {name} shows no documents (contents: "
        f"{', '.join(map(str, listing.contents))}); nothing read from it",
        code="no-items",
    )


def news_listings(
    site_dir: Path, homepage: Path, news_headings: list[str], *, described: bool = False
) -> list[Listing]:
    """The listings of the site that are news (none unless it is a Quarto or R Markdown
    site, or the homepage is a notebook page); ``described``: instead those of a page
    whose ``description`` says news ("Blog", described as "Updates from the lab"), read
    when the site has no other news."""
    notebook = homepage.suffix.lower() in (".qmd", ".rmd")
    if not notebook and not any((site_dir / name).is_file() for name in SITE_FILES):
        return []
    linked = navbar_pages(site_dir, news_headings)
    navbar = [page for page, news in linked if news]
    # "News" links a page of its own (no listing): a listing the navbar names otherwise
    # ("Blog") is not the news, whatever its heading says ("News and views")
    elsewhere = bool(navbar) and not any(listings_of(page) for page in navbar)
    named = {page.resolve() for page, news in linked if not news} if elsewhere else set()
    named.discard(homepage.resolve())  # the homepage's own listing stays its news
    pages = [homepage, *news_page_candidates(site_dir, news_headings), *navbar]
    for pattern in ("*", "*/index"):
        pages += sorted(p for s in DOCUMENT_SUFFIXES for p in site_dir.glob(pattern + s))
    chosen: list[Listing] = []
    done: set[Path] = set()
    language = _language(homepage, site_dir) if homepage.is_file() else ""
    for page in pages:
        if page.resolve() in done or not page.is_file() or not inside(page, site_dir):
            continue
        if page.resolve() in named:
            continue
        if page.resolve() != homepage.resolve() and _language(page, site_dir) != language:
            continue  # ja/index.qmd (lang: ja): the Japanese copy's news, not this feed's
        done.add(page.resolve())
        found = listings_of(page)
        if not found:
            continue
        meta = front_matter(page)
        title = meta.get("title") if isinstance(meta.get("title"), str) else ""
        name = page.stem
        if name == "index":  # ``news/index.qmd``: the folder names it (not the site's)
            name = "" if page.parent.resolve() == site_dir.resolve() else page.parent.name
        whole = says_news(str(title), news_headings) or says_news(name, news_headings)
        whole = whole or page.resolve() in {p.resolve() for p in navbar}
        if described:
            about = meta.get("description")
            chosen += found if isinstance(about, str) and says_news(about, news_headings) else []
            continue
        chosen += [listing for listing in found if whole or _news_listing(listing, news_headings)]
    return chosen


def _language(page: Path, site_dir: Path) -> str:
    """The language of ``page``: its ``lang:``, else the site's."""
    return page_language(page) or site_language(site_dir)


def listings_of(page: Path) -> list[Listing]:
    """The listings a page's front matter declares (``listing:`` as a name, a mapping or
    a list of mappings); ``contents`` defaults to the page's own folder."""
    value = front_matter(page).get("listing")
    if isinstance(value, str) and value.strip():
        name = value.strip()
        specs: list[Any] = [{} if name in _VIEW_TYPES else {"contents": name}]
    elif isinstance(value, dict):
        specs = [value]
    elif isinstance(value, list):
        specs = [v for v in value if isinstance(v, dict)]
    else:
        return []
    found = []
    for spec in specs:
        contents = spec.get("contents")
        if contents is None or contents == "":
            contents = ["."]
        elif not isinstance(contents, list):
            contents = [contents]
        ident = str(spec.get("id") or "")
        found.append(
            Listing(page, ident, tuple(contents), shown_fields(page, spec), title_is_label(spec))
        )
    return found


def listed(listing: Listing, site_dir: Path) -> tuple[list[Path], list[tuple[dict, str, int]]]:
    """The documents a listing shows, in name order, and its YAML entries (each with the
    file and line it is written at): :func:`.listing_documents.shown_documents`."""
    return shown_documents(listing.page, listing.contents, site_dir)


def _news_listing(listing: Listing, news_headings: list[str]) -> bool:
    """A listing that says news by its id, its folder, or the heading it stands under."""
    named = [listing.ident, *(c for c in listing.contents if isinstance(c, str))]
    if any(says_news(n.replace("_", " "), news_headings) for n in named if n):
        return True
    heading = _heading_above(listing)
    return heading is not None and says_news(heading, news_headings)


def _heading_above(listing: Listing) -> str | None:
    """The last heading before the listing's ``::: {#id}`` (or the end of its page)."""
    try:
        lines = blank_front_matter(read_text(listing.page)).split("\n")
    except BuildError:
        return None
    at = len(lines)
    if listing.ident:
        where = re.compile(
            rf"^\s*:::+\s*\{{[^}}]*#{re.escape(listing.ident)}(?![\w-])"
            rf"|<div\b[^>]*\bid\s*=\s*[\"']?{re.escape(listing.ident)}(?![\w-])"
        )
        at = next((k for k, line in enumerate(lines) if where.search(line)), at)
    heading, fenced = None, False
    for line in lines[:at]:
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and (found := _HEADING.match(line)):
            heading = found.group(1)
    return heading
