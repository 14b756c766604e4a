"""An HTML element tree → its headings and news items, in page order.

What a reader sees as one news item: a ``<li>`` (a dateless short ``<li>`` holding a
sub-list is a group, as in Markdown), a table row, a ``<dt>`` with its ``<dd>``, a
paragraph or ``<div>`` of text, or one line of a block whose lines are separated by
``<br>`` and open with dates. Each item becomes Markdown inline text (bold, emphasis,
links, code kept), so :func:`~feeds.parse.item.to_event` reads it as a Markdown item.
``markdown_text``: the text between tags is Markdown already (HTML inside a Markdown
page); else it is escaped (a ``.html`` page).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import date_column, date_row, whole_date
from .dates import match_prefix, parse_date
from .html_tree import HIDDEN, VOID, Element, Text

LISTS = {"ul", "ol", "menu"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BR = "\x00"
_BOLD = ("\x01", "\x02")
_EM = ("\x03", "\x04")
_PAIR = re.compile(r"([\x01\x03])([^\x01-\x04]*)([\x02\x04])")
_MARKERS = re.compile(r"[\x01-\x04]")
_MARKERS_OR_BR = re.compile(r"[\x00-\x04]")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]$])")


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
                self.block(node, year)
        self.text_run(run, year)

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
        term = _MD_SPECIAL.sub(r"\\\1", dt.text())
        text = (f"**{term}** " if term else "") + " ".join(parts)
        if text.strip():
            self.out.append(HtmlItem(dt.line, [text.strip()], False, year))

    def text_run(self, run: list[Element | Text], year: int | None) -> None:
        """Inline content: one paragraph, or one item per ``<br>`` line when the lines
        open with dates (undated lines continue the item above)."""
        if not run:
            return
        writer = _Inline(self.markdown_text)
        writer.nodes(run)
        segments = [
            (line, text)
            for line, raw in zip(writer.lines, "".join(writer.pieces).split(_BR), strict=True)
            if (text := _finish(raw)) and _plain(text)
        ]
        if not segments:
            return
        dated = [leading_date(text) for _, text in segments]
        if len(segments) < 2 or sum(dated) < 2:
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
        writer = _Inline(self.markdown_text)
        writer.nodes(nodes)
        return _finish("".join(writer.pieces).replace(_BR, " "))


class _Inline:
    """Writes inline nodes as Markdown; ``<br>`` as a marker, ``lines[k]`` the line of
    the first visible text after the ``k``-th marker."""

    def __init__(self, markdown_text: bool) -> None:
        self.markdown_text = markdown_text
        self.pieces: list[str] = []
        self.lines: list[int] = [0]

    def nodes(self, nodes: list[Element | Text]) -> None:
        for node in nodes:
            if isinstance(node, Text):
                self.text(node)
            else:
                self.element(node)

    def text(self, node: Text) -> None:
        data = _MARKERS_OR_BR.sub("", node.data)
        if not data.strip():
            self.pieces.append(" ")
            return
        if not self.lines[-1]:  # the line of the first visible character
            self.lines[-1] = node.line + data[: len(data) - len(data.lstrip())].count("\n")
        data = data.replace("&", "&amp;").replace("<", "&lt;")
        if not self.markdown_text:
            data = _MD_SPECIAL.sub(r"\\\1", data)
        lead = " " if data[0].isspace() else ""
        self.pieces.append(lead + " ".join(data.split()) + (" " if data[-1].isspace() else ""))

    def element(self, node: Element) -> None:
        tag = node.tag
        if tag == "br":
            self.pieces.append(_BR)
            self.lines.append(0)
        elif tag in HIDDEN or tag in VOID:
            return
        elif tag == "a":
            href = node.attrs.get("href", "").strip()
            if _is_control_link(node) or not href:
                self.nodes(node.children)
                return
            self.pieces.append("[")
            self.nodes(node.children)
            dest = href.replace("<", "%3C").replace(">", "%3E").replace("\n", "")
            self.pieces.append(f"](<{dest}>)")
        elif tag in ("b", "strong"):
            self.wrap(node, _BOLD)
        elif tag in ("i", "em"):
            self.wrap(node, _EM)
        elif tag in ("code", "tt", "kbd", "samp"):
            code = node.text().replace("`", "'")
            self.pieces.append(f"`{code}`" if code else "")
        elif tag in HEADINGS or not node.inline or node.boxed:
            self.pieces.append(" ")
            self.nodes(node.children)
            self.pieces.append(" ")
        else:
            self.nodes(node.children)

    def wrap(self, node: Element, markers: tuple[str, str]) -> None:
        self.pieces.append(markers[0])
        self.nodes(node.children)
        self.pieces.append(markers[1])


def _finish(raw: str) -> str:
    """Markers → ``**``/``*`` placed so CommonMark sees them (spaces moved outside)."""
    text = raw
    while True:
        new = _PAIR.sub(_emphasis, text)
        if new == text:
            break
        text = new
    return " ".join(_MARKERS.sub("", text).split())


def _emphasis(match: re.Match[str]) -> str:
    inner = match.group(2)
    if not inner.strip() or match.group(1) + match.group(3) not in ("\x01\x02", "\x03\x04"):
        return inner
    mark = "**" if match.group(1) == "\x01" else "*"
    core = inner.strip()
    lead = " " if inner[:1].isspace() or not core[0].isalnum() else ""
    tail = " " if inner[-1:].isspace() or not core[-1].isalnum() else ""
    return f"{lead}{mark}{core}{mark}{tail}"


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


def _is_control_link(node: Element) -> bool:
    """A link or button that works the page (``#``, ``javascript:``, ``onclick``)."""
    href = node.attrs.get("href", "").strip().lower()
    return node.tag == "button" or "onclick" in node.attrs or href.startswith(("#", "javascript:"))


def _is_control(element: Element) -> bool:
    """Whether all the text of ``element`` is in controls ("Show more" toggles)."""
    found, stack = False, list(element.children)
    while stack:
        node = stack.pop()
        if isinstance(node, Text):
            if _plain(node.data):
                return False
        elif node.tag in ("a", "button") and _is_control_link(node):
            found = True
        else:
            stack.extend(node.children)
    return found
