"""MkDocs blocks whose indented body is Markdown: admonitions (``!!! note "Title"``),
their folds (``??? note``, open ``???+ note``; pymdownx.details) and content tabs
(``=== "2025"``; pymdownx.tabbed).

Python-Markdown renders the lines indented under such a marker (four spaces or a tab;
blank lines between them) as Markdown, inside a box a reader sees. CommonMark would read
them as a code block, so the body is moved four spaces left and the marker line becomes
blank (every line keeps its number): a list in a "2025 News" box is a list. Blocks nest
(a fold inside a box, eight spaces in); inside fenced code nothing is a marker.
"""

from __future__ import annotations

import re

_MARKER = re.compile(
    r"^ {0,3}(?:(?:!!!|\?\?\?\+?)[ \t]*(?:[\w-]+(?:[ \t]+[\w-]+)*)?[ \t]*(?:\"[^\"\n]*\")?"
    r"|===\+?!?[ \t]+\"[^\"\n]*\")[ \t]*$"
)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def open_admonitions(text: str) -> str:
    """``text`` with each admonition, fold and tab opened (see the module); unchanged
    when it has none."""
    if "!!!" not in text and "???" not in text and "===" not in text:
        return text
    lines = text.split("\n")
    return "\n".join(lines) if _open(lines) else text


def _open(lines: list[str]) -> bool:
    """Open every block of ``lines`` in place; whether there was one."""
    found, fence = False, ""
    k = 0
    while k < len(lines):
        line = lines[k]
        opening = _FENCE.match(line)
        if fence:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = ""
        elif opening:
            fence = opening.group(1)
        elif _MARKER.match(line) and (end := _body_end(lines, k + 1)) > k + 1:
            found = True
            lines[k] = ""
            for n in range(k + 1, end):
                lines[n] = _dedent(lines[n])
            continue  # the body's own blocks, now four spaces left, are read next
        k += 1
    return found


def _body_end(lines: list[str], start: int) -> int:
    """The line after the block's body: its indented lines and the blank ones between
    them (not those after its last)."""
    end = start
    for n in range(start, len(lines)):
        if not lines[n].strip():
            continue
        if not _indented(lines[n]):
            break
        end = n + 1
    return end


def _indented(line: str) -> bool:
    return line.startswith(("    ", "\t", " \t", "  \t", "   \t"))


def _dedent(line: str) -> str:
    """``line`` one level (four columns) left."""
    if line.startswith("    "):
        return line[4:]
    stripped = line.lstrip(" ")
    if stripped.startswith("\t") and len(line) - len(stripped) < 4:
        return stripped[1:]
    return line.lstrip(" \t") if not line.strip() else line
