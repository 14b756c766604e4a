"""Hugo news kept as a folder of data files, ``data/news/<group>/<file>.yaml``: Hugo
nests ``.Site.Data.news`` by folder (``.Site.Data.news.2025.en``), and a layout or a
partial ranges over the groups (``range $year, $files := site.Data.news``). Each file
holds entries in any shape :mod:`.data_lists` reads, often a map keyed by ids
(``news_2025_07_01_01: {display: true, date:, title:, text:}``) whose hidden records
(``display: false``) are left out. Files named by a language (``en.yaml``, ``ja.yaml``)
hold one language each: the default language's file gives the entries, and a tree in
another language shows the same ids with its own file's fields over them (what such a
template's ``merge $base $local`` shows). A folder or file whose name starts with ``_``
(``_summary/``) is the template's settings, never news. The folder is read only when a
layout of the site (or of its theme) names ``site.Data.news``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..diagnostics import Reporter, display_path
from ..model import Item
from ..parse.front_matter import read_text
from .data_lists import load_data, news_entries, warn_skipped
from .hugo_front_list import _items as entry_items
from .hugo_layout_news import DATA_SUFFIXES, a_template_says

MAX_FILES = 500
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:[-_][a-z0-9]{2,8})?", re.IGNORECASE)
_NAMES_NEWS_DATA = re.compile(r"\b(?:site|Site|hugo)\.Data\.news\b|\.Data\s+\"news\"")


def read_data_folders(
    site_dir: Path, site_url: str, language: str, default: str, reporter: Reporter
) -> list[Item]:
    """The items of ``data/news/`` in ``language`` (the site's ``default`` language's
    entries with the language's own fields over them), in folder order; ``[]`` when the
    site keeps no such folder or no layout shows it."""
    folder = site_dir / "data" / "news"
    if not folder.is_dir() or not _shown(site_dir):
        return []
    files = sorted(
        p
        for p in folder.rglob("*")
        if p.suffix.lower() in DATA_SUFFIXES
        and p.is_file()
        and not any(part.startswith(("_", ".")) for part in p.relative_to(folder).parts)
    )[:MAX_FILES]
    events: list[Item] = []
    for group in dict.fromkeys(p.parent for p in files):
        here = [p for p in files if p.parent == group]
        events += _group_items(here, site_url, language.lower(), default.lower(), reporter)
    return events


def _group_items(
    files: list[Path], site_url: str, language: str, default: str, reporter: Reporter
) -> list[Item]:
    """The items of one folder's files: one language's when they are named by
    languages, else every file's."""
    by_language = {p.stem.lower(): p for p in files if _LANGUAGE.fullmatch(p.stem)}
    if default in by_language or language in by_language:
        base = by_language.get(default) or by_language[language]
        local = by_language.get(language) if base is not by_language.get(language) else None
        rest = [p for p in files if p.stem.lower() not in by_language]
        return _file_items(base, local, site_url, reporter) + [
            item for path in rest for item in _file_items(path, None, site_url, reporter)
        ]
    return [item for path in files for item in _file_items(path, None, site_url, reporter)]


def _file_items(path: Path, local: Path | None, site_url: str, reporter: Reporter) -> list[Item]:
    """The entries of ``path``; with ``local``, the same ids with ``local``'s fields over
    them, as ``local`` (its lines) shows them."""
    data = _load(path, reporter)
    overlay = _load(local, reporter) if local is not None else None
    if isinstance(data, dict) and isinstance(overlay, dict) and local is not None:
        data = {
            key: {**value, **overlay[key]}
            if isinstance(value, dict) and isinstance(overlay.get(key), dict)
            else value
            for key, value in data.items()
        }
        path = local
    if data is None:
        return []
    source = display_path(path)
    found = news_entries(data, read_text(path, source), path.suffix.lower())
    if found is None:  # a file of hidden entries only, or of settings
        reporter.info(source, 1, "no shown news entries here; not read")
        return []
    warn_skipped(found, source, reporter)
    where = (found.key_line, found.key or "news")
    return entry_items(found.entries, found.lines, source, where, site_url, None, reporter)


def _load(path: Path, reporter: Reporter) -> Any:
    source = display_path(path)
    try:
        return load_data(read_text(path, source), path.suffix.lower())
    except ValueError as exc:  # YamlError, TOMLDecodeError, JSONDecodeError
        where = getattr(exc, "line", None) or getattr(exc, "lineno", None)
        reporter.error(source, where, f"not valid {path.suffix[1:].upper()} ({exc}); not read")
        return None


def _shown(site_dir: Path) -> bool:
    """Whether a layout of the site or of its theme names the news data."""
    return a_template_says(site_dir, lambda text: bool(_NAMES_NEWS_DATA.search(text)), MAX_FILES)
