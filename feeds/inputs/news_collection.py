"""The al-folio ``_news/`` collection: one Markdown file per news item.

``inline: true`` items are short announcements whose body is the item (read by the
homepage item parser, so ``**Talk**: …`` labels work the same, and titled from the body
as the site shows it: a front-matter ``title`` is not shown); other items are posts,
linked at their permalink, typed by their title unless it says only an event (``Symposium
at X``) and the body's first paragraph says more (``… where I presented my work``: a talk).
The ``date:`` front matter dates every item, unless the site's news include prints a
``display_date:`` the item has (:mod:`.display_dates`): what the reader sees dates it.
A post with no date at all is dated by a field named for its day (``eventDate:``,
:mod:`.event_date_fields`).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from ..diagnostics import BuildError, Reporter, display_path
from ..lazy_pattern import lazy
from ..model import DateSpan, Item, Link
from ..parse.dates import parse_date
from ..parse.front_matter import (
    blank,
    has_front_matter,
    key_line,
    read_text,
)
from ..parse.item import to_item
from ..parse.markdown import markdown, strip_tags
from ..parse.page import RawItem
from ..parse.types import type_of
from ..parse.types.filed import filed_type
from ..text import emojize, first_sentence, shorten, slugify
from .collection_pages import has_pages, without_page
from .demo_news import is_demo_announcement, report_demos
from .display_dates import display_date, shows_display_date
from .documents import front_matter_or_warn
from .event_date_fields import event_date_field
from .hugo_page_dates import page_date
from .jekyll import (
    PAGE_SUFFIXES,
    collection_dir,
    collection_permalink,
    expand_permalink,
    jekyll_slug,
    read_config,
)
from .language_collections import chosen_news_collection
from .looped_collections import looped_news_collection
from .name_dates import name_date
from .news_item_dates import item_date, shown_date
from .news_list_documents import is_news_list_document
from .news_page import inside
from .polyglot import document_prefix, language_prefix, localize_links, one_language

SECTION = "news"
_UNFIT_URL = lazy(r"[\x00-\x20\x7f-\x9f\u2028\u2029\ufffe\uffff]")
_HIDDEN = re.compile(r"<!--.*?(?:-->|\Z)|\{%.*?%\}|\{\{.*?\}\}", re.DOTALL)  # comments, Liquid


def read_news(
    site_dir: Path,
    site_url: str,
    tz: dt.tzinfo,
    reporter: Reporter,
    config: dict[str, Any] | None = None,
) -> list[Item]:
    """Every item of the site's ``_news/`` collection, newest first (``[]`` when none)."""

    config = read_config(site_dir) if config is None else config
    name = chosen_news_collection(site_dir, config)  # _news_french/ when fr is read
    name = looped_news_collection(site_dir, config) or name  # _updates/ the homepage walks
    folder = collection_dir(site_dir, config, name)
    if not folder.is_dir():
        return []
    template = collection_permalink(config, name)
    pages = has_pages(config, name)  # else its list shows each title, links and all
    shown = shows_display_date(site_dir)
    events, demos = [], []

    def prefix(path: Path, meta: dict[str, Any]) -> str:  # polyglot's /ja
        return language_prefix(path, site_dir, meta, config, site_url)

    def localize(tokens: list[Any], path: Path, meta: dict[str, Any]) -> None:
        localize_links(tokens, document_prefix(path, site_dir, meta, config), config)

    for path in one_language(folder, news_files(folder, bare=True), config, reporter):  # polyglot
        if not inside(path, site_dir):
            reporter.warn(
                display_path(path),
                None,
                "a link to a file outside the site; not read",
                code="outside",
            )
            continue
        if is_news_list_document(path):  # a news page: read_collection_news_pages
            continue
        where = display_path(path)
        item = read_item(
            path, folder, template, site_url, tz, reporter, where, shown, pages=pages,
            demos=demos, prefix=prefix, localize=localize,
        )  # fmt: skip
        if item is not None:
            events.append(item)
    report_demos(demos, reporter)
    undated = dt.date.max
    return sorted(events, key=lambda e: -(e.span.start if e.span else undated).toordinal())


