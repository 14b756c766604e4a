"""A plain JavaScript array literal of objects, as a React or Gatsby page keeps its news
in the same file (``const newsItems = [{ date: "2026-03", text: <>Our paper…</> }, …];``),
read tolerantly: strings (``'…'``, ``"…"``, a template without ``${}``), numbers,
``true``/``false``/``null``, JSX fragments ``<>…</>`` and elements ``<a href="…">…</a>``
(kept as their HTML), nested objects and arrays, keys bare or quoted, trailing commas and
comments; a TypeScript module's casts after a value (``'paper' as const``, ``{…} satisfies
News``) are types, not values, and are passed over. Anything else (a call, a variable,
an expression in a fragment) is no literal: :class:`NotLiteral`, and the list is not read.
"""

from __future__ import annotations

import re
from typing import Any


class NotLiteral(ValueError):
    """The text at ``at`` is no plain literal."""

    def __init__(self, at: int):
        super().__init__(f"no plain literal at offset {at}")
        self.at = at


_SPACE = re.compile(r"(?:\s+|//[^\n]*|/\*.*?\*/)*", re.S)
_KEY = re.compile(r"[A-Za-z_$][\w$]*|\"((?:[^\"\\\n]|\\.)*)\"|'((?:[^'\\\n]|\\.)*)'")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_WORD = re.compile(r"(?:true|false|null|undefined)\b")
_STRING = {'"': re.compile(r'"((?:[^"\\\n]|\\.)*)"'), "'": re.compile(r"'((?:[^'\\\n]|\\.)*)'")}
_TEMPLATE = re.compile(r"`((?:[^`\\$]|\\.|\$(?!\{))*)`", re.S)
_ESCAPE = re.compile(r"\\(.)", re.S)
_TAG = re.compile(r"<(/?)([A-Za-z][\w.-]*)?((?:[^<>{}\"']|\"[^\"]*\"|'[^']*')*?)(/?)>")
_TEXT_BRACE = re.compile(r"\{\s*(?:\"([^\"\n]*)\"|'([^'\n]*)')\s*\}")  # {" "}, {'text'}
# a TypeScript cast after a value: ``as const``, ``as NewsItem``, ``satisfies Array<News>``
_CAST = re.compile(
    r"\s+(?:as|satisfies)\s+(?:const\b|[A-Za-z_$][\w$.]*(?:<[^<>;{}\n]*>)?(?:\[\])*)"
)
_WORDS = {"true": True, "false": False, "null": None, "undefined": None}
# React's named fragment is a fragment; the routers' link component (Next.js, Docusaurus,
# React Router: ``<Link href="…">``, ``<Link to="…">``) is a link
_HTML_NAMES = {"React.Fragment": "", "Fragment": "", "Link": "a"}


def read_array(text: str, at: int) -> tuple[list[Any], int]:
    """The array literal opening with ``[`` at ``text[at]`` and the offset after it."""
    value, end = _value(text, at)
    if not isinstance(value, list):
        raise NotLiteral(at)
    return value, end


def read_elements(text: str, at: int) -> tuple[list[tuple[Any, int]], int]:
    """Each element of the array literal opening with ``[`` at ``text[at]``, with the
    offset it starts at (a data file's entry, to name its line), and the offset after it."""
    if text[at : at + 1] != "[":
        raise NotLiteral(at)
    return _sequence(text, at + 1, "]", _placed)


def object_keys(text: str, at: int) -> list[tuple[str, int]]:
    """The keys of the object literal opening with ``{`` at ``text[at]``, each with the
    offset its value starts at, as far as they are written ``key: value``; a value that is
    no plain literal (``avatar: picture``, a call) is passed over, not read."""
    if text[at : at + 1] != "{":
        raise NotLiteral(at)
    found: list[tuple[str, int]] = []
    at += 1
    while True:
        at = _skip(text, at)
        key = _KEY.match(text, at)
        colon = _skip(text, key.end()) if key is not None else at
        if key is None or text[colon : colon + 1] != ":":
            return found  # the end, or a shorthand, spread or method: no more keys read
        name = key.group(1) if key.group(1) is not None else key.group(2) or key.group()
        value = _skip(text, colon + 1)
        found.append((name, value))
        at = _skip(text, _passed(text, value))
        if text[at : at + 1] != ",":
            return found
        at += 1


