"""The languages of a multilingual site, each of which can have feeds of its own.

A Hugo site's language trees (:mod:`.hugo_languages`), a jekyll-polyglot site's
``languages`` that have a ``_news/<lang>/`` or ``_pages/<lang>/`` folder, the
languages of its second-language news collections (``_news_french/``,
:mod:`.language_collections`), of a site's HTML news pages (``news.html`` + ``news_ja.html``,
:mod:`.html_news_pages`) or of its homepage's copies (``cn.html``,
:mod:`.language_homepages`); the default language first. A site in one language has none
(``[]``): its feeds are built as ever.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .html_news_pages import html_news_pages, page_language, site_language
from .hugo import is_hugo, read_hugo_config
from .hugo_languages import language_trees
from .jekyll import find_homepage, read_config
from .language_collections import language_collections
from .language_homepages import language_homepages
from .polyglot import polyglot_languages


@dataclass(frozen=True)
class SiteLanguage:
    """One language of the site: its ``code`` (its output folder, ``fr``), the language
    its feeds name (Hugo's ``languageCode``, else the code) and its own base URL when
    the site's configuration gives it one (``""``: the site's URL + ``<code>/``)."""

    code: str
    feed_language: str
    base_url: str = ""


def site_languages(site_dir: Path) -> list[SiteLanguage]:
    """The site's languages that keep content of their own, the default first; ``[]``
    when the site has fewer than two."""
    if not site_dir.is_dir():
        return []
    if is_hugo(site_dir):
        found = _hugo_languages(site_dir)
    else:
        codes = polyglot_languages(read_config(site_dir))
        found = [
            SiteLanguage(code, code)
            for code in codes
            if (site_dir / "_news" / code).is_dir() or (site_dir / "_pages" / code).is_dir()
        ]
        found = found or _collection_languages(site_dir)
        found = found or _news_page_languages(site_dir)
        found = found if len(found) > 1 else _homepage_languages(site_dir)
    return found if len(found) > 1 else []


def _homepage_languages(site_dir: Path) -> list[SiteLanguage]:
    """The homepage's copies in other languages (``cn.html``, ``_pages/about_zh.md``)."""
    others = language_homepages(site_dir, find_homepage(site_dir))
    codes = [site_language(site_dir), *others] if others else []
    return [SiteLanguage(code, code) for code in codes]


def _collection_languages(site_dir: Path) -> list[SiteLanguage]:
    """The site's language, then those of its news collections in others (``news_fr``)."""
    others = language_collections(site_dir)
    codes = [site_language(site_dir), *others] if others else []
    return [SiteLanguage(code, code) for code in codes]


def _news_page_languages(site_dir: Path) -> list[SiteLanguage]:
    """One HTML news page per language (``news.html`` + ``news_ja.html``)."""
    default = site_language(site_dir)
    codes = [page_language(p) or default for p in html_news_pages(site_dir)]
    return [SiteLanguage(code, code) for code in dict.fromkeys([default, *codes])]


def _hugo_languages(site_dir: Path) -> list[SiteLanguage]:
    config = read_hugo_config(site_dir)
    table = config.get("languages")
    table = {str(k).lower(): v for k, v in table.items()} if isinstance(table, dict) else {}
    languages = []
    for tree in language_trees(site_dir, config):
        own = table.get(tree.language)
        own = {str(k).lower(): v for k, v in own.items()} if isinstance(own, dict) else {}
        languages.append(
            SiteLanguage(
                tree.language,
                _text(own.get("languagecode")) or tree.language,
                _text(own.get("baseurl")).rstrip("/"),
            )
        )
    return languages


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""
