"""The site's fuller news page, linked from a homepage that shows only its latest news.

A hand-written homepage often shows "Some recent news" and links its full news page from
the menu (``<a href="/news.html">News</a>``), or from a sentence of its own (``see all
my [news](/news/)``), not from the end of the list where a "More news →" link is
followed (:mod:`feeds.parse.more_links`). Such a link is followed like an archive link
(:mod:`.archive`: items the homepage shows are not added twice) when its words say news
(``News``, ``Lab updates``, ``Older news``, ``Archive``) or its target is named as a news
page (``/news/``, ``news.html``; not under the words ``Read more``, one item's page),
that target is a page of the site and it has news items of its own. Other links are
not looked at further, so a homepage of many links costs no file reads.
"""

from __future__ import annotations

import io
import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..config import Settings
from ..diagnostics import Reporter
from ..parse.front_matter import blank_front_matter, read_text
from ..parse.markdown import markdown
from ..parse.more_links import PAGE_NAMES, says_more
from ..parse.page import Page
from ..text import without_accents
from .archive import archive_target
from .news_page import is_news_title
from .page_reader import read_news_page

Link = tuple[str, str, int]  # (text, href, line)


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
    for text, href, line in page_links(home_path):
        if not (_says_news(text, settings) or _names_news_page(href, text)):
            continue  # most links: looked at no further (no file is read for them)
        target = archive_target(content_dir, home, href, settings.site_url)
        if target is None or target.resolve() in seen:
            continue
        seen.add(target.resolve())
        scratch = Reporter(quiet=True, stream=io.StringIO())
        if read_news_page(target, settings, scratch, headless=True, site=content_dir)[1]:
            found.append((text.strip(), href, line))
    return found


def _says_news(text: str, settings: Settings) -> bool:
    """``News``, ``Lab updates``, ``Older news``, ``Archive``: the words say news."""
    return is_news_title(text, settings.news_headings) or says_more(text)


def _names_news_page(href: str, text: str) -> bool:
    """Whether ``href``'s last part is named as a news page (``/news/``, ``news.html``,
    ``all-updates.md``) and ``text`` is not ``Read more`` (one item's own page)."""
    parts = urlsplit(href.strip())
    if parts.scheme not in ("", "http", "https") or text.strip().lower().startswith("read"):
        return False
    name = posixpath.basename(unquote(parts.path).rstrip("/"))
    stem = without_accents(re.sub(r"\.[A-Za-z]{1,8}$", "", name).lower())
    return any(word in PAGE_NAMES for word in re.findall(r"[^\W\d_]+", stem))


def page_links(path: Path) -> list[Link]:
    """Every link of a page: ``<a href>`` of an HTML page, Markdown and raw-HTML links of
    a Markdown page (front matter and HTML comments left out), in the order written."""
    text = blank_front_matter(read_text(path))
    anchors = _Anchors()
    anchors.feed(text)
    anchors.close()
    found = anchors.links
    if path.suffix.lower() not in (".html", ".htm"):
        found = sorted(found + _markdown_links(text), key=lambda link: link[2])
    return found


def _markdown_links(text: str) -> list[Link]:
    found = []
    for token in markdown().parse(text):
        if token.type != "inline" or not token.children:
            continue
        line = token.map[0] + 1 if token.map else 0
        children = token.children
        for k, child in enumerate(children):
            if child.type != "link_open":
                continue
            words = []
            for inner in children[k + 1 :]:
                if inner.type == "link_close":
                    break
                words.append(inner.content)
            found.append(("".join(words), str(child.attrs.get("href", "")), line))
    return found


class _Anchors(HTMLParser):
    """The ``<a href>`` of a text, with the words inside each and its line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[Link] = []
        self._open: list[tuple[str, int, list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            href = next((v for k, v in attrs if k == "href" and v), None)
            if href is not None:
                self._open.append((href, self.getpos()[0], []))

    def handle_data(self, data: str) -> None:
        for _, _, words in self._open:
            words.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._open:
            href, line, words = self._open.pop()
            self.links.append((" ".join("".join(words).split()), href, line))
