"""Hugo conventions (Academic, Wowchemy, Blox): the configuration's defaults, the
content folder of the default language, the homepage and where the news is kept.

The configuration is ``hugo.toml``/``config.toml`` (or ``.yaml``) at the top, or the
files of ``config/_default/``; ``params.*`` and ``languages.*`` there are merged in.
Hugo reads keys in any case (``baseURL``, ``baseurl``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..config import NEWS_HEADINGS
from ..diagnostics import BuildError
from ..parse.front_matter import front_matter
from ..parse.heading_names import heading_matches
from ..parse.markdown import strip_tags
from ..parse.settings_files import settings_file
from .chosen_language import chosen
from .hugo_author_bio import shown_bios
from .hugo_config_keys import sets_hugo_settings
from .hugo_languages import Tree, language_trees, news_sections
from .hugo_widget_pages import news_widget_pages
from .hugo_widgets import listings

CONFIG_NAMES = ("hugo", "config")
CONFIG_SUFFIXES = (".toml", ".yaml", ".yml")
HOMEPAGE_NAMES = ("_index.md", "home/index.md", "home/_index.md")
_SECTION = ("news/_index.md", "news.md")  # news.en.md, news/_index.de.md: a language's own
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$|<h[1-6][^>]*>(.*?)</h[1-6]>", re.I | re.M)


def config_files(site_dir: Path) -> list[Path]:
    """The Hugo configuration files of ``site`` (``[]`` when it is not a Hugo site)."""
    found = [
        site_dir / f"{name}{suffix}"
        for name in CONFIG_NAMES
        for suffix in CONFIG_SUFFIXES
        if (site_dir / f"{name}{suffix}").is_file()
    ]
    found = [p for p in found if p.stem == "hugo" or sets_hugo_settings(p)]  # another tool's
    folder = site_dir / "config" / "_default"
    if folder.is_dir():
        found += sorted(p for p in folder.iterdir() if p.suffix in CONFIG_SUFFIXES and p.is_file())
    if (site_dir / "content").is_dir():
        return found
    # no content/ at all: Hugo's own config beside the home layout still makes a site, and
    # so does config.toml (.yaml) beside a home layout written as a Hugo template
    named = any(p.stem == "hugo" for p in found)
    layout = site_dir / "layouts" / "index.html"
    return found if layout.is_file() and (named or _hugo_template(layout)) else []


def _hugo_template(path: Path) -> bool:
    """Whether ``path`` is a Hugo template (``.Site.Title``, ``site.Params``), not Liquid."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")[:200_000]
    except OSError:
        return False
    return _GO_TEMPLATE.search(text) is not None


# .Site.Params, site.Data, hugo.Data, partial "x.html": Hugo's names (Liquid's are lower case)
_GO_TEMPLATE = re.compile(
    r"\{\{-?[^}]*(?:(?:\.Site|\bsite|\bhugo)\.[A-Z]|\bpartial(?:Cached)?\s+\")"
)


def is_hugo(site_dir: Path) -> bool:
    return bool(config_files(site_dir))


def read_hugo_config(site_dir: Path) -> dict[str, Any]:
    """The merged configuration, keys lower-cased; ``params.*`` under ``params`` (one
    object per unchanged set of files: read it, never change it).

    A file that cannot be read is left out (:func:`.site_config.config_problems` says so).
    """
    files = []
    for path in config_files(site_dir):
        stat = path.stat()
        files.append((path, stat.st_mtime_ns, stat.st_size))
    return _merged_config(tuple(files))


