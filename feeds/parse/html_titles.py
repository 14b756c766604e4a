"""Blocks that look like a section heading though they are no ``<h1>``…``<h6>``.

Hand-written pages title their sections with styled blocks: ``<div class="title">News
</div>``, ``<p class="section-title">``, ``<span class="heading">News</span>`` alone in its
box, ``<div role="heading">``, or a paragraph or ``<br>`` line that is only bold text
(``<p><b>News</b></p>``, ``<b>News</b><br>``), or a plain-text label between blocks that
is only a few words and a colon, with at most one link in brackets after it
(``Recent news: (<a href="all-news.html">full history</a>)``): the link is kept, to be
followed as a more-news link.
Such a block is a *title-like* heading: the section reader
(:meth:`~feeds.parse.sections.Collector.html`) opens the news section at one only when
its words are a news heading and the page has no real news heading, and a later
title-like block ends a section opened so. A date alone in bold stays a date line.
"""

from __future__ import annotations

import re

from .blocks import whole_date
from .html_inline import HEADINGS
from .html_tree import Element, Text
from .types import classify

# class, id or role words that say "this is a title": title, section-title, heading, header
_TITLE_WORD = re.compile(r"(?:^|[\s_-])(?:title|heading|header|head)(?:$|[\s_-])", re.I)
_BOLD = {"b", "strong"}
_MOST_WORDS = 5
_LABEL = re.compile(r"([^\W\d_][^:\0()]{0,38}):(?: ?(\( ?\0 ?\)))?")
_BOLD_LINE = re.compile(r"(?:\*\*|__)([^*_\[\]()]{1,40})(?:\*\*|__):?")


def block_title(node: Element) -> str | None:
    """The text of ``node`` when it is a title-like block (a block element whose class,
    id or role says title, or whose only content is one bold element), else ``None``."""
    return _title(node, [node])


def run_title(run: list[Element | Text]) -> str | None:
    """The text of a run of inline content when it is one title-like element alone (a
    ``<span class="heading">``, a ``<b>``) between blocks, else ``None``; line breaks
    after it end its line only (``<p><b>News</b><br>`` over a list)."""
    while run and (
        (isinstance(run[-1], Text) and not run[-1].data.strip())
        or (isinstance(run[-1], Element) and run[-1].tag == "br")
    ):
        run = run[:-1]
    elements = [n for n in run if isinstance(n, Element)]
    if len(elements) != 1 or any(isinstance(n, Text) and n.data.strip() for n in run):
        return None
    return _title(elements[0], [])


def label_run(run: list[Element | Text]) -> tuple[str, Element | None] | None:
    """``(words, link)`` when a run of inline content is a label ``Words:`` alone, maybe
    followed by one bracketed link ``(<a>…</a>)``; else ``None``."""
    links = [n for n in run if isinstance(n, Element)]
    if len(links) > 1 or any(n.tag != "a" for n in links):
        return None
    shape = "".join(n.data if isinstance(n, Text) else "\0" for n in run)
    found = _LABEL.fullmatch(" ".join(shape.split()))
    if found is None or bool(found.group(2)) != bool(links):
        return None
    words = found.group(1).strip()
    if len(words.split()) > _MOST_WORDS or whole_date(words):
        return None
    return words, links[0] if links else None


def bold_line(text: str) -> str | None:
    """The words of a line of Markdown inline text that is only bold (``**News**``), when
    short and no date; else ``None``."""
    found = _BOLD_LINE.fullmatch(text.strip())
    words = found.group(1).strip() if found else ""
    if not words or len(words.split()) > _MOST_WORDS or whole_date(words):
        return None
    return words


def item_label(text: str) -> str | None:
    """The words of a bold line that labels the one item under it (``**Best paper
    award**``, ``**Invited talk**``: a line naming a kind of news, as a bold label
    opening an item does); a section's name (``**Teaching**``, ``**Talks**``: a plural
    alone) is a title, ``None``."""
    words = bold_line(text)
    if words is None or (" " not in words and words.lower().endswith("s")):
        return None
    return words if classify("", label=words) != "news" else None


def card_title(link: Element, node: Element) -> bool:
    """Whether ``node`` is the title of a card that is one link (``<a href><div
    class="title">News</div><p>Updates…</p></a>``): a title-like block or heading of a
    link that holds more words than it; the link names a page, it opens no section."""
    if link.tag != "a" or not (node.tag in HEADINGS or block_title(node) is not None):
        return False
    words = re.compile(r"[^\W_]+")  # "News →": an arrow is no word of a card
    return len(words.findall(link.text())) > len(words.findall(node.text()))


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
