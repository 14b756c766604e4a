"""The markup of a React page (Gatsby's or Next's ``src/pages/index.js``, ``.jsx``,
``.tsx``), read as an HTML page: the JSX each component returns (``return ( <main>…
</main> );``, ``=> ( <main>…</main> )``), the rest of the file blanked, line breaks kept.

A list the page generates from an array literal of the same file is shown as a reader
sees it::

    const newsItems = [
      { date: "2026-03", text: <>Our paper on voids was submitted.</>, link: "https://…" },
    ];
    … <h2>Recent News</h2><ul>{newsItems.map((item) => (<li>…</li>))}</ul>

each object one ``<li>`` (its date, its words under ``title``/``text``/``description``…,
another of them after, its ``link`` linking its words), at the line of the ``.map``;
``.slice(a, b)`` before it is honoured. (The keys are this module's own: a parser does
not import from the inputs layer above it.) An array
that is no plain literal (:mod:`.js_literals`) shows nothing: the list is code, the page
is refused as before. Any other expression ``{…}`` is blanked.
"""

from __future__ import annotations

import html
import re
from typing import Any

from .js_literals import NotLiteral, read_array

JSX_SUFFIXES = (".js", ".jsx", ".tsx")
DATE_KEYS = ("date", "when", "time", "fecha", "data", "datum", "year")
WORD_KEYS = ("title", "text", "content", "description", "news", "body", "headline", "summary")
LINK_KEYS = ("link", "url", "href")
_ARRAY = re.compile(r"\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=\n]{1,80})?=\s*\[")
_RETURN = re.compile(r"(?:\breturn|=>)\s*\(\s*(?=<)")
_MAP = re.compile(
    r"\{\s*([A-Za-z_$][\w$]*)(?:\.slice\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?\s*\.map\s*\("
)
_OPEN_LIST = re.compile(r"<(?:ul|ol)\b[^<>]*>\s*\Z", re.I)


def jsx_markup(text: str) -> str:
    """``text`` of a React page with everything but its returned JSX blanked (line
    breaks kept) and each ``{array.map(…)}`` over an array literal shown as list items."""
    arrays = _arrays(text)
    regions = _regions(text)
    out = []
    at = 0
    for start, end in regions:
        out.append(_newlines(text[at:start]))
        out.append(_markup(text[start:end], arrays))
        at = end
    out.append(_newlines(text[at:]))
    return "".join(out)


def _arrays(text: str) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    for match in _ARRAY.finditer(text):
        try:
            value, _ = read_array(text, match.end() - 1)
        except (NotLiteral, RecursionError):
            continue
        if value and all(isinstance(v, dict) for v in value):
            found.setdefault(match.group(1), value)
    return found


def _regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each JSX element a component returns: it ends where its root
    element closes, whatever parentheses its words hold (``<p>Talk (with a poster</p>``)."""
    found: list[tuple[int, int]] = []
    for match in _RETURN.finditer(text):
        if found and match.start() < found[-1][1]:
            continue
        found.append((match.end(), _element_end(text, match.end())))
    return found


def _element_end(text: str, at: int) -> int:
    """The end of the element whose ``<`` is at ``at``: tags counted (quoted attribute
    values and ``{…}`` skipped whole), or the text's end if it never closes."""
    depth = 0
    while at < len(text):
        if text[at] == "{":
            at = _closing_brace(text, at)
            continue
        if text[at] != "<":
            at += 1
            continue
        start, at = at, _tag_end(text, at)
        tag = text[start:at]
        depth += -1 if tag.startswith("</") else 0 if tag.endswith("/>") else 1
        if depth <= 0:
            return at
    return len(text)


def _tag_end(text: str, at: int) -> int:
    at += 1
    while at < len(text) and text[at] != ">":
        if text[at] in "\"'":
            close = text.find(text[at], at + 1)
            at = len(text) if close < 0 else close + 1
        elif text[at] == "{":
            at = _closing_brace(text, at)
        else:
            at += 1
    return at + 1


def _markup(jsx: str, arrays: dict[str, list[Any]]) -> str:
    out, at = [], 0
    for match in _MAP.finditer(jsx):
        if match.start() < at:
            continue
        end = _closing_brace(jsx, match.start())
        out.append(jsx[at : match.start()])
        entries = arrays.get(match.group(1))
        shown = ""
        if entries is not None:
            first = int(match.group(2) or 0)
            last = int(match.group(3)) if match.group(3) else None
            items = "".join(_item(e) for e in entries[first:last])
            in_list = _OPEN_LIST.search("".join(out)) is not None
            shown = items if in_list else f"<ul>{items}</ul>"
        out.append(shown + _newlines(jsx[match.start() : end]))
        at = end
    out.append(jsx[at:])
    return _blank_expressions(re.sub(r"\bclassName=", "class=", "".join(out)))


def _item(entry: dict[str, Any]) -> str:
    keys = {str(k).lower(): v for k, v in entry.items()}
    date = next((_text(keys[k]) for k in DATE_KEYS if _text(keys.get(k))), "")
    used = next((k for k in WORD_KEYS if _text(keys.get(k))), "")
    words = _text(keys.get(used)) if used else ""
    link = next((_text(keys[k]) for k in LINK_KEYS if _text(keys.get(k))), "")
    if link and "<a " not in words:
        words = f'<a href="{html.escape(link)}">{words}</a>'
    elif link:
        words += f' <a href="{html.escape(link)}">link</a>'
    more = next((_text(keys[k]) for k in WORD_KEYS[1:] if k != used and _text(keys.get(k))), "")
    words += f" {more}" if more else ""
    return f"<li>{date}: {words}</li>" if date else f"<li>{words}</li>"


def _text(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return ""
    return " ".join(str(value).split())


def _closing_brace(text: str, at: int) -> int:
    depth = 0
    for pos in range(at, len(text)):
        depth += {"{": 1, "}": -1}.get(text[pos], 0)
        if depth == 0:
            return pos + 1
    return len(text)


def _blank_expressions(text: str) -> str:
    """Every ``{…}`` (nested braces counted) as blank space, its line breaks kept."""
    out, depth = [], 0
    for char in text:
        depth += char == "{"
        out.append(" " if depth and char != "\n" else char)
        depth -= char == "}" and depth > 0
    return "".join(out)


def _newlines(text: str) -> str:
    return "\n" * text.count("\n")
