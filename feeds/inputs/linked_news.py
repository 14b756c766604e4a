"""The site's fuller news page, linked from a homepage that shows only its latest news.

A hand-written homepage often shows "Some recent news" and links its full news page from
the menu (``<a href="/news.html">News</a>``, an MkDocs ``nav:``, :mod:`.doc_sites`), or
from a sentence of its own (``see all my [news](/news/)``), not from the end of the list
where a "More news →" link is followed (:mod:`feeds.parse.more_links`). Such a link is
followed like an archive link (:mod:`.archive`: items the homepage shows are not added
twice) when its words say news (``News``, ``Lab updates``, ``Older news``, ``Archive``)
or its target is named as a news page (``/news/``, ``news.html``; not under the words
``Read more``, one item's page), that target is a page of the site and it has news items
of its own. Other links are not looked at further, so a homepage of many links costs no
file reads.
"""

from __future__ import annotations

import io
import posixpath
import re
from html import unescape
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..config import Settings
from ..diagnostics import Reporter
from ..parse.front_matter import blank_front_matter, read_text
from ..parse.more_links import PAGE_NAMES, says_more
from ..parse.page import Page
from ..text import without_accents
from .archive import archive_target, rooted_link
from .doc_sites import menu_links
from .layout_menus import menu_files
from .news_page import is_news_title
from .page_reader import read_news_page

Link = tuple[str, str, int]  # (text, href, line)
SHORT_LIST = 60  # items: a homepage showing more shows its whole news (its links not read)


def linked_news_pages(
    content_dir: Path, home: Page, home_path: Path, settings: Settings
) -> list[Link]:
    """The homepage's links to a news page of the site with items, each page once, in
    the order written (not those the homepage's news section links already)."""
    if home_path.is_dir() or not home_path.is_file():
        return []
    seen = {home_path.resolve()}
    for _, href, _ in home.archive:
        target = archive_target(content_dir, home, href, settings.site_url)
        if target is not None:
            seen.add(target.resolve())
    found = []
    for text, href, line in [*page_links(home_path), *menu_links(content_dir)]:
        if not (_says_news(text, settings) or _names_news_page(href, text)):
            continue  # most links: looked at no further (no file is read for them)
        href = rooted_link(href, home, home_path, content_dir)  # en/index.html's "news.html"
        target = archive_target(content_dir, home, href, settings.site_url)
        if target is None or target.resolve() in seen:
            continue
        seen.add(target.resolve())
        scratch = Reporter(quiet=True, stream=io.StringIO())
        if read_news_page(target, settings, scratch, headless=True, site=content_dir)[1]:
            found.append((text.strip(), href, line))
    return found


def news_link_targets(
    content_dir: Path, home: Page, home_path: Path, settings: Settings
) -> list[Path]:
    """The pages of the site the homepage's news links point to (``<a href="{{
    '/noticias.html' | relative_url }}" class="card">Notícias …</a>``), in the order
    written, not read: tried as separate news pages when the homepage has no news. The
    menu of the layouts a Jekyll homepage is shown in counts too (:mod:`.layout_menus`)."""
    if home_path.is_dir() or not home_path.is_file():
        return []
    found = []
    menus = [
        link
        for path in menu_files(home_path, content_dir)
        for link in page_links(path)
        if not _TEMPLATED.search(link[1])  # "{{ page.url }}", "{{ item[1] }}": no address
    ]
    for text, href, _ in [*page_links(home_path), *menu_links(content_dir), *menus]:
        if _says_news(text, settings) or _names_news_page(href, text):
            href = rooted_link(href, home, home_path, content_dir)
            target = archive_target(content_dir, home, href, settings.site_url)
            found += [target] if target is not None else []
    return found


def _says_news(text: str, settings: Settings) -> bool:
    """``News``, ``Lab updates``, ``Older news``, ``Archive``: the words say news."""
    return is_news_title(text, settings.news_headings) or says_more(text)


def _names_news_page(href: str, text: str) -> bool:
    """Whether ``href``'s last part is named as a news page (``/news/``, ``news.html``,
    ``all-updates.md``) and ``text`` is not ``Read more`` (one item's own page)."""
    try:
        parts = urlsplit(href.strip())
    except ValueError:  # "//[1]/": no address (a template's expression left in it)
        return False
    if parts.scheme not in ("", "http", "https") or text.strip().lower().startswith("read"):
        return False
    name = posixpath.basename(unquote(parts.path).rstrip("/"))
    stem = without_accents(re.sub(r"\.[A-Za-z]{1,8}$", "", name).lower())
    return any(word in PAGE_NAMES for word in re.findall(r"[^\W\d_]+", stem))


def page_links(path: Path) -> list[Link]:
    """Every link of a page, in the order written: ``<a href>`` (an HTML page's, or raw
    HTML in Markdown) and Markdown ``[text](href)``; front matter and HTML comments left
    out. Found by two bounded patterns, not a parse: a homepage of any size costs a scan."""
    text = _COMMENT.sub(lambda m: "\n" * m.group().count("\n"), blank_front_matter(read_text(path)))
    found = [
        (_words(m.group(4)), next(g for g in m.groups()[:3] if g is not None), m.start())
        for m in _HTML_A.finditer(text)
    ]
    if path.suffix.lower() not in (".html", ".htm"):
        found += [(_words(m.group(1)), m.group(2), m.start()) for m in _MD_LINK.finditer(text)]
    links, line, counted = [], 1, 0
    for words, href, at in sorted(found, key=lambda link: link[2]):
        line, counted = line + text.count("\n", counted, at), at  # one pass over the text
        links.append((words, _BASE_URL.sub("", _LIQUID_URL.sub(r"\2", href)), line))
    return links


_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_HTML_A = re.compile(
    r"<a\b[^>]{0,500}?\bhref\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))[^>]{0,500}>(.{0,300}?)</a\s*>",
    re.I | re.S,
)
# [text](href "title"), the text holding at most one bracket pair: [[Prior news here]](/archives)
_MD_LINK = re.compile(
    r"\[((?:[^\[\]\n]|\[[^\[\]\n]{0,200}\]){1,200})\]\(\s*<?([^\s()<>]+)>?(?:\s+\"[^\"\n]*\")?\s*\)"
)
_TAG = re.compile(r"<[^>]*>")
# {{ '/news.html' | relative_url }}, {{ site.baseurl }}/news/: Liquid's ways to write a link
_LIQUID_URL = re.compile(
    r"\{\{-?\s*(['\"])([^'\"{}]*)\1\s*\|\s*(?:relative_url|absolute_url)\s*-?\}\}"
)
_TEMPLATED = re.compile(r"[{}\[\]]")  # what a template still holds once Liquid URLs are read
_BASE_URL = re.compile(r"\{\{-?\s*site\.(?:baseurl|url)\s*-?\}\}")


def _words(text: str) -> str:
    """A link's text as a reader sees it: no tags, entities read, spaces squeezed."""
    text = _TAG.sub(" ", text) if "<" in text else text
    return " ".join((unescape(text) if "&" in text else text).split())
