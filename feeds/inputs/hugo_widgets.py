"""Wowchemy/Academic homepage widgets that list a section's pages as the news.

A ``pages`` widget (``widget: pages``; ``posts`` and ``talks`` in older Academic; a
``collection`` block of a Hugo Blox landing page's ``sections:``) shows the newest pages
of the folder its ``content.page_type`` (or ``content.filters.folders``) names. When the
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

from ..parse.front_matter import front_matter

LISTING_WIDGETS = ("pages", "posts", "talks", "events", "collection")
TALK_FOLDERS = ("event", "events", "talk", "talks")
_DEFAULT_FOLDER = {"posts": "post", "talks": "talk", "events": "event"}


@dataclass(frozen=True)
class Listing:
    """A widget listing the pages of ``folder`` (a folder name under the content root)."""

    widget: Path  # the file that declares it
    folder: str
    talks: bool  # its pages are talks (Wowchemy ``event``/Academic ``talk``)


def listings(root: Path, is_news_title: Callable[[str], bool]) -> list[Listing]:
    """The news and talks listings of the homepage of the content folder ``root``,
    in the homepage's order; only folders that exist."""
    found: list[Listing] = []
    for page, meta in _widgets(root):
        kind = _text(meta.get("widget") or meta.get("block")).lower()
        if kind not in LISTING_WIDGETS or meta.get("active") is False:
            continue
        content = meta.get("content") if isinstance(meta.get("content"), dict) else {}
        title = _text(meta.get("title") or content.get("title"))
        for folder in _folders(content) or [_DEFAULT_FOLDER.get(kind, "")]:
            folder = folder.strip("/")
            if (
                not folder
                or "/" in folder
                or folder.startswith(".")
                or not (root / folder).is_dir()
            ):
                continue
            talks = folder.lower() in TALK_FOLDERS or kind in ("talks", "events")
            news = folder.lower() == "news" or page.stem == "news" or is_news_title(title)
            if talks or news:
                found.append(Listing(page, folder, talks and folder.lower() != "news"))
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


def _folders(content: dict[str, Any]) -> list[str]:
    filters = content.get("filters") if isinstance(content.get("filters"), dict) else {}
    folders = filters.get("folders")
    if isinstance(folders, str):
        folders = [folders]
    named = [_text(f) for f in folders] if isinstance(folders, list) else []
    page_type = _text(content.get("page_type"))
    return [f for f in [page_type, *named] if f]


def _weight(value: Any) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return float("inf")


def _text(value: Any) -> str:
    return "" if value is None or isinstance(value, dict | list) else str(value).strip()
