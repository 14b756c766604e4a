"""A homepage's copy in another language, kept beside it: ``cn.html``, ``zh.md``,
``index_cn.md``, ``index-zh.html``, ``_pages/about_zh.md``, ``ja/index.md``,
``_pages/de/about.md`` (the "中文主页"
a homepage's menu links to). Its news is that language's: the language gets a feed set
of its own (:mod:`.site_languages`), read with this page as its homepage when the
``language`` setting names it (:func:`chosen_homepage`).

Only a page named by a language (its code, a common alias such as ``cn``/``jp``/``kr``, or
its English name), in another language than the site's and with a news heading or an
included news file, counts: an old copy without news builds nothing.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..config import NEWS_HEADINGS
from ..diagnostics import BuildError
from ..parse.front_matter import front_matter, read_text
from ..parse.heading_names import heading_matches
from ..parse.markdown import strip_tags
from .chosen_language import chosen
from .html_news_pages import site_language

_ALIASES = {
    "cn": "zh", "chinese": "zh", "zh-cn": "zh", "zh-hans": "zh", "jp": "ja", "japanese": "ja",
    "kr": "ko", "korean": "ko", "english": "en", "french": "fr", "german": "de",
    "spanish": "es", "portuguese": "pt", "italian": "it", "russian": "ru",
}  # fmt: skip
_CODES = {
    "zh", "zh-tw", "zh-hant", "ja", "ko", "en", "fr", "de", "es", "pt", "pt-br", "it", "ru",
    "nl", "pl", "tr", "vi", "ar", "he", "fa", "sv", "fi", "da", "nb", "cs", "el", "hu", "id",
    "th", "uk", "ca", "ro",
}  # fmt: skip
_STEMS = ("index", "about", "home", "homepage")
_SUFFIXES = (".md", ".markdown", ".html", ".htm")
_NAMED = re.compile(
    rf"(?:(?:{'|'.join(_STEMS)})[-_.])?([a-z]{{2,10}}(?:[-_][a-z]{{2,4}})?)", re.IGNORECASE
)
_HEADING = re.compile(
    r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$|<h[1-6][^>]*>(.*?)</h[1-6]>|^(\S.*)\n\s{0,3}(?:=+|-{3,})\s*$",
    re.I | re.M,
)  # "## News", "<h2>News</h2>", "News" over "===="
_NEWS_INCLUDE = re.compile(r"\{%-?\s*include(?:_relative)?\s+\S*news\S*", re.I)


def language_homepages(site_dir: Path, homepage: Path | None) -> dict[str, Path]:
    """The other languages' homepages beside ``homepage`` that have news, by language
    code, in the order of their names (``{}`` when there are none)."""
    named = _named_pages(site_dir)
    default = site_language(site_dir) if named else ""
    found: dict[str, Path] = {}
    for path in named:
        code = _language(path)
        if not code or code == default or code in found or _same(path, homepage):
            continue
        if _has_news(path):
            found[code] = path
    return found


def chosen_homepage(site_dir: Path, homepage: Path | None) -> Path | None:
    """The homepage of the language the ``language`` setting names, when it is one of
    :func:`language_homepages` (``None``: the site's own homepage)."""
    pages = language_homepages(site_dir, homepage) if homepage is not None else {}
    code = chosen(pages) if pages else None
    return pages[code] if code is not None else None


def _named_pages(site_dir: Path) -> list[Path]:
    found = []
    for folder in (site_dir, site_dir / "_pages"):
        if folder.is_dir():
            found += sorted(
                p
                for p in folder.iterdir()
                if p.suffix.lower() in _SUFFIXES and p.is_file() and _code(p.stem)
            )
    for parent in (site_dir, site_dir / "_pages"):  # de/index.md, _pages/de/about.md
        for folder in sorted(parent.iterdir()) if parent.is_dir() else []:
            if folder.is_dir() and _code(folder.name, alone=True):
                found += [
                    folder / f"{stem}{s}"
                    for stem in _STEMS
                    for s in _SUFFIXES
                    if (folder / f"{stem}{s}").is_file()
                ][:1]
    return found


def _language(path: Path) -> str:
    """The page's language: its front matter's ``lang``, else its name's."""
    lang = front_matter(path).get("lang")
    if isinstance(lang, str) and _code(lang.strip(), alone=True):
        return _code(lang.strip(), alone=True)
    homepage = path.stem.lower() in _STEMS  # fr/index.md, _pages/de/about.md
    return _code(path.parent.name if homepage else path.stem, alone=homepage)


def language_code(name: str) -> str:
    """The language a word or ``lang`` value names (``french``, ``cn``, ``fr-FR``), else ``""``."""
    return _code(name, alone=True) or _code(re.split(r"[-_]", name, maxsplit=1)[0], alone=True)


def _code(name: str, *, alone: bool = False) -> str:
    """The language a page's name says (``cn`` → ``zh``, ``index_ja`` → ``ja``); ``""``."""
    match = _NAMED.fullmatch(name)
    if match is None or (alone and match.group(0) != match.group(1)):
        return ""
    word = match.group(1).lower().replace("_", "-")
    code = _ALIASES.get(word, word)
    return code if code in _CODES else ""


def _same(path: Path, homepage: Path | None) -> bool:
    return homepage is not None and path.resolve() == homepage.resolve()


def _has_news(path: Path) -> bool:
    """Whether the page has a news heading (``## 新闻动态``, ``<h2>ニュース</h2>``) or
    includes a news file."""
    try:
        text = read_text(path)
    except BuildError:  # an unreadable page is no language's homepage
        return False
    if _NEWS_INCLUDE.search(text):
        return True
    return any(
        heading_matches(strip_tags(a or b or c), NEWS_HEADINGS)
        for a, b, c in _HEADING.findall(text)
    )
