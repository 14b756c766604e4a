"""The shared Markdown parser and HTML helpers (CommonMark, ``$…$`` math, safe raw HTML)."""

from __future__ import annotations

import re
from functools import cache
from html import escape, unescape
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..text import latex_to_text, squash


@cache
def markdown(tables: bool = False) -> MarkdownIt:
    """The shared Markdown parser: CommonMark plus ``$…$`` math rendered as Unicode, and
    with ``tables`` GitHub tables (they slow every paragraph down: only for pages that
    have one)."""
    from mdit_py_plugins.dollarmath import dollarmath_plugin

    md = MarkdownIt("commonmark").use(
        dollarmath_plugin, allow_space=False, allow_digits=False, double_inline=True
    )
    if tables:
        md.enable("table")

    def math_inline(self: Any, tokens: list[Token], idx: int, options: Any, env: Any) -> str:
        return escape(latex_to_text(tokens[idx].content))

    def raw_html(self: Any, tokens: list[Token], idx: int, options: Any, env: Any) -> str:
        return safe_html(tokens[idx].content)

    md.add_render_rule("math_inline", math_inline)
    md.add_render_rule("math_inline_double", math_inline)
    md.add_render_rule("html_inline", raw_html)
    md.add_render_rule("html_block", raw_html)
    return md


_SAFE_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "cite", "code", "del", "div", "em", "font", "hr",
    "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "q", "s", "small", "span", "strong",
    "sub", "sup", "u", "ul",
}  # fmt: skip
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)([^>]*)>")
_UNSAFE_ATTR = re.compile(r"\bon[a-z]+\s*=|javascript:|vbscript:|data:text/html", re.I)


def safe_html(raw: str) -> str:
    """The author's raw HTML if every tag in it is harmless formatting, else escaped text.

    Feeds carry the page's HTML; scripts, styles, frames and event handlers never pass.
    """
    for match in _TAG.finditer(raw):
        if match.group(2).lower() not in _SAFE_TAGS or _UNSAFE_ATTR.search(match.group(3)):
            return escape(raw)
    return raw


def strip_tags(html: str) -> str:
    """Plain text of a bit of HTML (``<b>A</b> &amp; B`` → ``A & B``)."""
    return squash(unescape(re.sub(r"<[^>]+>", "", html)))
