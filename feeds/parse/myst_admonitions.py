"""MyST admonitions (MyST Markdown, Jupyter Book, mystmd): a fence naming an admonition
directive, its title after the name, its body Markdown; MyST's own backtick fence or the
colon fence of its ``colon_fence`` extension::

    :::{important} Workshop on delay equations 2027, Oslo.
    We will be there: come and say hello!
    :::

    ```{note} Workshop on delay equations 2027, Oslo.
    We will be there: come and say hello!
    ```

The box is one thing a reader sees: when its body is only paragraphs (no list, no
heading, no other box), it is one list entry on the opening line, ``- **title** body``,
the body's lines indented under it (option lines between them, ``:class: tip``, are
blank, as is a YAML block of options, ``---`` / ``class: tip`` / ``---``: the entry then
opens on the last), so a news page of such boxes lists one item a box. A colon box closes
at the first bare fence of as many colons or more past the boxes inside it; a backtick box,
as a code block does, at the first bare fence of as many backticks or more (a box inside
it is written with fewer).
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
    r"^ {0,3}(?P<fence>:{3,}|`{3,})\{(?P<name>[\w-]+)\}[ \t]*(?P<title>[^\n]*?)[ \t]*$"
)
_CLOSING = re.compile(r"^ {0,3}(?P<fence>:{3,}|`{3,})[ \t]*$")
_YAML_RULE = re.compile(r"^ {0,3}---[ \t]*$")  # a YAML block of options opens and closes
_OPTION = re.compile(r"^ {0,3}:[\w-]+:(?:[ \t].*)?$")  # :class: tip
_CODE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_BLOCK = re.compile(r"^ {0,3}(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#{1,6}[ \t]|:{3,}|<h[1-6]\b)")


def open_myst_admonitions(text: str) -> str:
    """``text`` with each MyST admonition opened (see the module); unchanged without."""
    if ":::{" not in text and "```{" not in text:
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
        elif _admonition(opening) and (end := _closing(lines, k + 1, opening["fence"])):
            _box(lines, k, end, opening["title"])
            found = True
        elif code:  # a code block, or a directive that is no admonition ({code-cell})
            fence = code.group(1)
        k += 1
    return "\n".join(lines) if found else text


def _admonition(opening: re.Match[str] | None) -> bool:
    """Whether ``opening`` opens an admonition (a backtick fence's title holds no
    backtick: CommonMark reads no such line as a fence)."""
    if opening is None or opening["name"].lower() not in ADMONITIONS:
        return False
    return opening["fence"][0] == ":" or "`" not in opening["title"]


def _closing(lines: list[str], start: int, fence: str) -> int | None:
    """The line closing the box opened above ``start`` by ``fence`` (as many colons or
    backticks or more; a colon box past the colon boxes inside it); ``None`` when it is
    never closed."""
    depth = 0
    for n in range(start, len(lines)):
        closing = _CLOSING.match(lines[n])
        if fence[0] == "`":
            if closing and closing["fence"][0] == "`" and len(closing["fence"]) >= len(fence):
                return n
        elif (opening := _OPENING.match(lines[n])) and opening["fence"][0] == ":":
            depth += 1
        elif closing is not None and closing["fence"][0] == ":":
            if depth == 0 and len(closing["fence"]) >= len(fence):
                return n
            depth = max(0, depth - 1)
    return None


def _box(lines: list[str], opening: int, closing: int, title: str) -> None:
    """Open the box ``lines[opening:closing + 1]``: one entry, or its blocks."""
    body = range(opening + 1, closing)
    if len(body) > 1 and _YAML_RULE.match(lines[body[0]]):  # ---, class: tip, ---
        end = next((n for n in body[1:] if _YAML_RULE.match(lines[n])), None)
        for n in range(body[0], end + 1) if end is not None else ():
            lines[n] = ""
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
