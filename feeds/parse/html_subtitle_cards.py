"""A card with a title and a dated subtitle (issue 8), as Hugo Academic/Wowchemy's
"accomplishments" and "experience" widgets build it, and other themes like them::

    <div class="card"><div class="card-body">
      <h4 class="card-title">New grant!</h4>
      <div class="card-subtitle">Recent funding<span class="middot-divider"></span>
        Mar 2025 – Jun 2025</div>
      <div class="card-text"><ul><li>A paper</li><li>Another</li></ul></div>
    </div></div>

One item: the date (a day, a month, a range) is its bold label, the title and the
subtitle's other words its head, and the body (paragraphs, each entry of a list, a list
of people) its lines; the body's list entries are never items of their own. The title is a
minor heading (``<h3>``…``<h6>``) or an element whose class names a title; the subtitle
is the element right after it, words and one date set apart by a divider (an empty
element, ``·``, ``|``, ``•``), the date first or last (a date alone is
:mod:`.html_cards`' date line, and a box of a heading, a date and a list is the list's
entries); the body is blocks after it. A card
whose body holds a heading, a table or another card, or an inline element (a second meta
line), is not one; a table of details (no date in it) is lines of the item
(:mod:`.card_tables`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .blocks import escape_markdown, whole_date
from .card_tables import holds_besides_details, is_detail_table, table_lines
from .html_tree import HIDDEN, LISTS, VOID, Element, Text

ToMarkdown = Callable[[list[Element | Text]], str]
TITLE_TAGS = {"h3", "h4", "h5", "h6"}
_NOT_IN_BODY = {"h1", "h2", "h3", "h4", "h5", "h6", "table", "dl", "section", "article"}
_DIVIDERS = re.compile(r"\s*[·|•]\s*")
_RANGE = re.compile(r"\s*[–—-]\s*")
_NO_DESCENT = LISTS | {"li", "table", "tr", "td", "dl"}  # a list, a table: no card's wrapper
_WORDS = re.compile(r"[\s_-]+")  # of a class: "card-title exp-title"


def subtitle_card(box: Element, markdown: ToMarkdown) -> tuple[int, list[str]] | None:
    """The line of the card ``box``'s title and its Markdown lines (the first ``**date**
    title subtitle``, then one per paragraph and list entry of its body), or ``None`` when
    it is no such card."""
    inner = _content(box)
    if inner is None:
        return None
    kids = [n for n in inner.children if isinstance(n, Element) and n.tag not in HIDDEN]
    if any(isinstance(n, Text) and n.data.strip() for n in inner.children) or len(kids) < 2:
        return None
    title, subtitle, body = _title(kids[0]), kids[1], kids[2:]
    if title is None or subtitle.has_block:
        return None
    parts = _parts(subtitle)
    dated = [k for k, part in enumerate(parts) if _date(part)]
    if len(dated) != 1 or len(parts) < 2 or dated[0] not in (0, len(parts) - 1):
        return None  # a date alone under a heading: html_cards' card, or a box of entries
    if not _is_body(body):
        return None
    words = [p for k, p in enumerate(parts) if k != dated[0]]
    head = " ".join([markdown(title.children).strip(), *map(escape_markdown, words)]).strip()
    if not head:
        return None
    first = f"**{escape_markdown(_date(parts[dated[0]]))}** {head}"
    return title.line, [first, *body_lines(body, markdown)]


def _content(box: Element) -> Element | None:
    """The element holding the card's title, subtitle and body: ``box``, or the one
    element it wraps (``<div class="card-body">``); ``None`` for a list or a table."""
    node = box
    for _ in range(4):
        if node.tag in _NO_DESCENT:
            return None
        kids = [n for n in node.children if not isinstance(n, Text) or n.data.strip()]
        if kids and _title(kids[0]) is not None:
            return node
        if len(kids) != 1 or not isinstance(kids[0], Element):
            return None
        node = kids[0]
    return None


def _title(node: Element | Text) -> Element | None:
    """The title element ``node`` is or wraps (a link round the heading, ``<a><h4>``)."""
    if isinstance(node, Element) and node.tag == "a" and node.has_block:
        kids = [n for n in node.children if not isinstance(n, Text) or n.data.strip()]
        node = kids[0] if len(kids) == 1 else node
    if not isinstance(node, Element) or node.has_block or not node.text():
        return None
    classes = _WORDS.split(node.attrs.get("class", "").lower())
    return node if node.tag in TITLE_TAGS or "title" in classes else None


def _parts(subtitle: Element) -> list[str]:
    """The subtitle's words, split where a divider sets them apart."""
    parts, run = [], []
    for node in subtitle.children:
        if isinstance(node, Element) and node.tag not in VOID and not node.text():
            parts.append(" ".join(run))  # <span class="middot-divider"></span>
            run = []
        elif isinstance(node, Text):
            run.append(node.data)
        elif node.tag not in HIDDEN and node.tag not in VOID:
            run.append(node.text())
    parts.append(" ".join(run))
    split = (p for part in parts for p in _DIVIDERS.split(part))
    return [" ".join(p.split()) for p in split if p.strip()]


def _is_body(nodes: list[Element]) -> bool:
    """Whether ``nodes`` are a card's body: blocks (a ``<span>`` or ``<time>`` after the
    subtitle is a second meta line: the box reads otherwise), no heading, table, term
    list or card inside."""
    return all(not n.inline for n in nodes) and not holds_besides_details(list(nodes), _NOT_IN_BODY)


def _date(part: str) -> str:
    """The date ``part`` says (all of it, or a range's start when the range runs
    backwards, ``May 2022 – Jan 2022``); ``""`` when it is words."""
    if whole_date(part):
        return part
    halves = _RANGE.split(part)
    return halves[0] if len(halves) == 2 and all(map(whole_date, halves)) else ""


def body_lines(nodes: list[Element], markdown: ToMarkdown) -> list[str]:
    """One line per paragraph and per list entry of the card's body."""
    lines: list[str] = []
    for node in nodes:
        if node.tag in HIDDEN or node.tag in VOID:
            continue
        if is_detail_table(node):
            lines += table_lines(node, markdown)
        elif node.tag in LISTS:
            entries = [e for e in node.children if isinstance(e, Element) and e.tag == "li"]
            lines += (markdown(e.children).strip() for e in entries)
        elif node.has_block:
            blocks = [n for n in node.children if isinstance(n, Element)]
            if any(isinstance(n, Text) and n.data.strip() for n in node.children):
                lines.append(markdown(node.children).strip())
            else:
                lines += body_lines(blocks, markdown)
        else:
            lines.append(markdown(node.children).strip())
    return [line for line in lines if line]
