"""An HTML element tree → its headings and news items, in page order.

What a reader sees as one news item: a ``<li>`` (a dateless short ``<li>`` holding a
sub-list is a group, as in Markdown), a table row, a ``<dt>`` with its ``<dd>``, a
paragraph or ``<div>`` of text that opens with a date, one line of a block whose lines
are separated by ``<br>`` and open with dates, or a card (a minor heading, a date line).
Each item becomes Markdown inline text (bold, emphasis, links, code kept), so
:func:`~feeds.parse.item.to_item` reads it as a Markdown item.
``markdown_text``: the text between tags is Markdown already (HTML inside a Markdown
page); else it is escaped (a ``.html`` page).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import date_column, date_row, escape_markdown, whole_date
from .dates import match_prefix, parse_date
from .html_inline import BR, HEADINGS, InlineWriter, finish, is_control_link
from .html_tree import HIDDEN, VOID, Element, Text

LISTS = {"ul", "ol", "menu"}


@dataclass
class HtmlHeading:
    level: int
    text: str
    line: int


@dataclass
class HtmlItem:
    """One item: Markdown inline text per paragraph (the first is the item's head)."""

    line: int
    lines: list[str] = field(default_factory=list)
    paragraph: bool = False  # an item only when dated (a paragraph, a row, a ``<br>`` line)
    year: int | None = None  # the year of the group it is in


def html_entries(root: Element, markdown_text: bool = False) -> list[HtmlHeading | HtmlItem]:
    """The headings and items under ``root``, in page order."""
    walker = _Walker(markdown_text)
    walker.block(root, None)
    return walker.out


def leading_date(text: str) -> bool:
    """Whether Markdown ``text`` opens with a date (``**[Feb 2026]**: …``, ``2025-10 …``)."""
    plain = re.sub(r"[*_\\`]|!?\[(?=[^\]]*\]\()|\]\([^)]*\)", "", text).strip()
    return match_prefix(plain) is not None or whole_date(plain)


class _Walker:
    def __init__(self, markdown_text: bool) -> None:
        self.markdown_text = markdown_text
        self.out: list[HtmlHeading | HtmlItem] = []

    def block(self, element: Element, year: int | None) -> None:
        """A container: its block children in turn, runs of inline content as text."""
        run: list[Element | Text] = []
        children = element.children
        for k, node in enumerate(children):
            if isinstance(node, Text) or node.inline:
                run.append(node)
                continue
            self.text_run(run, year)
            run = []
            tag = node.tag
            if tag in HEADINGS:
                if text := node.text():
                    self.out.append(HtmlHeading(int(tag[1]), text, node.line))
            elif tag == "li":
                self.list_item(node, year)
            elif tag == "table":
                self.table(node, year)
            elif tag == "dt":
                self.definition(node, children[k + 1 :], year)
            elif tag not in HIDDEN and tag not in VOID and tag != "dd":
                if (card := self.card(node, year)) is not None:
                    self.out.append(card)
                else:
                    self.block(node, year)
        self.text_run(run, year)

    def card(self, box: Element, year: int | None) -> HtmlItem | None:
        """A news card: a box holding one minor heading (``<h3>``…) and one line that is
        only a date, maybe a picture and a description: one item, the heading its title."""
        heads: list[Element] = []
        dates: list[str] = []
        rest: list[Element] = []
        stack: list[Element | Text] = list(reversed(box.children))
        while stack:
            node = stack.pop()
            if isinstance(node, Text):
                if _plain(node.data):
                    return None
            elif node.tag in LISTS or node.tag in ("table", "dt", "li"):
                return None
            elif node.tag in HEADINGS:
                heads.append(node)
            elif not node.has_block and node.tag not in HIDDEN and node.tag not in VOID:
                text = node.text()
                if whole_date(text):
                    dates.append(text)
                elif text:
                    rest.append(node)
            else:
                stack.extend(reversed(node.children))
        if len(heads) != 1 or len(dates) != 1 or heads[0].tag < "h3":
            return None
        title, date = self.markdown(heads[0].children), escape_markdown(dates[0])
        lines = [f"**{date}** {title}"] + [self.markdown(r.children) for r in rest]
        return HtmlItem(heads[0].line, [line for line in lines if line], False, year)

    def list_item(self, li: Element, year: int | None) -> None:
        if _is_control(li):
            return
        subs = [c for c in li.children if isinstance(c, Element) and c.tag in LISTS]
        first = li.children.index(subs[0]) if subs else len(li.children)
        head = self.markdown(li.children[:first])
        if subs:
            bare = re.sub(r"[*_\\`]", "", head).strip(" []:")
            span = parse_date(bare) if bare else None
            if not bare or span is not None or ("(" not in bare and len(bare.split()) <= 4):
                if span is not None and span.start.year == span.end.year:
                    year = span.start.year
                for sub in subs:
                    self.block(sub, year)
                return
        lines = [head] + [
            self.markdown(item.children)
            for sub in subs
            for item in sub.children
            if isinstance(item, Element) and item.tag == "li"
        ]
        self.out.append(HtmlItem(li.line, [line for line in lines if line], False, year))

    def table(self, table: Element, year: int | None) -> None:
        column: int | None = None
        for row in _rows(table):
            cells = [c for c in row.children if isinstance(c, Element) and c.tag in ("td", "th")]
            if any(_holds(c, LISTS | {"table"}) for c in cells):  # a layout table
                for cell in cells:
                    self.block(cell, year)
                continue
            texts = [c.text() for c in cells]
            if cells and all(c.tag == "th" for c in cells):
                column = date_column(texts)
            elif any(texts):
                text = date_row(texts, [self.markdown(c.children) for c in cells], column)
                self.out.append(HtmlItem(row.line, [text], True, year))

    def definition(self, dt: Element, after: list[Element | Text], year: int | None) -> None:
        """``<dt>date</dt><dd>text</dd>``: one item (the term as a bold label)."""
        parts = []
        for node in after:
            if isinstance(node, Element) and node.tag == "dd":
                parts.append(self.markdown(node.children))
            elif isinstance(node, Element) and node.tag not in ("br", "hr"):
                break
        term = escape_markdown(dt.text())
        text = (f"**{term}** " if term else "") + " ".join(parts)
        if text.strip():
            self.out.append(HtmlItem(dt.line, [text.strip()], False, year))

    def text_run(self, run: list[Element | Text], year: int | None) -> None:
        """Inline content: one item if it opens with a date, or one item per ``<br>``
        line when the lines open with dates (undated lines continue the item above)."""
        if not run:
            return
        writer = InlineWriter(self.markdown_text)
        writer.nodes(run)
        segments = [
            (line, text)
            for line, raw in zip(writer.lines, "".join(writer.pieces).split(BR), strict=True)
            if (text := finish(raw)) and _plain(text)
        ]
        if not segments:
            return
        dated = [leading_date(text) for _, text in segments]
        if len(segments) < 2 or sum(dated) < 2:
            if dated[0]:  # text that does not open with a date is no news ("Last updated")
                line = segments[0][0]
                self.out.append(HtmlItem(line, [" ".join(t for _, t in segments)], True, year))
            return
        items: list[HtmlItem] = []
        for (line, text), is_dated in zip(segments, dated, strict=True):
            if is_dated or not items:
                items.append(HtmlItem(line, [text], True, year))
            else:
                items[-1].lines[0] += " " + text
        self.out.extend(items)

    def markdown(self, nodes: list[Element | Text]) -> str:
        """``nodes`` as one line of Markdown inline text."""
        writer = InlineWriter(self.markdown_text)
        writer.nodes(nodes)
        return finish("".join(writer.pieces).replace(BR, " "))


def _plain(text: str) -> str:
    return re.sub(r"[\W_]+", "", text)


def _rows(table: Element) -> list[Element]:
    rows: list[Element] = []
    for node in table.children:
        if isinstance(node, Element):
            if node.tag == "tr":
                rows.append(node)
            elif node.tag in ("thead", "tbody", "tfoot"):
                rows += [r for r in node.children if isinstance(r, Element) and r.tag == "tr"]
    return rows


def _holds(element: Element, tags: set[str]) -> bool:
    stack = list(element.children)
    while stack:
        node = stack.pop()
        if isinstance(node, Element):
            if node.tag in tags:
                return True
            stack.extend(node.children)
    return False


def _is_control(element: Element) -> bool:
    """Whether all the text of ``element`` is in controls ("Show more" toggles)."""
    found, stack = False, list(element.children)
    while stack:
        node = stack.pop()
        if isinstance(node, Text):
            if _plain(node.data):
                return False
        elif node.tag in ("a", "button") and is_control_link(node):
            found = True
        else:
            stack.extend(node.children)
    return found
