"""Italic spans are titles (issue 8, corpus c13): ``<i>Some Title: With Colon</i> got
accepted at <b>Venue</b>``, ``*Some Title* was accepted``, ``<cite>…</cite>``. Their
words do not type the item (``Defending …`` is no thesis defence) and a colon inside one
makes no kind label (``Toki:`` in ``<i>Toki: Profiling …</i>``), as for quoted titles."""

from __future__ import annotations

import re

from markdown_it.token import Token

_OPEN = re.compile(r"<(i|em|cite)(?:\s[^>]*)?>", re.IGNORECASE)
_CLOSE = re.compile(r"</(i|em|cite)\s*>", re.IGNORECASE)
_SPAN = re.compile(r"<(i|em|cite)(?:\s[^>]*)?>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def italic_titles(html: str) -> list[str]:
    """The texts of the item's italic spans long enough to be a title (three words)."""
    found = (" ".join(_TAG.sub("", m.group(2)).split()) for m in _SPAN.finditer(html))
    return [t for t in found if len(t) >= 12 and len(t.split()) >= 3]


def label_in_italics(inline: Token | None, label: str) -> bool:
    """Whether ``label:`` is written inside an italic span of ``inline`` that goes on
    after the colon (a title's head, not a kind label)."""
    depth = 0
    for child in (inline.children or []) if inline is not None else []:
        if child.type == "em_open" or (child.type == "html_inline" and _OPEN.match(child.content)):
            depth += 1
        elif child.type == "em_close" or (
            child.type == "html_inline" and _CLOSE.match(child.content)
        ):
            depth = max(depth - 1, 0)
        elif (
            child.type == "text"
            and depth
            and re.search(rf"(?<!\w){re.escape(label)}\s*:\s*\S", child.content)
        ):
            return True
    return False
