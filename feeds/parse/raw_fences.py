"""Pandoc raw blocks for HTML (Quarto ``.qmd``, R Markdown): a code fence whose info is
a raw attribute, ```` ```{=html} ```` … ```` ``` ````.

Pandoc passes the fence's lines to the HTML page untouched, so a reader sees them as
HTML, not as code: the fence becomes one raw HTML block of the lines between its fences,
and the fence lines become blank lines (every line keeps its number). A raw block for
another format (``{=latex}``, ``{=openxml}``) is never shown in HTML, and stays code.
"""

from __future__ import annotations

import re

from markdown_it.token import Token

_RAW_HTML = re.compile(r"\{=html[45]?\}", re.I)  # ``{=html}``, ``{=html5}``


def raw_html_blocks(tokens: list[Token], lines: list[str]) -> list[Token]:
    """``tokens`` with each raw HTML fence an ``html_block`` of its lines (see the
    module); its fence lines blanked in ``lines``, the page's text."""
    for k, tok in enumerate(tokens):
        if tok.type != "fence" or not tok.map or not _RAW_HTML.fullmatch(tok.info.strip()):
            continue
        first, end = tok.map
        inner = tok.content.count("\n")
        closed = end - first - 1 > inner  # the closing fence line is the fence's last
        lines[first] = ""
        if closed:
            lines[end - 1] = ""
        block = Token("html_block", "", 0, content=tok.content, map=[first + 1, first + 1 + inner])
        block.level, block.block = tok.level, True
        tokens[k] = block
    return tokens
