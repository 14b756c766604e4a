"""A "new" badge before an item: not its label, not its title.

Pages mark their latest items with a badge: ``<span class="badge">NEW</span>``,
``**NEW**``, ``**New!**``, ``<tt>New!</tt>``, ``🆕``, ``[NEW]``, a ``new.gif`` picture.
Standing first in the item, or right after its leading date (``June 1, 2025
<span>NEW</span> …``), the badge says only that the item is recent, which a feed says
itself: it is dropped before the item is read, so it is neither the item's kind nor part
of its title.
"""

from __future__ import annotations

import re
from dataclasses import replace

from markdown_it.token import Token

from .blocks import whole_date
from .raw_items import RawItem

# The word of a badge, as the whole text of a bold run or a tag (in a few languages).
_WORD = re.compile(
    r"\s*[\[(]?\s*(?:new|neu|nuevo|nueva|nouveau|nouvelle|novo|nova|nuovo|nuova)\s*!*\s*[\])]?\s*",
    re.IGNORECASE,
)
# A badge in plain text: the emoji, a bracketed or capitalised NEW, or New!.
_PLAIN = re.compile(
    r"(?:🆕|[\[(]\s*(?:new|NEW|New)\s*!*\s*[\])]|\bNEW\b(?!\s+[A-Z]{2})!*|\bNew!+)\ufe0f?\s*[:|–—-]?\s*"
)
_PICTURE = re.compile(r"""(?:^|[/_\-"'\s])new[_\-]?\w{0,6}\.(?:gif|png|svg|jpe?g|webp)""", re.I)
_ALT_NEW = re.compile(r"""\balt\s*=\s*["']?\s*new\b""", re.I)
_SEPARATOR = re.compile(r"^\s*[:|–—-]?\s*")
_LOOK = 60  # a badge stands within the item's first characters


def without_new_badge(raw: RawItem) -> RawItem:
    """``raw`` without the "new" badge opening it (or following its leading date)."""
    at = next((i for i, t in enumerate(raw.tokens) if t.type == "inline"), None)
    if at is None or not raw.tokens[at].children:
        return raw
    children = raw.tokens[at].children or []
    children = _dropped(children) if _may_have_badge(children) else None
    if children is None:
        return raw
    inline = raw.tokens[at].copy()  # its ``content`` (the source) stays as written
    inline.children = children
    return replace(raw, tokens=[*raw.tokens[:at], inline, *raw.tokens[at + 1 :]])


# What every badge has among its words, its picture's name or its emoji: a quick check
# that lets most items (no badge) skip the rules below.
_BADGE_MARKS = ("new", "neu", "nuev", "nouv", "nov", "nuov", "🆕")


def _may_have_badge(children: list[Token]) -> bool:
    """Whether the words (or a picture's address) of ``children`` have a badge's mark."""
    said = " ".join([child.content for child in children]).lower()
    if any(mark in said for mark in _BADGE_MARKS):
        return True
    pictures = [str(child.attrs.get("src", "")) for child in children if child.type == "image"]
    return any(mark in " ".join(pictures).lower() for mark in _BADGE_MARKS)


def _dropped(children: list[Token]) -> list[Token] | None:
    """The children without the badge, or ``None`` when there is none to drop."""
    before = ""
    for k, child in enumerate(children):
        if len(before) > _LOOK:
            return None
        end = _badge_end(children, k)
        if end is not None and _only_date(before):
            return [*children[:k], *_after(children[end:])]
        if child.type == "text":
            for found in _PLAIN.finditer(child.content, 0, _LOOK):
                if _only_date(before + child.content[: found.start()]):
                    text = child.content[: found.start()] + child.content[found.end() :]
                    return [*children[:k], _text(child, text), *children[k + 1 :]]
        if child.type in ("text", "code_inline"):
            before += child.content
        elif child.type in ("softbreak", "hardbreak"):
            before += " "
    return None


def _badge_end(children: list[Token], k: int) -> int | None:
    """The index after a badge starting at ``children[k]``: a bold run, emphasis, code or
    an inline HTML tag holding only the word, or a "new" picture."""
    child = children[k]
    if child.type == "image":
        alt, src = child.content, str(child.attrs.get("src", ""))
        return k + 1 if _WORD.fullmatch(alt or " ") or _PICTURE.search(src) else None
    if child.type == "code_inline":  # "<tt>New!</tt>", "`NEW`"
        return k + 1 if _WORD.fullmatch(child.content) else None
    if child.type == "html_inline" and child.content.lower().startswith("<img"):
        found = _PICTURE.search(child.content) or _ALT_NEW.search(child.content)
        return k + 1 if found else None
    opens = child.type in ("strong_open", "em_open") or (
        child.type == "html_inline" and re.match(r"<[a-z]", child.content, re.I) is not None
    )
    if not opens or k + 2 >= len(children):
        return None
    word, close = children[k + 1], children[k + 2]
    closes = close.type in ("strong_close", "em_close") or (
        close.type == "html_inline" and close.content.startswith("</")
    )
    if word.type == "text" and closes and _WORD.fullmatch(word.content):
        return k + 3
    return None


def _only_date(text: str) -> bool:
    """Nothing but emoji and marks, or a date, stands before the badge."""
    return not any(ch.isalnum() for ch in text) or whole_date(text)


def _after(rest: list[Token]) -> list[Token]:
    """What follows a dropped badge, without the ``:`` or dash that set it apart."""
    if rest and rest[0].type == "text":
        return [_text(rest[0], " " + _SEPARATOR.sub("", rest[0].content)), *rest[1:]]
    return rest


def _text(token: Token, content: str) -> Token:
    copy = token.copy()
    copy.content = content
    return copy
