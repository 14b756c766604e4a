"""Separate news pages written in HTML (``news.html``, ``news/index.html``): a Jekyll page
whose Liquid loop shows a data file (:mod:`.jekyll_data`) or a hand-written page.

A bilingual site keeps one such page per language (``news.html`` and ``news_ja.html``,
``news-fr.html``, each saying its ``lang:`` in the front matter). The news of one feed
comes from one language only, the site's default: the ``lang`` of ``_config.yml``,
else that of the homepage (``index.html``/``index.md`` front matter), else English.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..parse.front_matter import front_matter
from .chosen_language import chosen
from .jekyll import read_config

HTML_NEWS_PAGES = ("news.html", "news.htm", "_pages/news.html", "news/index.html")

_LANGUAGE_PAGE = re.compile(r"news[_.-]([A-Za-z]{2,3}(?:[-_][A-Za-z]{2,4})?)\.html?")
_HOMEPAGES = ("index.html", "index.md", "_pages/about.md", "about.md")


def html_news_pages(site_dir: Path) -> list[Path]:
    """The HTML news pages of ``site``, the default language's first."""
    found = [site_dir / name for name in HTML_NEWS_PAGES if (site_dir / name).is_file()]
    for folder in (site_dir, site_dir / "_pages"):
        if folder.is_dir():
            found += sorted(p for p in folder.iterdir() if _LANGUAGE_PAGE.fullmatch(p.name))
    default = chosen(page_language(p) for p in found) or site_language(site_dir)
    return sorted(found, key=lambda p: page_language(p) not in ("", default))


def site_language(site_dir: Path) -> str:
    """The site's default language code (``en`` when nothing says)."""
    for value in (read_config(site_dir).get("lang"), *_homepage_languages(site_dir)):
        if isinstance(value, str) and value.strip():
            return _code(value)
    return "en"


def page_language(path: Path) -> str:
    """The language of a page: its front matter's ``lang``, else its name's suffix
    (``news_ja.html``), else ``""``."""
    lang = front_matter(path).get("lang")
    if isinstance(lang, str) and lang.strip():
        return _code(lang)
    named = _LANGUAGE_PAGE.fullmatch(path.name)
    return _code(named.group(1)) if named else ""


def language_note(path: Path, site_dir: Path) -> str | None:
    """What ``-v`` says when ``path`` is one of several languages' news pages."""
    if path.suffix.lower() not in (".html", ".htm"):
        return None
    others = [p for p in html_news_pages(site_dir) if p.resolve() != path.resolve()]
    others = [p for p in others if page_language(p) != page_language(path)]
    if not others:
        return None
    language = page_language(path) or site_language(site_dir)
    names = ", ".join(p.name for p in others)
    return (
        f"news read from this page, in '{language}'; not in these feeds, each its own "
        f"language's: {names}"
    )


def _homepage_languages(site_dir: Path) -> list[object]:
    return [
        front_matter(site_dir / name).get("lang")
        for name in _HOMEPAGES
        if (site_dir / name).is_file()
    ]


def _code(value: str) -> str:
    return value.strip().lower().replace("_", "-").split("-")[0]
