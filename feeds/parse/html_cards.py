"""News cards of HTML pages: a box (``<article>``, ``<div class="card">``) holding one minor
heading (``<h3>``…) and one line that is only a date, maybe a picture and a description.

The date is the line's text, else its ``<time datetime=…>``, else the date of a ``<time>``
its author hid (``style="display:none"``), whose words are never the card's. A card whose
``<time>`` says no date (``<time>Coming soon</time>``) is still a card: published undated
(with the usual warning naming its line), never lost. So is an ``<article>`` holding one
``<time>`` and text but no heading. A badge (``<span class="badge">Talk</span>``) before a
card's or a box's text is the item's label, as a bold label is in Markdown, never its
title. A table of details in a card (links, an amount: no date) is lines of its item
(:mod:`.card_tables`).
"""

from __future__ import annotations

from collections.abc import Callable

from .blocks import escape_markdown, whole_date
from .card_tables import is_detail_table, table_lines
from .dates import parse_date
from .html_card_lists import body_with_lists
from .html_inline import HEADINGS, is_badge
from .html_item_checks import veiled_date
from .html_tree import HIDDEN, VOID, Element, Text, holds
from .locate import ends_dated

ToMarkdown = Callable[[list[Element | Text]], str]
_NOT_A_CARD = {"ul", "ol", "menu", "table", "dt", "li"}
TAG_WORDS = 5  # a meta line's tag: as many words as a bold label ("Best student paper award")


def card_lines(box: Element, markdown: ToMarkdown) -> tuple[int, list[str]] | None:
    """The line and Markdown lines of the card ``box`` (its date, bold, before its
    heading's words), or ``None`` when ``box`` is no card."""
    heads: list[Element] = []
    dates: list[str] = []
    unread: list[str] = []  # <time> elements that say no date
    badges: list[str] = []
    rest: list[Element] = []
    details: list[str] = []  # the rows of a table of details (:mod:`.card_tables`)
    stack: list[Element | Text] = list(reversed(box.children))
    while stack:
        node = stack.pop()
        if isinstance(node, Text):
            if _plain(node.data):
                return None
        elif is_detail_table(node):
            details += table_lines(node, markdown)
        elif node.tag in _NOT_A_CARD:
            return None
        elif node.tag in HEADINGS:
            heads.append(node)
        elif node.veiled:  # hidden by its author: it may date the card, no more
            continue
        elif not node.has_block and node.tag not in HIDDEN and node.tag not in VOID:
            text = node.text()
            if is_badge(node) and not heads and not badges:
                badges.append(text)
            elif whole_date(text):
                dates.append(text)
            elif node.tag == "time" and whole_date(stamp := node.attrs.get("datetime", "")):
                dates.append(stamp)
            elif node.tag == "time":
                unread.append(text)
            elif text:
                rest.append(node)
        else:
            stack.extend(reversed(node.children))
    if not (dates or unread) and (stamp := veiled_date(box)) is not None:
        dates.append(stamp)
    if len(heads) != 1 or heads[0].tag < "h3" or len(dates) + len(unread) != 1:
        return None
    title = markdown(heads[0].children)
    if badges:
        title = f"**{escape_markdown(badges[0])}** {title}"
    if dates:
        title = f"**{escape_markdown(dates[0])}** {title}"
    lines = [title, *(escape_markdown(t) for t in unread), *(markdown(r.children) for r in rest)]
    lines += details
    return heads[0].line, [line for line in lines if line]


def loose_article(box: Element, markdown: ToMarkdown) -> str | None:
    """The text of an ``<article>`` with one ``<time>``, no heading and no list, that the
    item reader found nothing in: one item (undated if its time says no date)."""
    if box.tag != "article":
        return None
    times, stack = 0, list(box.children)
    while stack:
        node = stack.pop()
        if isinstance(node, Element):
            if node.tag in HEADINGS or node.tag in _NOT_A_CARD:
                return None
            times += node.tag == "time"
            stack.extend(node.children)
    return markdown(box.children) or None if times == 1 else None


def badge_box(box: Element, markdown: ToMarkdown) -> str | None:
    """A box whose first thing is a badge, then the item's text (``<div class="badge">
    Paper</div><div>Our work … (Nov 2022)</div>``): one item, the badge its bold label.
    ``None`` when the box opens otherwise or holds headings, lists or tables."""
    first = next((n for n in box.children if not isinstance(n, Text) or _plain(n.data)), None)
    if not isinstance(first, Element) or not is_badge(first) or box.tag in _NOT_A_CARD:
        return None
    if holds(box.children, HEADINGS | _NOT_A_CARD):
        return None
    rest = markdown(box.children[box.children.index(first) + 1 :])
    return f"**{escape_markdown(first.text())}** {rest}" if rest else None


