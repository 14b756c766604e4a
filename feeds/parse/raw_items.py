"""What the section reader hands on: a page's news items, still as tokens.

:mod:`feeds.parse.sections` fills them; the item rules (:mod:`feeds.parse.item` and the
modules it calls) read them. Kept apart so that a rule module can name the type without
importing the reader that makes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markdown_it.token import Token


@dataclass
class RawItem:
    """One bullet (or dated paragraph) of the news section, still as tokens."""

    source: str
    line: int  # 1-based
    section: str  # slug of the subsection heading, "news" when there is none
    tokens: list[Token]  # the item's block tokens (without list_item_open/close)
    paragraph: bool = False  # a loose paragraph, not a bullet: an item only if dated
    year: int | None = None  # the year a heading or group gives (``### 2023``)
    month: int | None = None  # the month a heading gives with the year (``### March 2024``)


@dataclass
class Page:
    """A parsed page: its front matter, title, news items and archive links."""

    source: str
    meta: dict[str, Any]
    title: str
    items: list[RawItem] = field(default_factory=list)
    archive: list[tuple[str, str, int]] = field(default_factory=list)  # text, href, line
    found_news: bool = False
    news_heading: tuple[str, int] | None = None  # the news heading's text and line
    # the first news section that shows words (its heading's text and line): the one to
    # name when the page yields no items, rather than an empty news heading above it
    filled_section: tuple[str, int] | None = None
    language: str = ""  # the language the page says it is in (:mod:`.page_language`)
    # each news section read: its heading's text and line, and its items' [first, end)
    sections: list[tuple[str, int, int, int]] = field(default_factory=list)
