"""A fold that holds a list: ``<details><summary>More…</summary><ul><li>…</li></ul></details>``.

Sites fold their older news away, often inside the last ``<li>`` of the news list. What
a reader opens is more of the same list: the fold is a container, its ``<summary>`` (a
control such as "More…", "Older news") is no item, and each ``<li>`` inside is an item.

A ``<details>`` whose ``<summary>`` opens with a date and goes on in words (``<summary><time
datetime="2024-05-14">May 2024</time> Case studies completed</summary>``) is one news item
folded open, whatever its body holds: a list there is the item's own (its links, its points).
"""

from __future__ import annotations

import re

from .dates import match_prefix
from .html_tree import LISTS, Element, Text

_FOLD_TAG = re.compile(r"<details\b[^>]*>", re.IGNORECASE)
_LIST_ITEM = re.compile(r"<li\b", re.IGNORECASE)


def is_fold(node: Element | Text) -> bool:
    """Whether ``node`` is a ``<details>`` element with a list somewhere inside."""
    if not (isinstance(node, Element) and node.tag == "details" and _holds_list(node)):
        return False
    return item_summary(node) is None


def item_summary(details: Element | Text) -> Element | None:
    """The ``<summary>`` of a ``<details>`` holding a list that is one news item: its
    summary a date, then words, and no entry of its list dated (dated entries are more
    news: ``<summary>2024: older news</summary><ul><li>2024.11: …``)."""
    if not (isinstance(details, Element) and details.tag == "details" and _holds_list(details)):
        return None
    summaries = [c for c in details.children if isinstance(c, Element) and c.tag == "summary"]
    if not summaries:
        return None
    said = " ".join(summaries[0].text().split())
    found = match_prefix(said)
    if found is None or not said[found.end :].strip():
        return None
    if any(match_prefix(entry.text()) for entry in _entries(details)):
        return None
    return summaries[0]


def _entries(element: Element) -> list[Element]:
    """The ``<li>`` elements below ``element``."""
    found: list[Element] = []
    stack: list[Element | Text] = list(element.children)
    while stack:
        node = stack.pop()
        if isinstance(node, Element):
            if node.tag == "li":
                found.append(node)
            stack.extend(node.children)
    return found


def fold_body(fold: Element) -> Element:
    """What opening ``fold`` shows: its children without the ``<summary>``."""
    shown = [c for c in fold.children if not (isinstance(c, Element) and c.tag == "summary")]
    return Element("div", {}, fold.line, shown, has_block=True)


def has_fold(html: str) -> bool:
    """Whether raw HTML text opens a ``<details>`` fold holding list items."""
    found = _FOLD_TAG.search(html)
    return found is not None and _LIST_ITEM.search(html, found.end()) is not None


def _holds_list(element: Element) -> bool:
    stack: list[Element | Text] = list(element.children)
    while stack:
        node = stack.pop()
        if isinstance(node, Element):
            if node.tag in LISTS:
                return True
            stack.extend(node.children)
    return False