def _passed(text: str, at: int) -> int:
    """The offset after the value starting at ``text[at]``, literal or not."""
    try:
        return _value(text, at)[1]
    except (NotLiteral, RecursionError):
        pass
    depth = 0
    while at < len(text):
        char = text[at]
        if char in "'\"`":
            found = (_STRING.get(char) or _TEMPLATE).match(text, at)
            at = found.end() if found is not None else at + 1
            continue
        if char in "([{":
            depth += 1
        elif char in ")]}" or (char == "," and depth == 0):
            if depth == 0:
                return at
            depth -= 1
        at += 1
    return at


def _placed(text: str, at: int) -> tuple[tuple[Any, int], int]:
    start = _skip(text, at)
    value, end = _value(text, start)
    return (value, start), end


def _skip(text: str, at: int) -> int:
    found = _SPACE.match(text, at)
    return found.end() if found else at


def _value(text: str, at: int) -> tuple[Any, int]:
    at = _skip(text, at)
    char = text[at : at + 1]
    if char == "[":
        return _sequence(text, at + 1, "]", _value)
    if char == "{":
        return _sequence(text, at + 1, "}", _pair)
    if char in _STRING:
        found = _STRING[char].match(text, at)
        if found is None:
            raise NotLiteral(at)
        return _ESCAPE.sub(r"\1", found.group(1)), found.end()
    if char == "`":
        found = _TEMPLATE.match(text, at)
        if found is None:
            raise NotLiteral(at)
        return _ESCAPE.sub(r"\1", found.group(1)), found.end()
    if char == "<":
        return _jsx(text, at)
    for pattern in (_NUMBER, _WORD):
        found = pattern.match(text, at)
        if found is not None:
            word = found.group()
            value = _WORDS[word] if word in _WORDS else float(word) if "." in word else int(word)
            return value, found.end()
    raise NotLiteral(at)


def _pair(text: str, at: int) -> tuple[tuple[str, Any], int]:
    at = _skip(text, at)
    key = _KEY.match(text, at)
    if key is None:
        raise NotLiteral(at)
    name = key.group(1) if key.group(1) is not None else key.group(2) or key.group()
    at = _skip(text, key.end())
    if text[at : at + 1] != ":":
        raise NotLiteral(at)
    value, end = _value(text, at + 1)
    return (name, value), end


def _sequence(text: str, at: int, close: str, part: Any) -> tuple[Any, int]:
    found: list[Any] = []
    while True:
        at = _skip(text, at)
        if text[at : at + 1] == close:
            return (dict(found) if close == "}" else found), at + 1
        value, at = part(text, at)
        found.append(value)
        while (cast := _CAST.match(text, at)) is not None:  # 'paper' as const
            at = cast.end()
        at = _skip(text, at)
        if text[at : at + 1] == ",":
            at += 1
        elif text[at : at + 1] != close:
            raise NotLiteral(at)


def _jsx(text: str, at: int) -> tuple[str, int]:
    """A JSX fragment or element from ``text[at]`` as its HTML, and the offset after it:
    ``{" "}`` and ``{'words'}`` read as their words, ``className`` as ``class``,
    ``<React.Fragment>`` as a fragment, ``<Link href|to>`` as ``<a href>``; any other
    expression in it is no literal."""
    depth, pos, out = 0, at, []
    while True:
        tag = _TAG.search(text, pos)
        if tag is None:
            raise NotLiteral(at)
        out.append(_jsx_text(text[pos : tag.start()], at))
        closing, name, self_closing = tag.group(1), tag.group(2), tag.group(4)
        if "{" in tag.group(3) or "}" in tag.group(3):
            raise NotLiteral(tag.start())
        name = _HTML_NAMES.get(name, name) if name else name
        if name or not (closing or self_closing):
            attrs = re.sub(r"\bclassName=", "class=", tag.group(3))
            attrs = re.sub(r"\bto=", "href=", attrs) if name == "a" else attrs
            out.append(f"<{closing}{name or ''}{attrs}{self_closing}>" if name else "")
        if not self_closing:
            depth += -1 if closing else 1
        pos = tag.end()
        if depth <= 0:
            return "".join(out).strip(), pos


def _jsx_text(words: str, at: int) -> str:
    words = _TEXT_BRACE.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), words)
    if "{" in words or "}" in words:
        raise NotLiteral(at)
    return words
