"""Hexo sites: ``_config.yml`` at the top, the pages and posts under ``source/``, the
templates in a theme (``themes/<name>/layout/*.ejs``, ``.njk``, ``.swig``, ``.pug``, or an
npm package named by ``theme:``). Two forms keep a lab's news there:

- a data file ``source/_data/news.yml`` (``.yaml``, ``.json``) that a template of the site
  shows (``site.data.news``), the page being the theme's: read as the list of entries it
  holds (:mod:`.data_lists`), as Jekyll's ``_data/`` is;
- posts of ``source/_posts/`` filed under a news category or tag (``categories: [news]``,
  ``tags: 新闻``), listed by the theme's ``news`` layout on a page such as
  ``source/news/index.md`` (``title: News``, ``layout: news``): each post an item, titled
  by its ``title:``, dated by its ``date:`` (in ``_config.yml``'s ``timezone``), linked at
  the ``permalink`` of ``_config.yml`` (``:year/:month/:day/:title/`` unless set).
  Drafts (``published: false``) are left out.

A Hexo site is known by ``source/`` beside ``_config.yml`` and either Hexo's ``scaffolds/``
or a ``package.json`` naming ``hexo``.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from ..config import NEWS_HEADINGS
from ..diagnostics import Reporter, display_path
from ..model import Item
from ..parse.front_matter import read_text
from ..parse.markdown import strip_tags
from ..parse.sections import heading_matches
from ..text import first_sentence
from .data_lists import DATA_SUFFIXES, load_data, news_entries
from .documents import front_matter_or_warn
from .front_dates import front_date
from .jekyll import read_config
from .linked_posts import linked_post
from .news_collection import news_files
from .news_page import inside

TEMPLATE_SUFFIXES = (".ejs", ".njk", ".swig", ".pug", ".jade", ".html", ".hbs", ".jsx")
DEFAULT_PERMALINK = ":year/:month/:day/:title/"
MAX_TEMPLATES = 400
_SHOWN = re.compile(r"""\bsite\.data(?:\.(\w+)|\[\s*['"](\w+)['"]\s*\])""")
_NEWS_PAGES = ("source/news/index.md", "source/news.md", "source/index.md")


def is_hexo(site_dir: Path) -> bool:
    if not ((site_dir / "_config.yml").is_file() and (site_dir / "source").is_dir()):
        return False
    package = site_dir / "package.json"
    named = package.is_file() and '"hexo"' in package.read_text("utf-8", errors="replace")
    return named or (site_dir / "scaffolds").is_dir()


def hexo_news(site_dir: Path) -> Path | None:
    """What a Hexo site's news is read from: the news data file a template shows, else
    its news page (``source/news/index.md``, whose posts :func:`read_hexo_posts` adds),
    else ``None`` (no Hexo site, or neither)."""
    if not is_hexo(site_dir):
        return None
    shown = {name for text in _templates(site_dir) for name in _shown_names(text)}
    for name in sorted(shown, key=lambda n: (not heading_matches(n, NEWS_HEADINGS), n)):
        for suffix in DATA_SUFFIXES:
            data = site_dir / "source" / "_data" / f"{name}{suffix}"
            if heading_matches(name, NEWS_HEADINGS) and data.is_file() and _holds_entries(data):
                return data
    if not _news_posts(site_dir):
        return None
    return next((site_dir / n for n in _NEWS_PAGES if (site_dir / n).is_file()), None)


def read_hexo_posts(site_dir: Path, site_url: str, tz: dt.tzinfo, reporter: Reporter) -> list[Item]:
    """The posts of ``source/_posts/`` filed under news, newest first; ``[]`` when the
    site is no Hexo site or has none."""
    if not is_hexo(site_dir):
        return []
    config = read_config(site_dir) or {}
    permalink = str(config.get("permalink") or DEFAULT_PERMALINK).strip().lstrip("/")
    root = "/" + str(config.get("root") or "/").strip("/")
    prefix = site_url.rstrip("/") + root.rstrip("/")
    items = []
    for path, meta, body, line in _news_posts(site_dir, reporter):
        value = meta.get("date")
        span = front_date(value, tz) if value else None
        if span is None:
            reporter.warn(display_path(path), 1, "a news post without a date:; left out")
            continue
        title = strip_tags(str(meta.get("title") or "")).strip() or path.stem
        slug = path.relative_to(site_dir / "source" / "_posts").with_suffix("").as_posix()
        url = f"{prefix}/{_permalink(permalink, span.start, slug)}"
        opening = first_sentence(strip_tags(re.split(r"\n\s*\n", body.strip(), maxsplit=1)[0]))
        items.append(linked_post(title, url, span, display_path(path), line, lambda o=opening: o))
    return sorted(items, key=lambda e: -(e.span.start if e.span else dt.date.min).toordinal())


def _news_posts(
    site_dir: Path, reporter: Reporter | None = None
) -> list[tuple[Path, dict[str, Any], str, int]]:
    """(path, front matter, body, the title's line) of each published post filed under
    news by a category or tag."""
    folder = site_dir / "source" / "_posts"
    if not (folder.is_dir() and inside(folder, site_dir)):
        return []
    found = []
    for path in news_files(folder):
        text = read_text(path, display_path(path))
        if (
            read := front_matter_or_warn(text, display_path(path), reporter, "post skipped")
        ) is None:
            continue
        meta, body = read
        if meta.get("published") is False or not _filed_as_news(meta):
            continue
        head = text[: len(text) - len(body)]
        title_line = next(
            (n for n, line in enumerate(head.splitlines(), 1) if line.startswith("title:")), 1
        )
        found.append((path, meta, body, title_line))
    return found


def _filed_as_news(meta: dict[str, Any]) -> bool:
    """Whether a post's categories or tags name news (``[news]``, ``News``, ``[[新闻]]``)."""
    names: list[str] = []
    for key in ("categories", "category", "tags"):
        value = meta.get(key)
        todo = [value]
        while todo:
            part = todo.pop()
            if isinstance(part, list):
                todo += part
            elif isinstance(part, str | int):
                names.append(str(part))
    return any(heading_matches(name, NEWS_HEADINGS) for name in names)


def _permalink(pattern: str, day: dt.date, slug: str) -> str:
    """A post's address under Hexo's ``permalink`` pattern."""
    values = {
        "year": f"{day:%Y}", "month": f"{day:%m}", "day": f"{day:%d}",
        "i_month": str(day.month), "i_day": str(day.day), "title": slug,
        "name": slug.rsplit("/", 1)[-1], "post_title": slug, "hash": "", "category": "",
    }  # fmt: skip
    path = re.sub(r":(\w+)", lambda m: values.get(m.group(1), m.group()), pattern)
    return re.sub(r"/{2,}", "/", path)


def _templates(site_dir: Path) -> list[str]:
    """The texts of the site's theme templates and pages (where ``site.data`` is shown)."""
    roots = [site_dir / "themes", site_dir / "source", site_dir / "node_modules"]
    texts = []
    for root in roots:
        if not root.is_dir():
            continue
        pattern = "hexo-theme-*/layout/**/*" if root.name == "node_modules" else "**/*"
        for path in sorted(root.glob(pattern)):
            if len(texts) >= MAX_TEMPLATES:
                return texts
            if path.suffix.lower() in (*TEMPLATE_SUFFIXES, ".md") and path.is_file():
                texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts


def _shown_names(text: str) -> list[str]:
    return [m.group(1) or m.group(2) for m in _SHOWN.finditer(text)]


def _holds_entries(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
        return news_entries(load_data(text, path.suffix.lower()), text, path.suffix) is not None
    except (ValueError, OSError):
        return False
