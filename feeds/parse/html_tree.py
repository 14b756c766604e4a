"""Raw HTML → a small element tree with line numbers (stdlib :mod:`html.parser`).

The stdlib parser reports where every tag and text run starts (``getpos``), which the
diagnostics need, tolerates broken markup and costs no dependency. This builder adds
the few HTML rules hand-written pages rely on: void elements, ``<li>``/``<p>``/``<td>``…
closed by the next one, a row opened for a cell written without its ``<tr>``, stray end
tags ignored. Comments, scripts and styles never
reach the tree. Nesting is capped (deeper tags are flattened into their parent, their
text kept), so hostile input cannot exhaust the stack of the recursive readers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

MAX_DEPTH = 64
VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
}  # fmt: skip
LISTS = {"ul", "ol", "menu"}
HIDDEN = {"script", "style", "template", "noscript", "head", "title", "svg", "math", "select"}
INLINE = {
    "a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em",
    "font", "i", "img", "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span",
    "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
}  # fmt: skip
# Classes of an embedded social-media post: the post's copy, turned into a card by a script.
_EMBEDS = {
    "twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "bluesky-embed",
    "mastodon-embed", "threads-embed", "reddit-card", "fb-post",
}  # fmt: skip
# Hidden elements that may stand inside a line of text (``<p>Talk <script>…</script> at
# MIT</p>``): they neither end a paragraph nor cut the line.
_IN_TEXT = INLINE | (HIDDEN - {"head", "title"})
_WORD_LEVEL = {"a", "b", "strong", "i", "em", "code", "sub", "sup", "u", "mark", "abbr"}
# An opening tag closes the open elements named here, up to (not past) a boundary.
_CLOSES = {
    "li": ({"li"}, {"ul", "ol", "menu"}),
    "dt": ({"dt", "dd"}, {"dl"}),
    "dd": ({"dt", "dd"}, {"dl"}),
    "tr": ({"tr", "td", "th"}, {"table", "thead", "tbody", "tfoot"}),
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
    "tbody": ({"thead", "tbody", "tfoot", "tr", "td", "th"}, {"table"}),
    "option": ({"option"}, {"select"}),
    "body": ({"head"}, set()),
}
_ROW_GROUPS = {"table", "thead", "tbody", "tfoot"}


@dataclass
class Text:
    data: str
    line: int


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    line: int
    children: list[Element | Text] = field(default_factory=list)
    has_block: bool = False  # some descendant is a block element
    veiled: bool = False  # hidden by its author (``<time style="display:none">``): no text
    concealed: str = ""  # the words it would hold, were it not veiled

    @property
    def inline(self) -> bool:
        """Flows as part of a line of text (``<b>``, ``<a>``, a ``<span>`` of text)."""
        return self.tag in _IN_TEXT and not self.has_block

    @property
    def boxed(self) -> bool:
        """Set apart from its neighbours on screen though no space separates it in the
        source: a ``<time>``, a ``<span class=…>`` (``<time>May 2024</time><span>…``)."""
        return self.tag == "time" or (self.tag not in _WORD_LEVEL and bool(self.attrs))

    @property
    def embedded_post(self) -> bool:
        """An embedded post (``<blockquote class="twitter-tweet">``): a copy of what was
        said elsewhere, no news item of the page's own."""
        return bool(_EMBEDS.intersection(self.attrs.get("class", "").split()))

    def holds(self, tags: set[str]) -> bool:
        """Whether some element below this one is named in ``tags``."""
        return holds(self.children, tags)

    def text(self) -> str:
        """Every visible character below this element, white space squashed."""
        parts: list[str] = []
        stack: list[Element | Text | str] = [self]
        while stack:
            node = stack.pop()
            if isinstance(node, str):
                parts.append(node)
            elif isinstance(node, Text):
                parts.append(node.data)
            elif node.tag not in HIDDEN:
                if node.tag == "br" or node.boxed or not node.inline:
                    parts.append(" ")
                    stack.append(" ")
                stack.extend(reversed(node.children))
        return " ".join("".join(parts).split())


_NONE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", re.I)
# the rest of a text a "Read more" control reveals (``<span class="more" style=…>``)
_REVEALED = re.compile(r"more|expand|collaps|toggl|full", re.I)


