"""MyST admonitions (MyST Markdown, Jupyter Book, mystmd): a colon fence naming an
admonition directive, its title after the name, its body Markdown::

    :::{important} Workshop on delay equations 2027, Oslo.
    We will be there: come and say hello!
    :::

The box is one thing a reader sees: when its body is only paragraphs (no list, no
heading, no other box), it is one list entry on the opening line, ``- **title** body``,
the body's lines indented under it (option lines between them, ``:class: tip``, are
blank: the entry then opens on the last), so a news page of such boxes lists one item a
box.
A box holding a list or a heading is only opened (its fences and option lines such as
``:class: tip`` blank), its blocks read as they are. Every line keeps its number; other
directives (``{figure}``, ``{code-cell}``) and code blocks are left as they are.
"""

from __future__ import annotations

import re

from .blocks import escape_markdown

ADMONITIONS = (
    "admonition", "attention", "caution", "danger", "error", "hint", "important",
    "note", "seealso", "tip", "warning",
)  # fmt: skip
_OPENING = re.compile(
    r"^ {0,3}(?P<colons>:{3,})\{(?P<name>[\w-]+)\}[ \t]*(?P<title>[^\n]*?)[ \t]*$"
)
_CLOSING = re.compile(r"^ {0,3}(?P<colons>:{3,})[ \t]*$")
_OPTION = re.compile(r"^ {0,3}:[\w-]+:(?:[ \t].*)?$")  # :class: tip
_CODE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_BLOCK = re.compile(r"^ {0,3}(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#{1,6}[ \t]|:{3,}|<h[1-6]\b)")


def open_myst_admonitions(text: str) -> str:
    """``text`` with each MyST admonition opened (see the module); unchanged without."""
    if ":::{" not in text:
        return text
    lines = text.split("\n")
    fence = ""
    k = 0
    found = False
    while k < len(lines):
        code = _CODE.match(lines[k])
        opening = _OPENING.match(lines[k])
        if fence:
            if code and code.group(1)[0] == fence[0] and len(code.group(1)) >= len(fence):
                fence = ""
        elif code:
            fence = code.group(1)
        elif opening and opening["name"].lower() in ADMONITIONS:
            end = _closing(lines, k + 1, len(opening["colons"]))
            if end is not None:
                _box(lines, k, end, opening["title"])
                found = True
        k += 1
    return "\n".join(lines) if found else text


def _closing(lines: list[str], start: int, colons: int) -> int | None:
    """The line closing the box opened above ``start`` (as many colons or more), past
    the boxes inside it; ``None`` when it is never closed."""
    depth = 0
    for n in range(start, len(lines)):
        if _OPENING.match(lines[n]):
            depth += 1
        elif (closing := _CLOSING.match(lines[n])) is not None:
            if depth == 0 and len(closing["colons"]) >= colons:
                return n
            depth = max(0, depth - 1)
    return None


def _box(lines: list[str], opening: int, closing: int, title: str) -> None:
    """Open the box ``lines[opening:closing + 1]``: one entry, or its blocks."""
    body = range(opening + 1, closing)
    for n in body:
        if _OPTION.match(lines[n]):
            lines[n] = ""
    lines[opening] = lines[closing] = ""
    words = [n for n in body if lines[n].strip()]
    if not words or any(_BLOCK.match(lines[n]) or _CODE.match(lines[n]) for n in words):
        if title:  # the box's title, seen above its blocks
            lines[opening] = escape_markdown(title)
        return
    for n in words:
        lines[n] = "  " + lines[n].strip()
    if title:  # on the line above the body: the opening's, or the last option's
        lines[words[0] - 1] = f"- **{escape_markdown(title)}**"
    else:  # the entry opens on the body's first line
        lines[words[0]] = "- " + lines[words[0]].strip()
