"""HTML inline content → one line of Markdown inline text (bold, emphasis, links, code).

The text between tags is escaped unless it is Markdown already (HTML inside a Markdown
page). ``<br>`` becomes a marker, so a caller can cut a block into its lines.
"""

from __future__ import annotations

import re

from ..lazy_pattern import lazy
from .blocks import escape_markdown, whole_date
from .dates import parse_date
from .html_tree import HIDDEN, VOID, Element, Text

BR = "\x00"
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_SCHEME = lazy(r"^([a-z][a-z0-9+.-]*):", re.I)
_SAFE = {"http", "https", "mailto"}  # other link schemes keep their text, not the link
_BOLD = ("\x01", "\x02")
_EM = ("\x03", "\x04")
_PAIR = re.compile(r"([\x01\x03])([^\x01-\x04]*)([\x02\x04])")
_MARKERS = re.compile(r"[\x01-\x04]")
_MARKERS_OR_BR = re.compile(r"[\x00-\x04]")


class InlineWriter:
    """Writes inline nodes as Markdown; ``<br>`` as a marker, ``lines[k]`` the line of
    the first visible text after the ``k``-th marker."""

    def __init__(self, markdown_text: bool) -> None:
        self.markdown_text = markdown_text
        self.pieces: list[str] = []
        self.lines: list[int] = [0]
        self.start = 0  # where the current line's pieces begin

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
            data = escape_markdown(data)
        lead = " " if data[0].isspace() else ""
        self.pieces.append(lead + " ".join(data.split()) + (" " if data[-1].isspace() else ""))

    def element(self, node: Element) -> None:
        tag = node.tag
        if tag == "br":
            self.pieces.append(BR)
            self.lines.append(0)
            self.start = len(self.pieces)
        elif tag in HIDDEN or tag in VOID:
            return
        elif (target := link_target(node)) is not None:
            href = "".join(ch for ch in target if ch.isprintable()).strip()
            scheme = _SCHEME.match(href)
            if (
                is_control_link(node)
                or not href
                or (scheme and scheme.group(1).lower() not in _SAFE)
            ):
                self.nodes(node.children)
                return
            self.pieces.append("[")
            self.nodes(node.children)
            dest = href.replace("<", "%3C").replace(">", "%3E").replace("\n", "")
            self.pieces.append(f"](<{dest}>)")
            if not self.lines[-1]:  # a link without text (an icon): its line
                self.lines[-1] = node.line
        elif tag in ("b", "strong") or is_badge(node):
            self.wrap(node, _BOLD)  # a badge (``<span class="label">Paper</span>``) labels
        elif tag in ("i", "em"):
            self.wrap(node, _EM)
        elif tag in ("code", "tt", "kbd", "samp"):
            code = _MARKERS_OR_BR.sub("", node.text()).replace("`", "'")
            if code.strip() and not self.lines[-1]:  # a line that opens with code: its line
                self.lines[-1] = node.line
            self.pieces.append(f"`{code}`" if code else "")
        elif node.boxed and node.inline and self._opens_line() and _date_box(node):
            self.pieces.append(" ")  # "<span class="when">Apr</span><span>…": set apart,
            self.wrap(node, _BOLD)  # the line's date, as a bold date opening it is
            self.pieces.append(" ")
        elif tag in HEADINGS or not node.inline or node.boxed:
            self.pieces.append(" ")
            self.nodes(node.children)
            self.pieces.append(" ")
        else:
            self.nodes(node.children)

    def _opens_line(self) -> bool:
        return not _MARKERS.sub("", "".join(self.pieces[self.start :])).strip()

    def wrap(self, node: Element, markers: tuple[str, str]) -> None:
        self.pieces.append(markers[0])
        self.nodes(node.children)
        self.pieces.append(markers[1])


def _date_box(node: Element) -> bool:
    """Whether a box holds a date and nothing else, with its year or without one (``Apr``,
    ``Jun 10–11``: a year heading gives it; 2024 has every day)."""
    text = node.text().strip(" *_[]():.,")
    return bool(text) and (whole_date(text) or parse_date(text, 2024) is not None)


def finish(raw: str) -> str:
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


_BADGE = re.compile(
    r"(?:^|[\s_-])(?:label|badge|tag|chip|pill|category|type|kind)(?:$|[\s_-])", re.I
)
_BADGE_TAGS = {"span", "div", "small", "mark", "label"}


def is_badge(node: Element, most_words: int = 3) -> bool:
    """A short ``<span>`` or ``<div>`` styled as a label or badge (Bootstrap and most
    themes: ``class="badge"``, ``"news-type"``): the item's kind, as a bold label is in
    Markdown. ``most_words``: how long it may be (a card's meta line holds it apart from
    the text, so its tag may be longer: ``Best student paper award``)."""
    return (
        node.tag in _BADGE_TAGS
        and not node.has_block
        and bool(_BADGE.search(node.attrs.get("class", "")))
        and 0 < len(node.text().split()) <= most_words
    )


_LINK_COMPONENTS = {"routerlink", "nuxtlink"}  # <RouterLink to>, <NuxtLink to>


def is_control_link(node: Element) -> bool:
    """A link or button that works the page (``#``, ``javascript:``, ``onclick``), in any
    link form :func:`link_target` reads (``<a href="#top">``, ``<RouterLink to="#x">``)."""
    target = "".join((link_target(node) or "").split()).lower()  # "java\nscript:", " #x"
    return (
        node.tag == "button" or "onclick" in node.attrs or target.startswith(("#", "javascript:"))
    )


def link_target(node: Element) -> str | None:
    """Where a link goes: an ``<a href>``'s address, or a link component's
    (``<my-link href>``, ``<RouterLink to>``, ``<router-link to>``); ``None`` when
    ``node`` is no link."""
    if node.tag == "a":
        return node.attrs.get("href", "")
    if "-" in node.tag or node.tag in _LINK_COMPONENTS:
        return node.attrs.get("href") or node.attrs.get("to")
    return None
