"""MkDocs and Pelican sites: their pages are in the folder their configuration names.

MkDocs (``mkdocs.yml`` or ``mkdocs.yaml`` at the top) builds the site from ``docs_dir``
(``docs/`` unless set), where each page is published as it sits: ``index.md`` (or
``README.md``) is the homepage, and the ``nav:`` names the others (``- News: news.md``),
a menu whose news page is read as a homepage's link to it is. Pelican
(``pelicanconf.py``) reads its pages from the ``PAGE_PATHS`` (``pages/``) of its ``PATH``
(``content/``); the page saved as ``index.html`` (``save_as: index.html``) is the
homepage. Given the site's root, the tool reads that folder as the content folder. The
configuration is only read (Python and YAML tags are never run): a setting written
another way leaves the default.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..parse.front_matter import YamlError, load_yaml
from .news_page import inside

MKDOCS_FILES = ("mkdocs.yml", "mkdocs.yaml")
PELICAN_FILE = "pelicanconf.py"
MKDOCS_HOMEPAGES = ("index.md", "README.md", "readme.md")
_TAG = re.compile(r"(?:(?<=\s)|^)!!?[A-Za-z][\w/.:-]*(?=\s|$)", re.M)  # !!python/name:x, !ENV
_PELICAN_PATH = re.compile(r"^PATH\s*=\s*(['\"])([^'\"\n]+)\1", re.M)
_PELICAN_PAGES = re.compile(r"^PAGE_PATHS\s*=\s*[\[(]\s*(['\"])([^'\"\n]*)\1", re.M)
_SAVED_AS_INDEX = re.compile(r"^save_as\s*:\s*['\"]?/?index\.html['\"]?\s*$", re.I | re.M)
_HEAD = 2_048  # characters of a page where its metadata is


def pages_folder(site_dir: Path) -> Path | None:
    """The folder of the site's pages when it is built by MkDocs or Pelican (inside it
    and existing), else ``None``."""
    config = mkdocs_config(site_dir)
    if config is not None:
        folder = site_dir / (_text(config.get("docs_dir")) or "docs")
    elif (site_dir / PELICAN_FILE).is_file():
        text = _read(site_dir / PELICAN_FILE)
        path = _PELICAN_PATH.search(text)
        content = site_dir / (path.group(2).strip() if path else "content")
        pages = _PELICAN_PAGES.search(text)
        folder = content / (pages.group(2).strip() if pages else "pages")
        folder = folder if folder.is_dir() else content
    else:
        return None
    return folder if folder.is_dir() and inside(folder, site_dir) and folder != site_dir else None


def doc_site_defaults(site_dir: Path) -> dict[str, Any]:
    """Settings the MkDocs or Pelican configuration implies (``site_url``/``SITEURL``,
    ``site_name``/``SITENAME``, ``site_author``/``AUTHOR``, ``site_description``); ``{}``
    when there is none. Pelican's ``publishconf.py`` names the published URL."""
    config = mkdocs_config(site_dir)
    if config is not None:
        keys = ("site_url", "site_name", "site_author", "site_description")
        url, name, author, description = (_text(config.get(k)) for k in keys)
    elif (site_dir / PELICAN_FILE).is_file():
        texts = [_read(site_dir / n) for n in ("publishconf.py", PELICAN_FILE)]
        url, name, author = (
            next((found.group(2) for t in texts if (found := _setting(key).search(t))), "")
            for key in ("SITEURL", "SITENAME", "AUTHOR")
        )
        description = ""
    else:
        return {}
    out = {"site_url": url.rstrip("/")} if url.startswith(("http://", "https://")) else {}
    if author:
        out["author"] = author
    if name or author:
        out["title"] = f"{name or author} — news"
    if description:
        out["description"] = description
    return out


def doc_homepage(folder: Path) -> Path | None:
    """The homepage in a pages folder :func:`pages_folder` named: MkDocs's ``index.md``
    (else ``README.md``), or the Pelican page saved as ``index.html``."""
    for name in MKDOCS_HOMEPAGES:
        if (folder / name).is_file():
            return folder / name
    for page in sorted(folder.glob("*.md")) + sorted(folder.glob("*.markdown")):
        if _SAVED_AS_INDEX.search(_read(page)[:_HEAD]):
            return page
    return None


def menu_links(folder: Path) -> list[tuple[str, str, int]]:
    """The pages the MkDocs ``nav:`` names, as links (title, path relative to ``folder``,
    the line of ``nav:``), when ``folder`` is the ``docs_dir`` of the ``mkdocs.yml``
    beside it; else ``[]``."""
    site = folder.parent
    config = mkdocs_config(site)
    if (
        config is None
        or (found := pages_folder(site)) is None
        or found.resolve() != folder.resolve()
    ):
        return []
    text = _read(next(site / n for n in MKDOCS_FILES if (site / n).is_file()))
    line = next((n for n, t in enumerate(text.split("\n"), 1) if t.startswith("nav")), 1)
    return [(title, href, line) for title, href in _nav(config.get("nav"))]


def mkdocs_config(site_dir: Path) -> dict[str, Any] | None:
    """The settings of ``mkdocs.yml`` (its tags left out), ``{}`` when they cannot be
    read, ``None`` when the site has none."""
    path = next((site_dir / n for n in MKDOCS_FILES if (site_dir / n).is_file()), None)
    if path is None:
        return None
    try:
        data = load_yaml(_TAG.sub("", _read(path)))
    except YamlError:
        return {}
    return data if isinstance(data, dict) else {}


def _nav(value: Any, title: str = "") -> list[tuple[str, str]]:
    """(title, page) of every entry of a ``nav:`` (nested sections included)."""
    if isinstance(value, str):
        return [] if "://" in value else [(title or Path(value).stem, value)]
    if isinstance(value, list):
        return [found for entry in value for found in _nav(entry)]
    if isinstance(value, dict):
        return [found for key, entry in value.items() for found in _nav(entry, str(key))]
    return []


def _setting(name: str) -> re.Pattern[str]:
    return re.compile(rf"^{name}\s*=\s*u?(['\"])([^'\"\n]*)\1", re.M)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""
