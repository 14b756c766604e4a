"""The shared Markdown parser and HTML helpers (CommonMark, ``$…$`` math, HTML sanitiser)."""

from __future__ import annotations

import re
from functools import cache
from html import escape, unescape
from typing import Any

import nh3
from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from ..latex_text import latex_to_text
from ..text import clean_text, squash
from .day_dots import escape_day_dots
from .markdown_speed import FastLinksMarkdownIt, quiet_block_debug, stop_text_only_for_rules
from .plain_inline import write_plain_inlines

_ATTRIBUTES = re.compile(r"\{:[^{}\n]*\}")
# Pandoc's attributes (Quarto, R Markdown): a bracketed span ``[June 2026]{.item-date}``
# shows its text; those of a link or an image (``[x](url){target="_blank"}``,
# ``![](a.png){width=80%}``) are never shown
_PANDOC_ATTRIBUTES = r"\{(?:[.#][\w-]|[\w-]+=)[^{}\n]*\}"
_PANDOC_SPAN = re.compile(
    rf"(?<![!\\\]])\[((?:[^\[\]\n]|\[[^\[\]\n]*\]\([^()\n]*\))*)\]{_PANDOC_ATTRIBUTES}"
)
_PANDOC_LINK_ATTRIBUTES = re.compile(rf"(?<=\)){_PANDOC_ATTRIBUTES}")


@cache
def markdown(tables: bool = False) -> MarkdownIt:
    """The shared Markdown parser: CommonMark plus ``$…$`` math rendered as Unicode, and
    with ``tables`` GitHub tables (they slow every paragraph down: only for pages that
    have one).

    Its source is cleaned first (:func:`~feeds.text.clean_text`). Raw HTML is rendered as
    written: pass the rendered item through :func:`safe_html`, which sees it whole.
    """
    return new_parser(tables)


def new_parser(tables: bool = False, *, shortcuts: bool = True) -> MarkdownIt:
    """A parser as :func:`markdown` makes it; without ``shortcuts`` (the same tokens,
    more slowly: :mod:`.markdown_speed`), with markdown-it-py's own rules only."""
    from mdit_py_plugins.dollarmath import dollarmath_plugin

    md = (FastLinksMarkdownIt if shortcuts else MarkdownIt)("commonmark").use(
        dollarmath_plugin, allow_space=False, allow_digits=False, double_inline=True
    )
    md.enable("strikethrough")  # ~~retracted~~, as GitHub Pages' kramdown shows it
    if tables:
        md.enable("table")

    def math_inline(self: Any, tokens: list[Token], idx: int, options: Any, env: Any) -> str:
        return escape(latex_to_text(tokens[idx].content))

    def clean_source(state: StateCore) -> None:
        # after "normalize": line breaks are \n by now; kramdown's inline attribute lists
        # (``[x](url){:target="_blank"}``) are never shown
        # a Pandoc span's attributes (``[June 2026]{.item-date}``) are never shown either
        src = _ATTRIBUTES.sub("", clean_text(state.src))
        if "]{" in src or "){" in src:
            src = _PANDOC_LINK_ATTRIBUTES.sub("", _PANDOC_SPAN.sub(r"\1", src))
        state.src = escape_day_dots(src)

    md.add_render_rule("math_inline", math_inline)
    md.add_render_rule("math_inline_double", math_inline)
    md.core.ruler.after("normalize", "clean_text", clean_source)
    if shortcuts:
        stop_text_only_for_rules(md)
        write_plain_inlines(md)
        quiet_block_debug()
    return md


# What a feed reader may render of an item: formatting, lists, links and images. No
# scripts, styles, forms, frames or event handlers; ``style`` is dropped too (it can
# overlay a reader's interface). Links and images only to http(s), mailto or relative URLs.
SAFE_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "cite", "code", "dd", "del", "div", "dl", "dt",
    "em", "figcaption", "figure", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
    "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span",
    "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}  # fmt: skip
SAFE_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "code": {"class"},  # ```python → class="language-python"
    "font": {"color"},
    "img": {"src", "alt", "title", "width", "height"},
    "ol": {"start"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}
SAFE_SCHEMES = {"http", "https", "mailto"}  # relative URLs pass as well
_SANITISER = nh3.Cleaner(
    tags=SAFE_TAGS,
    attributes=SAFE_ATTRIBUTES,
    url_schemes=SAFE_SCHEMES,
    strip_comments=True,
    link_rel=None,  # no rel="noopener…": nothing opens a new window
)
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_URL_IGNORED = re.compile(r"[\x00-\x20]")
_TEXT_ONLY = nh3.Cleaner(tags=set(), attributes={}, strip_comments=True, link_rel=None)


def safe_html(html: str) -> str:
    """``html`` as a feed reader may render it: the allow-list above, parsed as a browser
    parses it (ammonia, via nh3), so quotes, entities and odd white space in attributes
    or URLs cannot smuggle a handler or a ``javascript:`` link through; no comments."""
    return _SANITISER.clean(clean_text(html))


def safe_url(url: str) -> bool:
    """Whether a link may be published: http(s), mailto or relative, its scheme read as a
    browser reads it (controls and white space ignored: ``java\tscript:`` is ``javascript:``)."""
    scheme = _SCHEME.match(_URL_IGNORED.sub("", url))
    return scheme is None or scheme.group(1).lower() in SAFE_SCHEMES


def strip_tags(html: str) -> str:
    """Plain text of a bit of HTML (``<b>A</b> &amp; B`` → ``A & B``); scripts, styles and
    comments go with their content."""
    return squash(unescape(_TEXT_ONLY.clean(clean_text(html))))