def veils(element: Element) -> bool:
    """Whether the author hid ``element``, a part of a line of text, from every reader:
    ``style="display:none"`` (or ``visibility:hidden``), the ``hidden`` attribute. The
    rest of a text that a "Read more" control reveals is no such part, and neither is a
    block: whole items hidden until a "Show more" button shows them are still news; nor
    is what is hidden from screen readers alone (``aria-hidden``: shown on screen)."""
    attrs = element.attrs
    if close_control(element):  # <span class="close">&times;</span>: a control, no words
        return True
    if element.tag not in INLINE or element.tag == "br":
        return False
    if not (_NONE.search(attrs.get("style", "")) or attrs.get("hidden", "x") in ("", "hidden")):
        return False
    return not _REVEALED.search(f"{attrs.get('class', '')} {attrs.get('id', '')}")


# A popup's or a notice's close button: ``<span class="close">&times;</span>`` (a modal
# image's, as w3schools writes it; ``close_multi``), Bootstrap's ``<button class="btn-close"
# data-bs-dismiss="modal" aria-label="Close">``.
_CLOSE_CLASS = re.compile(r"close|btn-close|close[_-](?:multi|btn|button|modal|icon|x)", re.I)
_CONTROL_TAGS = {"span", "button", "a", "i"}


def close_control(element: Element) -> bool:
    """Whether ``element`` is a close button: its glyph (×, ✕) is no word of an item."""
    attrs = element.attrs
    if element.tag not in _CONTROL_TAGS:
        return False
    dismisses = "data-dismiss" in attrs or "data-bs-dismiss" in attrs
    labelled = attrs.get("aria-label", "").strip().lower() == "close"
    return dismisses or labelled or any(map(_CLOSE_CLASS.fullmatch, attrs.get("class", "").split()))


def holds(nodes: list[Element | Text], tags: set[str]) -> bool:
    """Whether one of ``nodes``, or an element below one of them, is named in ``tags``."""
    stack = list(nodes)
    while stack:
        node = stack.pop()
        if isinstance(node, Element):
            if node.tag in tags:
                return True
            stack.extend(node.children)
    return False


class TreeBuilder(HTMLParser):
    """Feed HTML (in pieces, if need be); :attr:`root` holds the tree, lines counted from
    ``first_line``. :meth:`depth` says how many elements are still open."""

    def __init__(self, first_line: int = 1) -> None:
        super().__init__(convert_charrefs=True)
        self.line_base = first_line - 1
        self.root = Element("#root", {}, first_line)
        self.stack: list[Element] = [self.root]
        self.hidden = 0  # open elements whose content is never shown
        self.veiled = 0  # open elements their author hid (:func:`veils`)

    def depth(self) -> int:
        return len(self.stack) - 1

    def _line(self) -> int:
        return self.getpos()[0] + self.line_base

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        closes = _CLOSES.get(tag)
        if closes is not None:
            self._close_implied(*closes)
        elif tag not in _IN_TEXT and self.stack[-1].tag == "p":
            self._pop()  # a block start ends an open paragraph
        if tag in ("td", "th") and self.stack[-1].tag in _ROW_GROUPS:
            self.handle_starttag("tr", [])  # a cell outside a row: a browser opens one
        if len(self.stack) > MAX_DEPTH:
            return
        element = Element(tag, {k: v or "" for k, v in attrs}, self._line())
        if not self.veiled:  # (inside a veiled element: kept out of the tree)
            self.stack[-1].children.append(element)
        if tag not in VOID:
            element.veiled = veils(element)
            self.stack.append(element)
            self.hidden += tag in HIDDEN
            self.veiled += element.veiled

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        for k in range(len(self.stack) - 1, 0, -1):
            if self.stack[k].tag == tag:
                while len(self.stack) > k:
                    self._pop()
                return

    def handle_data(self, data: str) -> None:
        if self.veiled and not self.hidden:
            veil = next(e for e in reversed(self.stack) if e.veiled)
            veil.concealed += data
        elif not self.hidden and data:
            self.stack[-1].children.append(Text(data, self._line()))

    def _close_implied(self, names: set[str], boundary: set[str]) -> None:
        for k in range(len(self.stack) - 1, 0, -1):
            tag = self.stack[k].tag
            if tag in boundary:
                return
            if tag in names:
                while len(self.stack) > k:
                    self._pop()
                return

    def _pop(self) -> None:
        element = self.stack.pop()
        self.hidden -= element.tag in HIDDEN
        self.veiled -= element.veiled
        if self.hidden:  # inside a hidden element: never shown, so no block
            return
        if element.tag not in _IN_TEXT or element.has_block:
            self.stack[-1].has_block = True

    def finish(self) -> Element:
        """Close what is still open; the tree."""
        self.close()
        while len(self.stack) > 1:
            self._pop()
        return self.root


def parse_html(html: str, first_line: int = 1) -> Element:
    """The element tree of ``html`` (its first line numbered ``first_line``)."""
    builder = TreeBuilder(first_line)
    builder.feed(html)
    return builder.finish()