def news_files(folder: Path, bare: bool = False) -> list[Path]:
    """Markdown documents of a collection folder, skipping names Jekyll ignores; with
    ``bare``, also files without an extension that open with front matter (Jekyll
    reads ``_news/2026-02-18-talk`` as a document). A folder that cannot be listed raises
    :class:`BuildError` naming it: its items would be lost without a word."""
    paths = []
    for root, dirs, files in os.walk(folder, onerror=_unreadable):
        dirs[:] = [d for d in dirs if d[:1] not in "._#"]
        paths += [Path(root, name) for name in files if name[:1] not in "._#"]
    return sorted(
        p
        for p in paths
        if p.is_file()  # first: a pipe is never opened
        and (p.suffix in PAGE_SUFFIXES or bare and not p.suffix and _opens_front_matter(p))
    )


def _unreadable(error: OSError) -> None:
    where = display_path(Path(error.filename)) if error.filename else "a news folder"
    raise BuildError(f"{where}: cannot be read ({error.strerror or error})")


def _opens_front_matter(path: Path) -> bool:
    """Whether the file at ``path`` opens with a front-matter fence (``---`` alone)."""
    try:
        with path.open("rb") as handle:
            start = handle.read(5)
    except OSError:
        return False
    return start.startswith(b"---\n") or start == b"---\r\n"


