"""A Jekyll post the news list shows by its body: a research group's news post written
without a ``title:`` (a "short news" blurb), on a site whose posts loop prints each
post's content (``{{ post.content | markdownify }}``, in the page or an include it
calls, as the UW SAMPA research-group template's ``news-item.html`` does). The item is
that body, as the list shows it (its words, links, type), dated by the post's date; its
file name (``2014-05-14-test.md``) says nothing the reader sees.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..diagnostics import Reporter
from ..model import DateSpan, Item
from ..parse.front_matter import blank
from ..parse.item import to_item
from ..parse.markdown import markdown
from ..parse.page import RawItem
from ..text import emojize
from .jekyll_post_selection import template_texts

_PRINTS_CONTENT = re.compile(r"\{\{-?\s*[\w.]+\.content\b")  # {{ post.content | … }}
_HIDDEN = re.compile(r"<!--.*?(?:-->|\Z)|\{%.*?%\}|\{\{.*?\}\}", re.DOTALL)  # comments, Liquid


def prints_post_content(page: Path, site_dir: Path) -> bool:
    """Whether ``page``, its layouts or what they include print a post's content."""
    return any(_PRINTS_CONTENT.search(text) for text in template_texts(page, site_dir))


def body_item(
    body: str, source: str, span: DateSpan | None, site_url: str, first_line: int = 1
) -> Item | None:
    """The post's body (whose first line is the file's ``first_line``) as one news item
    dated ``span``; ``None`` when it says nothing."""
    tokens = markdown().parse(emojize(blank(body, _HIDDEN)))
    first = next((t for t in tokens if t.map), None)
    if first is None or first.map is None:
        return None
    site_root = site_url.rstrip("/") + "/" if site_url else ""
    raw = RawItem(source, first.map[0] + first_line, "news", tokens)
    item = to_item(raw, site_root, Reporter(quiet=True))
    if item is not None:
        item.span = span  # the post's date, which the list prints beside it
    return item
