"""A news PAGE kept in the ``_news/`` collection folder, not one announcement.

A group site may keep its whole news page in the collection (``_news/news.md`` with
``layout: archive``, ``permalink: /news/`` and a list of dated entries under year
headings). Jekyll renders it as a page; read as one al-folio announcement it would be a
single undated item titled by the page. A document is such a page when its front
matter has no ``date:`` (an announcement always has one), it says where or how it is
shown (a ``permalink`` or a page ``layout``) and its body lists several entries. Its
entries are read as a news page's (:mod:`.collection_news_pages`).
"""

from __future__ import annotations

import re
from pathlib import Path

from ..diagnostics import BuildError
from ..parse.front_matter import BadFrontMatter, read_text, split_front_matter
from ..parse.sections import LIST_ENTRY

PAGE_LAYOUTS = frozenset({"archive", "page", "default", "single", "splash", "news"})
MIN_ENTRIES = 2  # list entries (Markdown or <li>) of a page; an announcement has fewer
# a front matter holding a date: line, read without parsing the YAML
_DATED = re.compile(r"\A---[ \t]*\r?\n(?:(?!---[ \t]*\r?$).*\n)*?date:[ \t]*[^\s#]", re.M)


def is_news_list_document(path: Path) -> bool:
    """Whether the collection document ``path`` is a news page (module docstring)."""
    try:
        text = read_text(path)
        if _DATED.match(text):  # an announcement (the usual case): no YAML to parse
            return False
        meta, body = split_front_matter(text)
    except (BadFrontMatter, BuildError):  # the announcement reader reports it
        return False
    if meta.get("date") not in (None, "") or meta.get("inline"):
        return False
    shown = bool(str(meta.get("permalink") or "").strip()) or (
        str(meta.get("layout") or "").strip().lower() in PAGE_LAYOUTS
    )
    return shown and len(LIST_ENTRY.findall(body)) >= MIN_ENTRIES