def read_item(
    path: Path,
    folder: Path,
    template: str,
    site_url: str,
    tz: dt.tzinfo | None,
    reporter: Reporter,
    source: str,
    shown: bool = False,
    date_keys: tuple[str, ...] = (),
    pages: bool = True,
    demos: list[str] | None = None,
    prefix: Callable[[Path, dict[str, Any]], str] | None = None,
    localize: Callable[[list[Any], Path, dict[str, Any]], None] | None = None,
) -> Item | None:
    """One ``_news`` document as an event; ``None`` when unpublished or empty; with
    ``shown``, dated by its ``display_date:`` when that reads as a date; with
    ``date_keys`` (a Hugo page's, :mod:`.hugo_page_dates`), by the first that holds one;
    without ``pages`` (none written), what its title shows (:mod:`.collection_pages`);
    with ``demos``, al-folio's demo announcement (:mod:`.demo_news`) is ``None`` and its
    ``source`` is added there (one warning names them all); ``prefix`` gives what the
    document's path and front matter put before its permalink (polyglot's ``/ja``);
    ``localize`` writes its body's links as that language's page has them.

    Raises :class:`~feeds.diagnostics.BuildError` when the file is not UTF-8 text.
    """
    text = read_text(path, source)
    if not has_front_matter(text):  # "#---", a blank first line: not a document to Jekyll
        reporter.info(source, 1, "no front matter on line 1: Jekyll does not publish it; left out")
        return None
    if (read := front_matter_or_warn(text, source, reporter, "item skipped")) is None:
        return None
    meta, body = read
    if meta.get("published") is False:
        reporter.info(source, 1, "published: false; left out")
        return None
    if demos is not None and is_demo_announcement(meta, body):
        demos.append(source)
        return None
    jekyll = ("date", meta.get("date") or name_date(path))  # else 2025-02-07-x.md's
    key, value = page_date(meta, path, date_keys) if date_keys else jekyll
    if value in (None, "") and (field := event_date_field(meta)):  # eventDate: "9 avril 2026"
        key, value = field
    span = item_date(key, value, text, source, tz, reporter)
    seen = (display_date(meta) if shown else None) or span  # what the list shows
    body = emojize(blank(body, _HIDDEN))
    tokens = markdown().parse(body)
    if localize is not None:
        localize(tokens, path, meta)
    first = next((t for t in tokens if t.map), None)
    line = first.map[0] + 1 if first is not None and first.map else key_line(text, "title")
    site_root = site_url.rstrip("/") + "/" if site_url else ""
    scratch = Reporter(quiet=True)
    parsed = to_item(RawItem(source, line, SECTION, tokens), site_root, scratch)
    for problem in scratch.problems if meta.get("inline") else ():
        if problem.code != "undated":
            reporter.report(problem)
    title = _plain(meta.get("title"))
    if meta.get("inline"):
        if parsed is None:  # reported as an empty news item
            return None
        event = parsed  # titled from its body, what the site shows (a leftover title is not)
        event.span = shown_date(seen, event.span)
    else:
        dated = parsed is not None and bool(title) and parse_date(title) is not None
        if dated or not title:  # a title that only repeats the date says nothing: the body
            title = shorten(first_sentence(parsed.text)) if parsed else path.stem
        if _UNFIT_URL.search(str(meta.get("permalink") or "")):
            reporter.warn(
                source,
                key_line(text, "permalink"),
                "permalink has a space, line break or control character; the collection's "
                "permalink is used instead",
            )
            meta = {k: v for k, v in meta.items() if k != "permalink"}
        before = prefix(path, meta) if prefix else ""
        url = _permalink(path, folder, meta, template, span, site_url, before)
        event = Item(
            kind="News",
            kind_slug="news",
            title=title,
            text=title,
            html=f'<p><a href="{escape(url)}">{escape(title, quote=False)}</a></p>',
            section=SECTION,
            source=source,
            line=line if dated else key_line(text, "title"),  # where its title is written
            span=seen,
            links=[Link(title, url)],
        )
        if parsed is not None:
            event.html += "\n" + parsed.html
            event.links += parsed.links
            event.arxiv = parsed.arxiv
            if dated:  # typed by its body, as an inline item
                event.text = parsed.text
    if kind := _front_kind(meta):
        event.kind, event.kind_slug = kind, slugify(kind)
    if kind or not meta.get("inline"):  # an inline item is typed as read, with its
        event.type = filed_type(event) if kind else type_of(event)  # later paragraphs
    if (
        event.type in ("event", "news")
        and not kind
        and parsed is not None
        and not meta.get("inline")
    ):
        said = type_of(parsed)  # "Symposium at X": the body says the person presented there;
        if said not in ("event", "news") or event.type == "news":  # a topic title says
            event.type = said  # nothing: the body does ("Conférence publique exposant …")
    if not (pages or meta.get("inline")):  # no page of its own: no link to one
        without_page(event, meta, key_line(text, "title"), site_url)
    return event


def _permalink(
    path: Path,
    folder: Path,
    meta: dict[str, Any],
    template: str,
    span: DateSpan | None,
    site_url: str,
    prefix: str = "",
) -> str:
    relative = path.relative_to(folder).with_suffix("").as_posix()
    slug = jekyll_slug(str(meta.get("slug") or path.stem))
    categories = _categories(meta)
    parts = {
        "collection": "news",
        "path": relative,
        "name": jekyll_slug(path.stem),
        "title": slug,
        "slug": slug,
        "categories": "/".join(map(jekyll_slug, categories)),
    }
    url = expand_permalink(
        str(meta.get("permalink") or template), parts, span.start if span else None
    )
    return site_url.rstrip("/") + prefix + url


def _categories(meta: dict[str, Any]) -> list[str]:
    value = meta.get("categories", meta.get("category"))
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    return str(value).split() if value else []


def _front_kind(meta: dict[str, Any]) -> str:
    kind = str(meta.get("kind") or "").strip() or next(iter(_categories(meta)), "")
    return kind[:1].upper() + kind[1:] if kind.islower() else kind


def _plain(value: Any) -> str:
    return strip_tags(str(value or ""))
