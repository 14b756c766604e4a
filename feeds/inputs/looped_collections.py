"""A Jekyll collection of news under another name than ``_news/``, that the homepage
walks in a Liquid loop (in itself or a file it includes)::

    _config.yml:  collections: {updates: {output: true, permalink: /updates/:name/}}
    index.md:     {% assign items = site.updates | sort: 'date' | reverse %}
                  {% for u in items limit: 10 %}<li>{{ u.date }} {{ u.title }}</li>{% endfor %}
    _updates/2025-12-20-new-project.md:   title:, date:, a body

So is one the site's news page walks (``updates.md`` with ``permalink: /updates/``, a
page titled ``News``: :func:`.news_page.news_page_candidates`). Its documents are the
site's news, read as ``_news/``'s are (:mod:`.news_collection`):
the collection must be declared under ``collections:``, be named as news (``updates``,
``announcements``, ``actualites``: a news heading's words; never a collection of another
language, :mod:`.language_collections`) and hold documents; the site has no ``_news/``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..config import NEWS_HEADINGS
from ..diagnostics import Reporter, display_path
from ..model import Item
from .jekyll import collection_dir, find_homepage, read_config
from .language_collections import has_documents, named_language, news_named, walks
from .news_page import news_page_candidates


def looped_news_collection(site_dir: Path, config: dict[str, Any]) -> str | None:
    """The name of the collection the homepage (or a news page) walks as its news
    (``updates``), else ``None`` (the site keeps ``_news/``, or no such page walks one)."""
    if has_documents(collection_dir(site_dir, config, "news")):
        return None
    declared = config.get("collections")
    names = list(declared) if isinstance(declared, dict | list) else []
    names = [n for n in names if isinstance(n, str) and n != "news" and news_named(n)]
    names = [n for n in names if not named_language(n)]
    names = [n for n in names if has_documents(collection_dir(site_dir, config, n))]
    if not names:
        return None
    home = find_homepage(site_dir)
    pages = [home] if home is not None else []
    pages += news_page_candidates(site_dir, NEWS_HEADINGS)  # updates.md, permalink /news/
    return next((n for n in names if any(walks(p, n, site_dir) for p in pages)), None)


def walked_news_collection(site_dir: Path, page: Path, config: dict[str, Any]) -> str | None:
    """The news collection (``news``, or the one of :func:`looped_news_collection`) that
    ``page`` walks in a loop of its own, else ``None``."""
    name = looped_news_collection(site_dir, config) or "news"
    if not has_documents(collection_dir(site_dir, config, name)) or not page.is_file():
        return None
    return name if walks(page, name, site_dir) else None


def beside_looped_news(
    site_dir: Path, page: Path, home: list[Item], news: list[Item], reporter: Reporter
) -> list[Item]:
    """The homepage's items, none when they are all undated and the page walks the news
    collection (``news``) was read from in a loop of its own: its news is that loop, and
    the entries written beside it (a card of "Quick links" to the site's pages) are not."""
    if not home or not news or any(item.span is not None for item in home):
        return home
    name = walked_news_collection(site_dir, page, read_config(site_dir))
    if name is None:
        return home
    sections = sorted({item.section for item in home if item.section})
    places = {(item.source, item.line) for item in home}
    reporter.problems[:] = [  # their "no date found" warnings go with them
        p for p in reporter.problems if (p.source, p.line) not in places
    ]
    reporter.info(
        display_path(page),
        None,
        f"its {len(home)} undated entries (section {', '.join(sections) or '-'}) are not news:"
        f" the page shows its news in a loop over site.{name}, read from _{name}/",
    )
    return []