def _plain(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _yearless_date(text: str) -> bool:
    """Whether ``text`` is a date without its year (``Mar 18``; 2024 is a leap year)."""
    return not whole_date(text) and parse_date(text.strip(" *_[]():.,"), 2024) is not None


def meta_card(box: Element, markdown: ToMarkdown) -> list[str] | None:
    """A box opening with a meta line of short parts, one a date and at most one a tag
    (``<div class="meta"><span>2025-03</span><span class="tag">Paper</span></div>``),
    then the item's text (``<p>…</p>``): one item, the text its title, the tag its bold
    label; its lines (Markdown, the first the item's head). A body holding a list or a
    heading after its text is read by :func:`.html_card_lists.body_with_lists`. ``None``
    for any other box."""
    kids = [n for n in box.children if not isinstance(n, Text) or _plain(n.data)]
    if box.tag in _NOT_A_CARD or len(kids) < 2 or not isinstance(kids[0], Element):
        return None
    meta, dates, tags, yearless = kids[0], [], [], []
    for part in meta.children:
        if isinstance(part, Text):
            if _plain(part.data):
                return None
        elif (listed := _tag_list(part)) is not None:  # <ul class="tags"><li>Paper</li></ul>
            tags.append(listed)
        elif _yearless_date(part.text()):  # "<span>Mar 18</span>": a year heading's year
            yearless.append(part.text())
        elif whole_date(text := part.text()):
            dates.append(text)
        elif is_badge(part, TAG_WORDS) or 0 < len(text.split()) <= 3:
            tags.append(text)
        elif text:  # a meta line holds only short parts (a part may be a block, a heading,
            # a table: "<div><h5>Paper</h5></div>"): this box reads otherwise
            return None
    if len(dates) + len(yearless) != 1 or len(tags) > 1 or meta.tag in HEADINGS:
        return None
    rest = box.children[box.children.index(meta) + 1 :]
    if holds(kids[1:], HEADINGS | _NOT_A_CARD):
        lines = body_with_lists(rest, markdown)  # the paragraph, then "Code", "Data"
    else:
        lines = [" ".join(_lines(rest, markdown))]
    if not lines or not lines[0].strip():
        return None
    label = "".join(f"**{escape_markdown(t)}** " for t in tags)
    if yearless:  # a paragraph of its own: it dates the item with the year known there,
        # else the item is published undated with a warning naming its line
        return [f"{label}{lines[0].strip()}", *lines[1:], escape_markdown(yearless[0])]
    return [f"**{escape_markdown(dates[0])}** {label}{lines[0].strip()}", *lines[1:]]


_LISTS = {"ul", "ol", "menu"}


def _tag_list(part: Element) -> str | None:
    """The tags of a meta line's list (``<ul class="tags"><li>Paper</li><li>Robots</li>
    </ul>``, maybe inside a ``<div>``), one label ("Paper, Robots"); ``None`` unless
    ``part`` is such a list: each entry a short name (its words, in an ``<li>``, a
    ``<span>`` or a heading alike) not ending with a date in brackets, no list or table
    inside one, no other text."""
    outer = part
    while outer.tag not in _LISTS:
        kids = [n for n in outer.children if not isinstance(n, Text) or _plain(n.data)]
        if len(kids) != 1 or not isinstance(kids[0], Element):
            return None
        outer = kids[0]
    names = []
    for entry in outer.children:
        if isinstance(entry, Text):
            if _plain(entry.data):
                return None
        elif holds(entry.children, _NOT_A_CARD):  # a list or a table in it: no name
            return None
        elif 0 < len(words := entry.text().split()) <= TAG_WORDS and not ends_dated(
            name := " ".join(words)
        ):  # "MIT talk (Mar 2024)": a dated entry is news, not a tag
            names.append(name)
        else:
            return None
    return ", ".join(names) or None


def _lines(nodes: list[Element | Text], markdown: ToMarkdown) -> list[str]:
    """``nodes`` as what a reader sees: runs of text and inline elements as one line each,
    with their marks and punctuation (``Our work on <b>robots</b>.``), a block's text as
    its own line."""
    lines: list[str] = []
    run: list[Element | Text] = []
    for node in [*nodes, None]:
        if node is not None and (isinstance(node, Text) or node.inline):
            run.append(node)
            continue
        if run and (line := markdown(run).strip()):
            lines.append(line)
        run = []
        if node is not None and (line := markdown(node.children).strip()):
            lines.append(line)
    return lines
