"""kramdown's ``markdown="1"`` blocks: Jekyll renders Markdown inside them. Also
kramdown's attribute lists on a line of their own (``{: .news-scroll}``): never shown.

``<div class="news-box" markdown="1">`` … ``</div>`` and ``<details markdown="1">``
folds (with their ``<summary>``) would be one raw HTML block to CommonMark; their tags
are taken out of the text (line breaks kept, so line numbers stay true) and what they
hold is read as Markdown, as Jekyll shows it.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_MARKDOWN_VALUES = {"1", "block", "span"}
_ATTRIBUTE_LIST = re.compile(r"^[ \t]*\{:[^}\n]*\}[ \t]*$", re.M)


def open_markdown_blocks(text: str) -> str:
    """``text`` without the tags of its ``markdown="1"`` elements and the ``<summary>``
    captions of such folds, and without attribute-list lines (line breaks kept)."""
    if "{:" in text:
        text = _ATTRIBUTE_LIST.sub("", text)
    if "markdown=" not in text:
        return text
    finder = _Finder(text)
    finder.feed(text)
    finder.close()
    if not finder.cuts:
        return text
    out, at = [], 0
    for start, end in sorted(finder.cuts):
        if start < at:
            continue
        out += [text[at:start], "\n" * text.count("\n", start, end)]
        at = end
    out.append(text[at:])
    return "".join(out)


class _Finder(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text = text
        self.line_starts = [0]
        for k, ch in enumerate(text):
            if ch == "\n":
                self.line_starts.append(k + 1)
        self.open: dict[str, list[bool]] = {}  # per tag name: is each open one a markdown block
        self.inside = 0  # markdown blocks open
        self.cuts: list[tuple[int, int]] = []
        self.summary: int | None = None

    def _at(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._at()
        is_block = (dict(attrs).get("markdown") or "").strip().lower() in _MARKDOWN_VALUES
        if is_block:
            tag_text = self.get_starttag_text() or ""
            self.cuts.append((start, start + len(tag_text)))
            self.inside += 1
        elif tag == "summary" and self.inside:
            self.summary = start
        self.open.setdefault(tag, []).append(is_block)

    def handle_endtag(self, tag: str) -> None:
        start = self._at()
        end = self.text.find(">", start) + 1 or len(self.text)
        if tag == "summary" and self.summary is not None:
            self.cuts.append((self.summary, end))
            self.summary = None
        stack = self.open.get(tag)
        if stack and stack.pop():
            self.cuts.append((start, end))
            self.inside -= 1
