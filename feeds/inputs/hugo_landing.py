"""The news of a Hugo Blox landing page (``type: landing``), kept in the ``sections:`` of its
front matter rather than in its body: the ``text`` of a ``markdown`` block (or any block
with a ``content.text``).

A block titled as news (``content.title: News``, or untitled with ``id: News``) is the
news, under its title; else the first block holding a news heading itself (``<h1>🔥
News</h1>``, ``## News``); else, on a landing page that is the site's news page (its own
``title:`` says news: ``content/news/_index.md``), the first block whose raw HTML boxes
are classed as news (``<div class="news-item">``, ``<ul class="news-list">``) under the
page's title: its title bar, style and footer blocks are not news.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..parse.front_matter import BadFrontMatter, split_front_matter
from ..parse.markdown import strip_tags
from .includes import Expanded

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$|<h[1-6][^>]*>(.*?)</h[1-6]>", re.I | re.M)
_NEWS_CLASS = re.compile(r"""<\w+[^>]*\bclass\s*=\s*["'][^"']*\bnews\b""", re.I)


def landing_news(text: str, source: str, is_news_title: Callable[[str], bool]) -> Expanded | None:
    """The news of a Hugo Blox landing page, kept in its front matter: the ``text`` of
    a ``sections:`` block whose ``content.title`` is a news title (or, untitled, whose
    ``id`` is: ``id: News``), under that title as a heading, else the ``text`` of the first
    block (of any kind: ``markdown``, ``contact``, …) holding a news heading itself
    (``<h1>🔥 News</h1>``, ``## News``); each line mapped to its line in the file;
    ``None`` when there is none."""
    try:
        meta = split_front_matter(text)[0]
    except BadFrontMatter:
        return None
    sections = meta.get("sections")
    if not isinstance(sections, list):
        return None
    lines = text.split("\n")
    texts = [
        (section, content)
        for section in sections
        if isinstance(section, dict)
        and isinstance(content := section.get("content"), dict)
        and isinstance(content.get("text"), str)
    ]
    for section, content in texts:
        title = _text(content.get("title"))
        if not is_news_title(title):  # untitled, its anchor says news: ``id: News``
            title = "" if title else _text(section.get("id"))
            if not is_news_title(title):
                continue
        body = content["text"].split("\n")
        start = _block_start(lines, body)
        if start is None:
            continue
        title_line = next((n for n in range(start, 0, -1) if "title:" in lines[n - 1]), start)
        origins = [(source, title_line)] + [(source, start + i) for i in range(len(body))]
        return Expanded("\n".join([f"## {title}", *body]), origins)
    for _section, content in texts:  # any block whose text holds a news heading itself
        headings = _HEADING.findall(content["text"])
        if not any(is_news_title(strip_tags(a or b)) for a, b in headings):
            continue
        body = content["text"].split("\n")
        if (start := _block_start(lines, body)) is not None:
            return Expanded("\n".join(body), [(source, start + i) for i in range(len(body))])
    if is_news_title(page_title := _text(meta.get("title"))):  # the site's news page
        for _section, content in texts:  # its block of boxes classed as news
            body = content["text"].split("\n")
            start = _block_start(lines, body)
            if start is not None and _NEWS_CLASS.search(content["text"]):
                origins = [(source, start)] + [(source, start + i) for i in range(len(body))]
                return Expanded("\n".join([f"## {page_title}", *body]), origins)
    return None


def _block_start(lines: list[str], body: list[str]) -> int | None:
    """1-based line of ``lines`` where the YAML block scalar holding ``body`` starts: where
    all its lines are, not only its first (blocks may open alike: ``<div class="wrap">``)."""
    first = next((i for i, line in enumerate(body) if line.strip()), None)
    if first is None:
        return None
    opening = None
    for number, line in enumerate(lines, 1):
        if line.strip() == body[first].strip() and number - first >= 1:
            start = number - first
            opening = opening or start
            said = [t.strip() for t in body]
            while said and not said[-1]:  # the scalar's closing newline
                said.pop()
            if [t.strip() for t in lines[start - 1 : start - 1 + len(said)]] == said:
                return start
    return opening


def _text(value: Any) -> str:
    return "" if value is None or isinstance(value, dict | list) else str(value).strip()
