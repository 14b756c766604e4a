"""A fold that holds a list: ``<details><summary>More…</summary><ul><li>…</li></ul></details>``.

Sites fold their older news away, often inside the last ``<li>`` of the news list. What
a reader opens is more of the same list: the fold is a container, its ``<summary>`` (a
control such as "More…", "Older news") is no item, and each ``<li>`` inside is an item.
"""

from __future__ import annotations

import re

from .html_tree import LISTS, Element, Text

_FOLD_TAG = re.compile(r"<details\b[^>]*>", re.IGNORECASE)
_LIST_ITEM = re.compile(r"<li\b", re.IGNORECASE)


def is_fold(node: Element | Text) -> bool:
    """Whether ``node`` is a ``<details>`` element with a list somewhere inside."""
    return isinstance(node, Element) and node.tag == "details" and _holds_list(node)


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