@lru_cache(maxsize=16)
def _merged_config(files: tuple[tuple[Path, int, int], ...]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for path, _, _ in files:
        try:
            data = _lower(settings_file(path))
        except BuildError:  # said once as a warning (site_config.config_problems)
            continue
        if path.stem in CONFIG_NAMES:
            for key, value in data.items():
                merged.setdefault(key, value)
        else:  # config/_default/params.toml → [params]
            section = merged.setdefault(path.stem.lower(), {})
            if isinstance(section, dict):
                for key, value in data.items():
                    section.setdefault(key, value)
    return merged


def hugo_defaults(site_dir: Path) -> dict[str, Any]:
    """Settings implied by the Hugo configuration; ``{}`` when there is none."""
    config = read_hugo_config(site_dir)
    if not config:
        return {}
    params = _mapping(config.get("params"))
    out: dict[str, Any] = {}
    if url := _text(config.get("baseurl")).rstrip("/"):
        out["site_url"] = url
    author = config.get("author") or params.get("author")
    if isinstance(author, dict):
        author = author.get("name")
    if name := _text(author):
        out["author"] = name
    title = _text(config.get("title")) or name
    if title:
        out["title"] = f"{title} — news"
    if description := _text(params.get("description") or config.get("description")):
        out["description"] = description
    if language := _text(config.get("languagecode") or config.get("defaultcontentlanguage")):
        out["language"] = language
    return out


def content_roots(site_dir: Path) -> list[Path]:
    """Content folders read, the news tree's first (``content/fr``), then ``content``:
    one language only (:func:`news_tree`)."""
    content = site_dir / "content"
    root = news_tree(site_dir)[0].root
    return [root] if root.resolve() == content.resolve() else [root, content]


def news_tree(site_dir: Path) -> tuple[Tree, list[Tree]]:
    """The language tree the news is read from, and every tree: the one the ``language``
    setting names (:mod:`.chosen_language`), else the default language's when it has
    news, else the first other language's that has."""
    trees = language_trees(site_dir, read_hugo_config(site_dir))
    code = chosen(t.language for t in trees)
    if code is not None and code != trees[0].language:  # the language setting names it
        return next(t for t in trees if t.language == code), trees
    return next((t for t in trees if _has_news(t.root)), trees[0]), trees


def _has_news(root: Path) -> bool:
    """Whether a language's folder has news: a news section, page, widget or listing,
    or a homepage with a news title or heading."""
    news = root / "news"
    if news.is_dir() and any(p.suffix in (".md", ".markdown") for p in news.rglob("*")):
        return True
    if any((root / name).is_file() for name in ("news.md", "home/news.md")):
        return True

    def news_title(title: str) -> bool:
        return bool(title.strip()) and heading_matches(title, NEWS_HEADINGS)

    home = root / "home"
    pages = [root / n for n in HOMEPAGE_NAMES if (root / n).is_file()]
    pages += sorted(home.glob("*.md")) if home.is_dir() else []
    if any(news_title(_text(front_matter(p).get("title"))) for p in pages):
        return True
    return bool(listings(root, news_title)) or any(_news_heading(p, news_title) for p in pages)


def _news_heading(page: Path, news_title: Callable[[str], bool]) -> bool:
    """Whether the homepage ``page`` has a news heading in its body (``## News``)."""
    try:
        text = page.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return any(news_title(strip_tags(a or b)) for a, b in _HEADING.findall(text))


def hugo_homepages(site_dir: Path) -> list[Path]:
    """Homepage files of a Hugo site: the landing page, the widget bundle's index; the
    news tree's first, then the other languages' (a tree may have news but no homepage)."""
    if not is_hugo(site_dir):
        return []
    tree, trees = news_tree(site_dir)
    own = tree.homepage_names(HOMEPAGE_NAMES)  # _index.ko.md in a shared content/
    found = [root / n for root in content_roots(site_dir) for n in own if (root / n).is_file()]
    roots = [t.root for t in trees if t is not tree and t.root != tree.root]
    found += [root / n for root in roots for n in HOMEPAGE_NAMES if (root / n).is_file()]
    return list(dict.fromkeys(found))


def hugo_news_pages(site_dir: Path, is_news_title: Callable[[str], bool]) -> list[Path]:
    """Where a Hugo site keeps its news, in the order tried.

    The homepage widget ``home/news.md`` (or any widget titled as news; not one switched
    off with ``active = false``), then the news section's list page ``news/_index.md``; a
    ``pages`` widget only lists that section, so it comes after it.
    """
    if not is_hugo(site_dir):
        return []
    tree = news_tree(site_dir)[0]
    widget_pages: list[Path] = []  # a news section built of widgets: the whole list
    widgets: list[Path] = []
    listers: list[Path] = []
    sections: list[Path] = []
    bios: list[Path] = []
    for root in content_roots(site_dir):
        home = root / "home"
        found = [home / "news.md"] if (home / "news.md").is_file() else []
        if home.is_dir():
            found += [
                p
                for p in sorted(home.glob("*.md"))
                if p.name not in ("news.md", "index.md", "_index.md")
                and (
                    is_news_title(_text(front_matter(p).get("title")))
                    or _text(front_matter(p).get("widget")).lower() == "news"  # custom widget
                )
            ]
        for page in found:
            meta = front_matter(page)
            if meta.get("active") is False:  # a widget switched off: shown nowhere
                continue
            kind = _text(meta.get("widget")).lower()
            (listers if kind == "pages" else widgets).append(page)
        sections += [root / n for n in tree.homepage_names(_SECTION) if (root / n).is_file()]
        sections += news_sections(root, tree, is_news_title)  # updates/_index.en.md
        widget_pages += news_widget_pages(root, is_news_title)
        bios += shown_bios(root)  # the about widget's "Recent news" list
    return widget_pages + widgets + sections + listers + bios


def _lower(data: dict[str, Any]) -> dict[str, Any]:
    return {str(k).lower(): v for k, v in data.items()}


def _mapping(value: Any) -> dict[str, Any]:
    return _lower(value) if isinstance(value, dict) else {}


def _text(value: Any) -> str:
    return "" if value is None or isinstance(value, dict | list) else str(value).strip()
