"""The section a Hugo site's menu names as its news (``menus.zh.yaml``: ``- name: 新闻``
``url: post``; ``[[menu.main]] name = "News" pageRef = "/post"``).

A Hugo Blox site often keeps its news as the ``post/`` section and links it from the menu
as "News", with no news widget on the homepage; its pages are the news a reader finds
there. The menu of the language read is looked at: ``menus.<lang>`` (a ``config/_default``
file) and ``languages.<lang>.menu(s)``, else the site's own ``menu(s)``. An entry whose
name is a news title and whose ``url`` or ``pageRef`` is one section of that language's
content folder (``post``, ``/post/``, ``/en/post/``) names it; an address of another site,
a page (``post/x``) or an anchor (``#news``) names none.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

MENU_KEYS = ("menus", "menu")


def menu_news_sections(
    config: dict[str, Any], language: str, root: Path, is_news_title: Callable[[str], bool]
) -> list[Path]:
    """The folders of ``root`` (a language's content folder) that a news-titled entry
    of the language's menu links to, in menu order."""
    found: list[Path] = []
    for entry in _entries(config, language):
        name = _text(entry.get("name") or entry.get("identifier"))
        target = _text(entry.get("pageref") or entry.get("url"))
        if not name or not is_news_title(name):
            continue
        section = _section(target, language)
        if section and (root / section).is_dir() and root / section not in found:
            found.append(root / section)
    return found


def _entries(config: dict[str, Any], language: str) -> list[dict[str, Any]]:
    """The menu entries of ``language`` (its own menus, else the site's), keys lower-cased."""
    languages = config.get("languages")
    own = languages.get(language) if isinstance(languages, dict) else None
    places = [config.get(f"{key}.{language}") for key in MENU_KEYS]
    places += [own.get(key) for key in MENU_KEYS] if isinstance(own, dict) else []
    entries = [e for place in places for e in _menu_entries(place)]
    if not entries:
        entries = [e for key in MENU_KEYS for e in _menu_entries(config.get(key))]
    return entries


def _menu_entries(place: Any) -> list[dict[str, Any]]:
    """The entries of every menu (``main``, ``footer``…) of a menus mapping."""
    if not isinstance(place, dict):
        return []
    menus = [m for m in place.values() if isinstance(m, list)]
    return [
        {str(k).lower(): v for k, v in entry.items()}
        for menu in menus
        for entry in menu
        if isinstance(entry, dict)
    ]


def _section(target: str, language: str) -> str:
    """The one section an address names (``post`` of ``/post/`` or ``/zh/post``), else ``""``."""
    if not target or "://" in target or target.startswith(("#", "//", "mailto:")):
        return ""
    parts = [p for p in target.split("#", 1)[0].split("?", 1)[0].split("/") if p]
    if len(parts) == 2 and parts[0] == language:
        parts = parts[1:]
    if len(parts) != 1 or parts[0] in (".", ".."):
        return ""
    return parts[0]


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""
