"""A Jekyll news collection in another language, kept beside ``_news/``: ``_config.yml``
declares it (``collections: news_french:``, ``news_zh``, ``actualites``) and a page of
that language walks it in a Liquid loop, in itself or a file it includes::

    _pages/fr/news.md:              lang: fr … {% include news_french.liquid %}
    _includes/news_french.liquid:   {% for item in site.news_french %} … {% endfor %}

Its language is the one its name says (``french``, ``zh``), else the looping page's
(``lang:``, its folder ``_pages/fr/``, its permalink ``/fr/…``). That language gets a
feed set of its own (:mod:`.site_languages`), its items read from this collection
instead of ``_news/`` when the ``language`` setting names it
(:func:`chosen_news_collection`); the default language's news stay ``_news/``'s.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

from ..config import NEWS_HEADINGS
from ..diagnostics import BuildError
from ..parse.front_matter import front_matter, read_text
from .chosen_language import chosen
from .html_news_pages import site_language
from .jekyll import collection_dir, read_config
from .language_homepages import language_code

MAX_PAGES = 200  # pages looked through for a loop
_TEMPLATE_SUFFIXES = (".md", ".markdown", ".html", ".htm", ".liquid")
_INCLUDE = re.compile(r"\{%-?\s*include(?:_relative)?\s+([\w./-]+)")


def chosen_news_collection(site_dir: Path, config: dict[str, Any]) -> str:
    """The news collection of the language the ``language`` setting names (``news``
    unless it names one of :func:`language_collections`)."""
    found = language_collections(site_dir, config)
    code = chosen(found) if found else None
    return found[code] if code is not None else "news"


def language_collections(site_dir: Path, config: dict[str, Any] | None = None) -> dict[str, str]:
    """``{language code: collection name}`` of the site's news collections in other
    languages than its own that a page of theirs shows (``{}`` when none)."""
    config = read_config(site_dir) if config is None else config
    declared = config.get("collections")
    names = list(declared) if isinstance(declared, dict | list) else []
    names = [n for n in names if isinstance(n, str) and n != "news" and news_named(n)]
    names = [n for n in names if has_documents(collection_dir(site_dir, config, n))]
    if not names:
        return {}
    default = site_language(site_dir)
    pages = _pages(site_dir)
    found: dict[str, str] = {}
    for name in names:
        page = next((p for p in pages if walks(p, name, site_dir)), None)
        code = named_language(name) or (_page_language(page) if page is not None else "")
        if page is not None and code and code != default:
            found.setdefault(code, name)
    return found


def _fold(text: str) -> str:
    """Lower case without accents: ``Actualités`` → ``actualites``."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_NEWS_WORDS = {_fold(h) for h in NEWS_HEADINGS}


def news_named(name: str) -> bool:
    """Whether a collection's name says news (``news_french``, ``actualites``)."""
    words = [w for w in re.split(r"[-_.\s]+", _fold(name)) if w]
    return any(w in _NEWS_WORDS for w in words) or " ".join(words) in _NEWS_WORDS


def named_language(name: str) -> str:
    """The language a collection's name says (``news_french`` → ``fr``), else ``""``."""
    words = [w for w in re.split(r"[-_.]+", name.lower()) if w]
    return next((code for w in words if (code := language_code(w))), "")


def has_documents(folder: Path) -> bool:
    return folder.is_dir() and any(
        p.suffix in _TEMPLATE_SUFFIXES for p in folder.rglob("*") if p.is_file()
    )


def _pages(site_dir: Path) -> list[Path]:
    """The site's pages (its root's and ``_pages/``'s, any depth there), in name order."""
    found = [p for p in sorted(site_dir.iterdir()) if p.suffix in _TEMPLATE_SUFFIXES]
    folder = site_dir / "_pages"
    if folder.is_dir():
        found += sorted(p for p in folder.rglob("*") if p.suffix in _TEMPLATE_SUFFIXES)
    return [p for p in found if p.is_file()][:MAX_PAGES]


def walks(page: Path, name: str, site_dir: Path) -> bool:
    """Whether ``page``, or a file it includes, loops over ``site.<name>``."""
    loop = re.compile(rf"\bsite\.{re.escape(name)}(?![\w-])")
    text = _text(page)
    if loop.search(text):
        return True
    for include in _INCLUDE.findall(text):
        for path in (site_dir / "_includes" / include, page.parent / include):
            inside = path.is_file() and path.resolve().is_relative_to(site_dir.resolve())
            if inside and loop.search(_text(path)):
                return True
    return False


def _text(path: Path) -> str:
    try:
        return read_text(path)
    except BuildError:  # not UTF-8: no loop a reader sees
        return ""


def _page_language(page: Path) -> str:
    """A page's language: its ``lang:``, else its folder's name, else its permalink's
    first part (``/fr/news/``)."""
    meta = front_matter(page)
    lang = meta.get("lang")
    if isinstance(lang, str) and (code := language_code(lang.strip())):
        return code
    if code := language_code(page.parent.name):
        return code
    permalink = meta.get("permalink")
    first = str(permalink).strip("/").split("/")[0] if isinstance(permalink, str) else ""
    return language_code(first) if first else ""
