"""Inline tokens → plain text, with where each link and bold run sits in it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape

from markdown_it.token import Token

from ..latex_text import latex_to_text

_VISIBLE = {"text", "code_inline"}
_MATH = {"math_inline", "math_inline_double"}
_BREAKS = {"softbreak", "hardbreak"}
# A link written as HTML in Markdown: "Check it out <a href='x.pdf'>here</a>"
_OPEN_A = re.compile(r"<a\b[^>]*?\bhref\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", re.I)
_CLOSE_A = re.compile(r"</a\s*>", re.I)


@dataclass
class Span:
    start: int
    end: int
    href: str = ""


@dataclass
class Flat:
    """Plain text of an inline run; ``links`` and ``bold`` index into it."""

    text: str = ""
    links: list[Span] = field(default_factory=list)
    bold: list[Span] = field(default_factory=list)

    def link_text(self, span: Span) -> str:
        return self.text[span.start : span.end]


def opening_text(tokens: list[Token]) -> str:
    """Plain text of the first inline run among ``tokens`` (``""`` when none)."""
    first = next((t for t in tokens if t.type == "inline"), None)
    return flatten([first]).text if first is not None else ""


def flatten(tokens: list[Token]) -> Flat:
    """Plain text of the inline tokens among ``tokens`` (paragraphs joined by a space)."""
    flat = Flat()
    parts: list[str] = []
    length = 0  # of the text so far (each piece is added where the text's length is kept)
    open_links: list[Span] = []
    open_bold: list[Span] = []
    for block in tokens:
        if block.type != "inline" or not block.children:
            continue
        if length:
            parts.append(" ")
            length += 1
        for tok in block.children:
            kind = tok.type
            if kind in _VISIBLE or kind == "image":
                piece = tok.content
            elif kind in _MATH:
                piece = latex_to_text(tok.content)
            elif kind in _BREAKS or (
                kind == "html_inline" and tok.content.lower().startswith("<br")
            ):
                piece = " "
            elif kind == "html_inline" and (opened := _OPEN_A.match(tok.content)):
                href = unescape(next(g for g in opened.groups() if g is not None))
                open_links.append(Span(length, length, href))
                continue
            elif kind == "html_inline" and _CLOSE_A.match(tok.content) and open_links:
                span = open_links.pop()
                span.end = length
                flat.links.append(span)
                continue
            elif kind == "link_open":
                open_links.append(Span(length, length, str(tok.attrs.get("href", ""))))
                continue
            elif kind == "link_close" and open_links:
                span = open_links.pop()
                span.end = length
                flat.links.append(span)
                continue
            elif kind == "strong_open":
                open_bold.append(Span(length, length))
                continue
            elif kind == "strong_close" and open_bold:
                span = open_bold.pop()
                span.end = length
                flat.bold.append(span)
                continue
            else:
                continue
            parts.append(piece)
            length += len(piece)
    flat.text = "".join(parts)
    flat.links.sort(key=lambda s: s.start)
    flat.bold.sort(key=lambda s: s.start)
    return flat
