"""What Quarto and R Markdown sites say about their pages: which name news, in any of
our languages (``News``, ``noticias.qmd``, ``Actualités``), and which the navbar or
sidebar of ``_quarto.yml`` (or R Markdown's ``_site.yml``) links to as news."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..diagnostics import BuildError
from ..parse.page import heading_matches
from ..parse.settings_files import settings_file
from ..text import without_accents
from .listed_item import DOCUMENT_SUFFIXES

SITE_FILES = ("_quarto.yml", "_quarto.yaml", "_site.yml", "_site.yaml")
NEWS_WORDS = frozenset({
    "news", "updates", "announcements", "noticias", "noticia", "novedades", "novidades",
    "nouvelles", "actualites", "actualite", "neuigkeiten", "aktuelles", "meldungen",
    "nachrichten", "novita", "notizie", "nieuws", "nyheter", "ニュース", "お知らせ", "新闻", "新聞",
    "动态", "消息", "최근소식", "소식"
})  # fmt: skip


def says_news(text: str, news_headings: list[str]) -> bool:
    """Whether a title, file name or id names news in one of our languages."""
    folded = _fold(text)
    if heading_matches(folded, [_fold(h) for h in news_headings]):
        return True
    words = set(re.findall(r"[^\W\d_]+", folded))
    return bool(words & NEWS_WORDS) or any(w in text for w in NEWS_WORDS if not w.isascii())


def navbar_news_pages(site_dir: Path, news_headings: list[str]) -> list[Path]:
    """Pages the site's navbar or sidebar links to as news (``text: Notícias``,
    ``href: news.html``; ``text: What's New``, ``href: news/index.qmd``)."""
    return [page for page, news in navbar_pages(site_dir, news_headings) if news]


def navbar_pages(site_dir: Path, news_headings: list[str]) -> list[tuple[Path, bool]]:
    """Each page the site's navbar or sidebar links to, and whether it links to it as news
    (by the entry's text, else the page's name)."""
    found = []
    for name in SITE_FILES:
        try:
            config = settings_file(site_dir / name)
        except BuildError:
            continue
        website = config.get("website") if isinstance(config.get("website"), dict) else config
        menus = [website.get(k) for k in ("navbar", "sidebar")] if isinstance(website, dict) else []
        for text, href in _nav_links(menus):
            name_ = Path(urlsplit(href).path).stem
            news = says_news(text or name_, news_headings)
            found += [(page, news) for page in _page_at(site_dir, href)]
    return found


def _nav_links(value: Any) -> list[tuple[str, str]]:
    """(text, href) of every entry of a navbar or sidebar, menus and sections included."""
    if isinstance(value, list):
        return [link for item in value for link in _nav_links(item)]
    if isinstance(value, str):
        return [("", value)]
    if not isinstance(value, dict):
        return []
    links = [
        link for key in ("left", "right", "menu", "contents") for link in _nav_links(value.get(key))
    ]
    href = value.get("href") or value.get("file")
    if isinstance(href, str):
        links.append((str(value.get("text") or ""), href))
    return links


def _page_at(site_dir: Path, href: str) -> list[Path]:
    """The source document of a site-relative link (``news.html`` → ``news.qmd``)."""
    parts = urlsplit(href.strip())
    if parts.scheme or parts.netloc or not parts.path:
        return []
    path = parts.path.strip("/")
    stem = re.sub(r"\.(?:html?|qmd|Rmd|rmd|md|markdown|ipynb)$", "", path) or "index"
    names = [f"{stem}{s}" for s in DOCUMENT_SUFFIXES] + [
        f"{stem}/index{s}" for s in (".qmd", ".Rmd", ".md")
    ]
    return [site_dir / n for n in names if (site_dir / n).is_file()][:1]


def _fold(text: str) -> str:
    """Lower case without accents: ``Notícias`` → ``noticias``."""
    return without_accents(text.lower())
