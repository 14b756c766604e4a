"""News cards of a title and prose, with no date line, one after another in a list of
cards, as hand-written news pages (Quarto raw HTML, a lab's ``news.html``) write them::

    <div class="news-card">
      <h2 class="news-card-title">Our paper is out</h2>
      <div class="news-card-body"><img src="…"><p>On 27 February 2025, …</p></div>
    </div>
    <div class="news-card">…</div>

A reader sees each card as one news item: its title the item's head, its paragraphs the
item's text. The title is a heading (``<h2>``…``<h6>``) or an element whose class names a
title, not only a date, first in the card; the body is blocks after it, with no heading,
list, table or other card in it, and at most one line opening with a date (more are a
box of items: ``<h2>News</h2><p>[2026-01] …<br>[2025-12] …</p>``). Only a box whose class
names a card (``card``, ``item``, ``entry``, ``post``, ``story``, ``update``, ``news``),
beside another of its kind (the same tag and class), is read so: a lone box of a heading
and prose, or Pandoc's wrapper of a heading's section (``<div class="section level3">``),
is a subsection. The card's date is a date opening its first paragraph (``2025年2月27日，
…``, also after a press byline in brackets, ``（通讯员：王）2023年9月23日至25日，…``); a card
without one is published undated (and said so), never dated from words further on.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .blocks import escape_markdown, whole_date
from .dates import match_prefix
from .html_subtitle_cards import body_lines
from .html_tree import HIDDEN, VOID, Element, Text, holds

ToMarkdown = Callable[[list[Element | Text]], str]
_TITLE_TAGS = {"h2", "h3", "h4", "h5", "h6"}
_NOT_IN_BODY = {
    "h1", "h2", "h3", "h4", "h5", "h6", "table", "dl", "ul", "ol", "menu", "section", "article",
}  # fmt: skip
_WORDS = re.compile(r"[\s_-]+")  # of a class: "news-card-title"
# a box's class that names a card (not a document's section, "section level3")
_CARD_CLASS = re.compile(
    r"(?:^|[\s_-])(?:card|item|entry|post|story|update|news)s?(?:$|[\s_-])", re.I
)
_MARKS = re.compile(r"[*_\\`]|!?\[(?=[^\]]*\]\()|\]\([^)]*\)")
# a press byline in brackets opening a story, before its date: "（通讯员：王）2023年9月23日…"
_BYLINE = re.compile(r"[(（][^()（）\n]{1,30}[)）]\s*")


def titled_card(
    box: Element, parent: Element, markdown: ToMarkdown
) -> tuple[int, list[str]] | None:
    """The line of the card ``box``'s title and its Markdown lines (the title, its date
    first in bold when its first paragraph opens with one, then a line per paragraph),
    or ``None`` when ``box`` (a child of ``parent``) is no such card."""
    if not _CARD_CLASS.search(box.attrs.get("class") or "") or not _has_twin(box, parent):
        return None
    kids = [n for n in box.children if isinstance(n, Element) and n.tag not in HIDDEN]
    if any(isinstance(n, Text) and n.data.strip() for n in box.children) or len(kids) < 2:
        return None
    title, body = kids[0], kids[1:]
    if not _is_title(title) or any(n.inline for n in body) or holds(list(body), _NOT_IN_BODY):
        return None
    if whole_date(title.text()) or _dated_lines(body) > 1:  # a year over its dated lines:
        return None  # a box of items (``<h2>News</h2><p>[2026-01] …<br>[2025-12] …``)
    lines = body_lines([n for n in body if n.tag not in VOID], markdown)
    head = markdown(title.children).strip()
    if not lines or not head:
        return None
    plain = _MARKS.sub("", lines[0]).strip()
    byline = _BYLINE.match(plain)
    plain = plain[byline.end() :] if byline else plain
    found = match_prefix(plain)
    if found is not None:
        head = f"**{escape_markdown(plain[found.start : found.end].strip(' ,，:：'))}** {head}"
    return title.line, [head, *lines]


def _dated_lines(nodes: list[Element]) -> int:
    """How many lines of ``nodes`` (paragraphs, ``<br>`` lines) open with a date."""
    count, line = 0, []
    stack: list[Element | Text | None] = list(reversed(nodes))
    while stack:
        node = stack.pop()
        if node is None or isinstance(node, Element) and (node.tag == "br" or not node.inline):
            said = " ".join("".join(line).split())
            count += bool(said) and match_prefix(said) is not None
            line = []
            if isinstance(node, Element) and node.tag != "br" and node.tag not in HIDDEN:
                stack += [None, *reversed(node.children)]  # the block's lines, then its end
        else:
            line.append(node.data if isinstance(node, Text) else node.text())
    said = " ".join("".join(line).split())
    return count + (bool(said) and match_prefix(said) is not None)


def _has_twin(box: Element, parent: Element) -> bool:
    """Whether another child of ``parent`` has ``box``'s tag and class."""
    kind = (box.tag, box.attrs.get("class"))
    return any(
        n is not box and isinstance(n, Element) and (n.tag, n.attrs.get("class")) == kind
        for n in parent.children
    )


def _is_title(node: Element) -> bool:
    if node.has_block or not node.text().strip():
        return False
    classes = _WORDS.split((node.attrs.get("class") or "").lower())
    return node.tag in _TITLE_TAGS or "title" in classes
