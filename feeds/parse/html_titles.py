"""Blocks that look like a section heading though they are no ``<h1>``…``<h6>``.

Hand-written pages title their sections with styled blocks: ``<div class="title">News
</div>``, ``<p class="section-title">``, ``<span class="heading">News</span>`` alone in its
box, ``<div role="heading">``, or a paragraph or ``<br>`` line that is only bold text
(``<p><b>News</b></p>``, ``<b>News</b><br>``).
Such a block is a *title-like* heading: the section reader
(:meth:`~feeds.parse.sections.Collector.html`) opens the news section at one only when
its words are a news heading and the page has no real news heading, and a later
title-like block ends a section opened so. A date alone in bold stays a date line.
"""

from __future__ import annotations

import re

from .blocks import whole_date
from .html_tree import Element, Text

# class, id or role words that say "this is a title": title, section-title, heading, header
_TITLE_WORD = re.compile(r"(?:^|[\s_-])(?:title|heading|header|head)(?:$|[\s_-])", re.I)
_BOLD = {"b", "strong"}
_MOST_WORDS = 5
_BOLD_LINE = re.compile(r"(?:\*\*|__)([^*_\[\]()]{1,40})(?:\*\*|__):?")


def block_title(node: Element) -> str | None:
    """The text of ``node`` when it is a title-like block (a block element whose class,
    id or role says title, or whose only content is one bold element), else ``None``."""
    return _title(node, [node])


def run_title(run: list[Element | Text]) -> str | None:
    """The text of a run of inline content when it is one title-like element alone (a
    ``<span class="heading">``, a ``<b>``) between blocks, else ``None``."""
    elements = [n for n in run if isinstance(n, Element)]
    if len(elements) != 1 or any(isinstance(n, Text) and n.data.strip() for n in run):
        return None
    return _title(elements[0], [])


def bold_line(text: str) -> str | None:
    """The words of a line of Markdown inline text that is only bold (``**News**``), when
    short and no date; else ``None``."""
    found = _BOLD_LINE.fullmatch(text.strip())
    words = found.group(1).strip() if found else ""
    if not words or len(words.split()) > _MOST_WORDS or whole_date(words):
        return None
    return words


def _title(node: Element, boxes: list[Element]) -> str | None:
    if node.has_block:
        return None
    text = node.text()
    if not text or len(text.split()) > _MOST_WORDS or len(text) > 40 or whole_date(text):
        return None
    if any(_says_title(box) for box in [*boxes, node]):
        return text
    content = [c for c in node.children if not (isinstance(c, Text) and not c.data.strip())]
    bold = node.tag in _BOLD or (
        len(content) == 1 and isinstance(content[0], Element) and content[0].tag in _BOLD
    )
    return text if bold else None


def _says_title(node: Element) -> bool:
    words = " ".join(node.attrs.get(key) or "" for key in ("class", "id", "role"))
    return bool(_TITLE_WORD.search(words))
