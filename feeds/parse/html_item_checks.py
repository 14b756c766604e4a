"""What the HTML reader (:mod:`.html_items`) asks of a piece of a page before it makes an
item of it: whether its Markdown text opens with a date, is a link alone or has words at
all, whether an element holds only controls ("Show more"), and the date of a ``<time>``
its author hid (``<time style="display:none" datetime="2026-08-01">``).
"""

from __future__ import annotations

import re

from .blocks import whole_date
from .dates import match_prefix
from .html_inline import is_control_link, link_target
from .html_tree import Element, Text


def leading_date(text: str, year: int | None = None) -> bool:
    """Whether Markdown ``text`` opens with a date (``**[Feb 2026]**: …``, ``2025-10 …``;
    with the ``year`` of a heading above, ``**18.11.** …``)."""
    plain = re.sub(r"[*_\\`]|!?\[(?=[^\]]*\]\()|\]\([^)]*\)", "", text).strip()
    if text.startswith("**") and match_prefix(text, year) is not None:  # "**Apr** Grant …"
        return True  # (the bold ends the date a month alone may be: "Apr Grant" may not)
    return match_prefix(plain, year) is not None or whole_date(plain)


# A link alone in its paragraph: kept (undated, so no item) for the "more news" reader.
LONE_LINK = re.compile(r"[^\w\[]*\[[^\]]+\]\(<?[^()<>]+>?\)[^\w]*")


def word_chars(text: str) -> str:
    return re.sub(r"[\W_]+", "", text)


def is_control(element: Element) -> bool:
    """Whether all the text of ``element`` is in controls ("Show more" toggles)."""
    found, stack = False, list(element.children)
    while stack:
        node = stack.pop()
        if isinstance(node, Text):
            if word_chars(node.data):
                return False
        elif (node.tag == "button" or link_target(node) is not None) and is_control_link(node):
            found = True
        else:
            stack.extend(node.children)
    return found


def veiled_date(element: Element) -> str | None:
    """The date of the one ``<time>`` below ``element`` that its author hid
    (:func:`~feeds.parse.html_tree.veils`) and that says one: its words (a script may
    show them elsewhere, in a pop-up), else its ``datetime``. Never shown in an item's
    words, it still dates an item nothing visible dates."""
    found, stack = [], list(element.children)
    while stack:
        node = stack.pop()
        if isinstance(node, Element):
            if node.tag == "time" and node.veiled:
                words = " ".join(node.concealed.split())
                stamp = node.attrs.get("datetime", "").strip()
                found += [date for date in (words, stamp) if whole_date(date)][:1]
            stack.extend(node.children)
    return found[0] if len(found) == 1 else None


def holds_rule(element: Element) -> bool:
    """Whether ``element`` has a rule (``<hr>``) among its children."""
    return any(isinstance(node, Element) and node.tag == "hr" for node in element.children)
