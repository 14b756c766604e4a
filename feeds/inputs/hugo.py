"""Hugo conventions (Academic, Wowchemy, Blox): the configuration's defaults, the
content folder of the default language, the homepage and where the news is kept.

The configuration is ``hugo.toml``/``config.toml`` (or ``.yaml``) at the top, or the
files of ``config/_default/``; ``params.*`` and ``languages.*`` there are merged in.
Hugo reads keys in any case (``baseURL``, ``baseurl``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..parse.front_matter import (
    BadFrontMatter,
    front_matter,
    settings_file,
    split_front_matter,
)
from .hugo_widget_pages import news_widget_pages
from .includes import Expanded

CONFIG_NAMES = ("hugo", "config")
CONFIG_SUFFIXES = (".toml", ".yaml", ".yml")


def config_files(site_dir: Path) -> list[Path]:
    """The Hugo configuration files of ``site`` (``[]`` when it is not a Hugo site)."""
    found = [
        site_dir / f"{name}{suffix}"
        for name in CONFIG_NAMES
        for suffix in CONFIG_SUFFIXES
        if (site_dir / f"{name}{suffix}").is_file()
    ]
    folder = site_dir / "config" / "_default"
    if folder.is_dir():
        found += sorted(p for p in folder.iterdir() if p.suffix in CONFIG_SUFFIXES and p.is_file())
    return found if (site_dir / "content").is_dir() else []


def is_hugo(site_dir: Path) -> bool:
    return bool(config_files(site_dir))


def read_hugo_config(site_dir: Path) -> dict[str, Any]:
    """The merged configuration, keys lower-cased; ``params.*`` under ``params``.

    Raises :class:`BuildError` naming ``file:line`` for a file that cannot be read.
    """
    merged: dict[str, Any] = {}
    for path in config_files(site_dir):
        data = _lower(settings_file(path))
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
    """Content folders, the default language's first (``content/en``, then ``content``)."""
    content = site_dir / "content"
    config = read_hugo_config(site_dir)
    language = _text(config.get("defaultcontentlanguage")) or "en"
    roots = [content / language] if (content / language / "home").is_dir() else []
    if (content / language / "_index.md").is_file() and not roots:
        roots = [content / language]
    return [*roots, content]


def hugo_homepages(site_dir: Path) -> list[Path]:
    """Homepage files of a Hugo site: the landing page, the widget bundle's index."""
    if not is_hugo(site_dir):
        return []
    names = ("_index.md", "home/index.md", "home/_index.md")
    return [root / n for root in content_roots(site_dir) for n in names if (root / n).is_file()]


def hugo_news_pages(site_dir: Path, is_news_title: Callable[[str], bool]) -> list[Path]:
    """Where a Hugo site keeps its news, in the order tried.

    The homepage widget ``home/news.md`` (or any widget titled as news), then the news
    section's list page ``news/_index.md``; a ``pages`` widget only lists that section,
    so it comes after it.
    """
    if not is_hugo(site_dir):
        return []
    widget_pages: list[Path] = []  # a news section built of widgets: the whole list
    widgets: list[Path] = []
    listers: list[Path] = []
    sections: list[Path] = []
    for root in content_roots(site_dir):
        home = root / "home"
        found = [home / "news.md"] if (home / "news.md").is_file() else []
        if home.is_dir():
            found += [
                p
                for p in sorted(home.glob("*.md"))
                if p.name not in ("news.md", "index.md", "_index.md")
                and is_news_title(_text(front_matter(p).get("title")))
            ]
        for page in found:
            kind = _text(front_matter(page).get("widget")).lower()
            (listers if kind == "pages" else widgets).append(page)
        sections += [root / n for n in ("news/_index.md", "news.md") if (root / n).is_file()]
        widget_pages += news_widget_pages(root, is_news_title)
    return widget_pages + widgets + sections + listers


def landing_news(text: str, source: str, is_news_title: Callable[[str], bool]) -> Expanded | None:
    """The news of a Hugo Blox landing page, kept in its front matter: the ``text`` of
    a ``sections:`` block whose ``content.title`` is a news title, under that title as
    a heading, each line mapped to its line in the file; ``None`` when there is none."""
    try:
        meta = split_front_matter(text)[0]
    except BadFrontMatter:
        return None
    sections = meta.get("sections")
    if not isinstance(sections, list):
        return None
    lines = text.split("\n")
    for section in sections:
        content = section.get("content") if isinstance(section, dict) else None
        if not isinstance(content, dict) or not isinstance(content.get("text"), str):
            continue
        title = _text(content.get("title"))
        if not is_news_title(title):
            continue
        body = content["text"].split("\n")
        start = _block_start(lines, body)
        if start is None:
            continue
        title_line = next((n for n in range(start, 0, -1) if "title:" in lines[n - 1]), start)
        origins = [(source, title_line)] + [(source, start + i) for i in range(len(body))]
        return Expanded("\n".join([f"## {title}", *body]), origins)
    return None


def _block_start(lines: list[str], body: list[str]) -> int | None:
    """1-based line of ``lines`` where the YAML block scalar holding ``body`` starts."""
    first = next((i for i, line in enumerate(body) if line.strip()), None)
    if first is None:
        return None
    for number, line in enumerate(lines, 1):
        if line.strip() == body[first].strip() and number - first >= 1:
            return number - first
    return None


def _lower(data: dict[str, Any]) -> dict[str, Any]:
    return {str(k).lower(): v for k, v in data.items()}


def _mapping(value: Any) -> dict[str, Any]:
    return _lower(value) if isinstance(value, dict) else {}


def _text(value: Any) -> str:
    return "" if value is None or isinstance(value, dict | list) else str(value).strip()
