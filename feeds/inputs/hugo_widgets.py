"""Wowchemy/Academic homepage widgets that list a section's pages as the news.

A ``pages`` widget (``widget: pages``; ``posts`` and ``talks`` in older Academic; a
``collection`` block of a Hugo Blox landing page's ``sections:``) shows the newest pages
of the folder its ``content.page_type`` (or ``content.filters.folders``) names, ``post``
when it names none (the theme's ``widgets/pages.html`` default); a site's own ``news``
widget that holds no items itself (a stub) lists ``news/``, else ``post/`` (``posts/``,
``event/``). When the
widget is the news (titled as news, kept in ``home/news.md``, or listing ``news/``) that
folder's pages are the news items; a talks or events widget (``event/``, ``talk/``)
lists talks. Widgets switched off (``active: false``) and blog or publication lists
under other titles are not news.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..diagnostics import BuildError
from ..model import Item
from ..parse.front_matter import BadFrontMatter, front_matter, read_text, split_front_matter

LISTING_WIDGETS = ("pages", "posts", "talks", "events", "collection", "news")
TALK_FOLDERS = ("event", "events", "talk", "talks")
PAPER_FOLDERS = ("publication", "publications")  # the site's papers: not all of them news
_DEFAULT_FOLDER = {"pages": "post", "posts": "post", "talks": "talk", "events": "event"}
# a bare news widget's folder, the first found (Wowchemy ``event/`` pages are talks)
_NEWS_WIDGET_FOLDERS = ("news", "post", "posts", "event", "events")


@dataclass(frozen=True)
class Listing:
    """A widget listing the pages of ``folder`` (a folder name under the content root)."""

    widget: Path  # the file that declares it
    folder: str
    talks: bool  # its pages are talks (Wowchemy ``event``/Academic ``talk``)
    tags: tuple[str, ...] = ()  # content.filters.tag / .category: only pages so marked
    categories: tuple[str, ...] = ()
    count: int = 0  # a publications widget shows its newest ``content.count`` (0: all)


def listings(root: Path, is_news_title: Callable[[str], bool]) -> list[Listing]:
    """The news and talks listings of the homepage of the content folder ``root``,
    in the homepage's order; only folders that exist."""
    found: list[Listing] = []
    for page, meta in _widgets(root):
        kind = _text(meta.get("widget") or meta.get("block")).lower()
        if kind not in LISTING_WIDGETS or meta.get("active") is False:
            continue
        if kind == "news" and not is_stub(page, meta):  # its own items: a news page
            continue
        content = meta.get("content") if isinstance(meta.get("content"), dict) else {}
        title = _text(meta.get("title") or content.get("title"))
        defaults = _NEWS_WIDGET_FOLDERS if kind == "news" else [_DEFAULT_FOLDER.get(kind, "")]
        default = next((f for f in defaults if (root / f).is_dir()), "")
        filters = content.get("filters") if isinstance(content.get("filters"), dict) else {}
        marks = (_marks(filters.get("tag")), _marks(filters.get("category")))
        for folder in _folders(content) or [default]:
            folder = folder.strip("/")
            if (
                not folder
                or "/" in folder
                or folder.startswith(".")
                or not (root / folder).is_dir()
            ):
                continue
            talks = folder.lower() in TALK_FOLDERS or kind in ("talks", "events")
            news = kind == "news" or folder.lower() == "news" or page.stem == "news"
            news = news or is_news_title(title)
            count = _count(content.get("count")) if folder.lower() in PAPER_FOLDERS else 0
            if talks or news:
                found.append(
                    Listing(page, folder, talks and folder.lower() != "news", *marks, count)
                )
    unique: dict[str, Listing] = {}
    for listing in found:
        unique.setdefault(listing.folder, listing)
    return list(unique.values())


def _widgets(root: Path) -> Iterator[tuple[Path, dict[str, Any]]]:
    """(file, settings) of each widget of the homepage: ``home/*.md`` in weight order,
    then the ``sections:`` of a landing page ``_index.md``."""
    home = root / "home"
    if home.is_dir():
        pages = [p for p in home.glob("*.md") if p.name not in ("index.md", "_index.md")]
        metas = [(p, front_matter(p)) for p in pages]
        metas.sort(key=lambda pm: (_weight(pm[1].get("weight")), pm[0].name))
        yield from metas
    landing = root / "_index.md"
    if landing.is_file():
        sections = front_matter(landing).get("sections")
        for section in sections if isinstance(sections, list) else []:
            if isinstance(section, dict):
                yield landing, section


def is_stub(page: Path, meta: dict[str, Any]) -> bool:
    """Whether the widget file ``page`` holds no items of its own: no text after its
    front matter and no list of entries in it (``[[item]]``)."""
    if any(isinstance(v, list) and v and isinstance(v[0], dict) for v in meta.values()):
        return False
    try:
        body = split_front_matter(read_text(page))[1]
    except (BuildError, BadFrontMatter):
        return False
    return not body.strip()


def shown_by(found: list[Listing], root: Path, folder: Path, page: Path) -> bool:
    """Whether ``page`` of ``folder`` is shown by the listings ``found`` of the content
    folder ``root``: always when no listing names the folder or one lists it unfiltered."""
    mine = [f for f in found if (root / f.folder).resolve() == folder.resolve()]
    if not mine or any(not (f.tags or f.categories) for f in mine):
        return True
    meta = front_matter(page)
    return any(marked(meta, f) for f in mine)


def newest_shown(found: list[Listing], root: Path, folder: Path, items: list[Item]) -> list[Item]:
    """The ``items`` of ``folder`` its listings show: the newest ``count`` of a
    publications widget that counts them (its own page, which lists all, is no news)."""
    counts = [f.count for f in found if (root / f.folder).resolve() == folder.resolve()]
    if not counts or 0 in counts:
        return items
    newest = sorted(items, key=lambda e: -(e.span.start.toordinal() if e.span else 0))
    return newest[: max(counts)]


def marked(meta: dict[str, Any], listing: Listing) -> bool:
    """Whether a page with front matter ``meta`` passes the listing's tag and category
    filters (compared as Hugo's ``urlize`` makes them: ``Lab news`` is ``lab-news``)."""
    for wanted, key in ((listing.tags, "tags"), (listing.categories, "categories")):
        if wanted and not set(wanted) & set(_marks(meta.get(key))):
            return False
    return True


def _marks(value: Any) -> tuple[str, ...]:
    values = value if isinstance(value, list) else [value]
    return tuple("-".join(_text(v).lower().split()) for v in values if _text(v))


def _folders(content: dict[str, Any]) -> list[str]:
    filters = content.get("filters") if isinstance(content.get("filters"), dict) else {}
    folders = filters.get("folders")
    if isinstance(folders, str):
        folders = [folders]
    named = [_text(f) for f in folders] if isinstance(folders, list) else []
    page_type = _text(content.get("page_type"))
    return [f for f in [page_type, *named] if f]


def _count(value: Any) -> int:
    """A widget's ``count`` (Wowchemy: how many pages it shows; 0, none or not a number:
    its default, every page)."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def _weight(value: Any) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return float("inf")


def _text(value: Any) -> str:
    return "" if value is None or isinstance(value, dict | list) else str(value).strip()
