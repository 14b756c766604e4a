"""Raw HTML inside a Markdown page, read as one region: from an ``html_block`` on, as far
as its elements stay open (over blank lines, indented lines and text), into the entries
of :mod:`.html_items` (used by :mod:`.sections`)."""

from __future__ import annotations

import re

from markdown_it.token import Token

from .blocks import block_end
from .html_entry_types import HtmlHeading, HtmlItem
from .html_folds import has_fold
from .html_items import html_entries
from .html_tree import INLINE, TreeBuilder

_HTML_GOES_ON = ("html_block", "code_block", "paragraph_open")  # inside open HTML elements
# Open elements a blank line does not end (kramdown keeps the element whole): text after
# it goes on inside them, never a paragraph of its own (``<p>Talk at MIT,`` + blank line
# + ``Boston (Nov 2022)</p>`` is one paragraph in the browser).
_RUNS_ON = INLINE | {"p", "h1", "h2", "h3", "h4", "h5", "h6"}
_LOOK_AHEAD = 200  # lines looked through for the end tag of an open element
_FOLD_HOLDERS = ("html_block", "inline")  # raw HTML, or text with inline HTML


def html_region(
    tokens: list[Token], i: int, lines: list[str]
) -> tuple[list[HtmlHeading | HtmlItem], int]:
    """Read raw HTML from ``tokens[i]`` on, as far as its elements stay open (over
    blank lines, indented lines and text) in ``lines``, the page's text; its entries
    and the index after it."""
    start = tokens[i].map[0] if tokens[i].map else 0
    builder = TreeBuilder(first_line=start + 1)
    fed, j = start, i
    while j < len(tokens):
        tok = tokens[j]
        if j > i and (builder.depth() == 0 or tok.type not in _HTML_GOES_ON):
            break
        end = block_end(tokens, j)
        if tok.map:
            text = lines[fed : tok.map[1]]
            if tok.type == "paragraph_open" and not _runs_on(builder, lines, tok.map[0]):
                # a paragraph, as CommonMark shows it (text between block elements)
                first = tok.map[0] - fed
                text[first] = "<p>" + text[first]
                text[-1] += "</p>"
            builder.feed("\n".join(text) + "\n")
            fed = tok.map[1]
        j = end
    return html_entries(builder.finish(), markdown_text=True), j


def _runs_on(builder: TreeBuilder, lines: list[str], start: int) -> bool:
    """Whether the text from line ``start`` on goes on inside the element open before it
    (one of :data:`_RUNS_ON`): its end tag comes before another of its kind opens (an
    unclosed ``<p>`` is ended by the paragraph after it, as a browser ends it)."""
    tag = builder.stack[-1].tag
    if tag not in _RUNS_ON:
        return False
    pattern = re.compile(rf"<(/?){tag}(?=[\s/>])", re.I)
    found = pattern.search("\n".join(lines[start : start + _LOOK_AHEAD]))
    return found is not None and found.group(1) == "/"


def fold_start(tokens: list[Token]) -> int | None:
    """The index of the raw HTML block of a Markdown list item's tokens (or of its text,
    ``- **2022.01**: Words <details>…``) that opens a ``<details>`` fold holding list
    items (:mod:`.html_folds`); ``None`` when none does."""
    return next(
        (k for k, t in enumerate(tokens) if t.type in _FOLD_HOLDERS and has_fold(t.content)),
        None,
    )


def fold_entries(tokens: list[Token]) -> list[HtmlHeading | HtmlItem]:
    """The entries of a fold in a Markdown list item: its raw HTML blocks and the text
    between them (``tokens`` from :func:`fold_start` on), read as one HTML region."""
    start = tokens[0].map[0] if tokens[0].map else 0
    builder = TreeBuilder(first_line=start + 1)
    fed = start
    for tok in tokens:
        if tok.type not in ("html_block", "inline"):
            continue
        at = tok.map[0] if tok.map else fed
        text = tok.content if tok.type == "html_block" else f"<p>{tok.content}</p>\n"
        builder.feed("\n" * max(at - fed, 0) + text)
        fed = max(fed, at) + text.count("\n")
    return html_entries(builder.finish(), markdown_text=True)
