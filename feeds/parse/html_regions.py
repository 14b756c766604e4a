"""Raw HTML inside a Markdown page, read as one region: from an ``html_block`` on, as far
as its elements stay open (over blank lines, indented lines and text), into the entries
of :mod:`.html_items` (used by :mod:`.sections`)."""

from __future__ import annotations

from markdown_it.token import Token

from .blocks import block_end
from .html_items import HtmlHeading, HtmlItem, html_entries
from .html_tree import TreeBuilder

_HTML_GOES_ON = ("html_block", "code_block", "paragraph_open")  # inside open HTML elements


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
            if tok.type == "paragraph_open":  # a paragraph, as CommonMark shows it
                first = tok.map[0] - fed
                text[first] = "<p>" + text[first]
                text[-1] += "</p>"
            builder.feed("\n".join(text) + "\n")
            fed = tok.map[1]
        j = end
    return html_entries(builder.finish(), markdown_text=True), j
