"""Reading as much as can be read of a damaged ``arxiv.json``.

A whole, well-formed file is read as is. Otherwise its top-level object is read member
by member, keeping every complete ``"id": {...}`` pair before the damage (a truncated
file keeps all but its last entry). Values nested deeper than ``MAX_DEPTH`` are damage
too: no entry of ours is that deep, and deep values would break writing the file back.
"""

from __future__ import annotations

import json
from typing import Any

MAX_DEPTH = 16  # an entry is an object of lists of objects: depth 4
_DECODER = json.JSONDecoder()
_SPACE = " \t\n\r"


def salvage_entries(raw: bytes) -> tuple[dict[str, Any], list[str]]:
    """The readable entries of the file's bytes, and what was wrong (empty if nothing)."""
    problems: list[str] = []
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(f"not UTF-8 at byte {exc.start}")
        text = raw.decode("utf-8", errors="replace")
    try:
        whole = json.loads(text)
    except (ValueError, RecursionError) as exc:
        problems.append(_why(exc))
        entries = _members(text)
    else:
        if not isinstance(whole, dict):
            return {}, [*problems, f"the top level is a JSON {type(whole).__name__}, not an object"]
        entries = whole
    kept: dict[str, Any] = {}
    for ident, entry in entries.items():
        if _too_deep(entry):
            problems.append(f"entry {ident!r} is nested too deeply")
        else:
            kept[ident] = entry
    return kept, problems


def _why(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply to read"
    if isinstance(exc, json.JSONDecodeError):
        return f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
    return f"not valid JSON ({exc})"


def _members(text: str) -> dict[str, Any]:
    """The complete members of the top-level object ``text`` opens, up to the damage."""
    found: dict[str, Any] = {}
    at = _skip(text, 0)
    if not text.startswith("{", at):
        return found
    at += 1
    while True:
        try:
            at = _skip(text, at)
            key, at = _DECODER.raw_decode(text, at)
            at = _skip(text, at)
            if not isinstance(key, str) or not text.startswith(":", at):
                return found
            value, at = _DECODER.raw_decode(text, _skip(text, at + 1))
        except (ValueError, RecursionError):
            return found
        found[key] = value
        at = _skip(text, at)
        if not text.startswith(",", at):
            return found
        at += 1


def _skip(text: str, at: int) -> int:
    while at < len(text) and text[at] in _SPACE:
        at += 1
    return at


def _too_deep(value: Any) -> bool:
    """Whether ``value`` nests lists/objects more than ``MAX_DEPTH`` deep (no recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > MAX_DEPTH:
                return True
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return False
