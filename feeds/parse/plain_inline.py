"""An inline token's children written straight, as markdown-it-py gives them, for the common
text of a news item: plain text, line breaks, backslash escapes, ``**strong**``, ``$math$`` and
``[label](address)`` links. Anything else (emphasis with ``_`` or one ``*``, code, images,
raw HTML, entities, autolinks, reference links, a link in a link…) is left to markdown-it-py.

markdown-it-py's inline parse runs a chain of rules at every character that may start one,
pushes each ``*`` as its own text token, pairs the delimiters, then joins the text
fragments; for an item of text, links and bold that is ~70 µs, most of a 10,000-item
page's tokenising. The tokens written here are the ones that chain leaves (checked field by
field against it on the corpora's texts and on random texts made of the characters the
rules react to, ``tests/test_plain_inline.py``):

- text between tags is one ``text`` token: its pieces (text runs, an escaped character,
  the emptied ``*`` of a ``**`` pair) joined, with the ``markup``/``info`` of its first piece
  (``fragments_join`` keeps the last of a run of plain texts, ``text_join`` then the first
  of a run that holds an escape: an escape's ``\\]``/``escape`` stays only when it opens
  the run);
- a ``**`` pair is an empty text, ``strong_open`` … ``strong_close``, an empty text (the
  two ``*`` that are not the tags keep their token, emptied);
- every token's level is its depth among the tags (``fragments_join`` recomputes them).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.utils import isMdAsciiPunct, isPunctChar, isWhiteSpace
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

# The characters an enabled inline rule reacts to (feeds' parser: markdown_speed.RULE_STARTS)
_SPECIAL = re.compile(r"[\n\\`~*_\[\]!<&$]")
# A link's address as markdown-it-py reads it with no escapes, entities, brackets, spaces
# or controls, closed at once by ")" (no title)
_ADDRESS = re.compile(r"[^\x00-\x20\x7f()<>\\&]+(?=\))")
# Where a link's label text stops: its end, a math span, or what this module leaves
_LABEL_STOP = re.compile(r"[\n\\`~*_\[\]!<&$]")
# What a backslash escapes into the character alone (markdown-it-py's rules_inline.escape)
_ESCAPED = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


_FIELDS = ("type", "tag", "nesting", "attrs", "map", "level", "children", "content", "markup")
_FIELDS += ("info", "meta", "block", "hidden")


def _token(
    kind: str, tag: str, nesting: int, level: int, content: str, markup: str, info: str,
    attrs: dict[str, Any],
) -> Token:  # fmt: skip
    """``Token(kind, tag, nesting, attrs, level=level, content=content, …)``, three times
    as fast: its fields set without the dataclass's ``__init__`` (the same values it gives:
    new dicts, no map or children, not block or hidden)."""
    token = _new(Token)
    token.type, token.tag, token.nesting, token.attrs = kind, tag, nesting, attrs  # type: ignore[assignment]
    token.map, token.level, token.children, token.content = None, level, None, content
    token.markup, token.info, token.meta, token.block, token.hidden = markup, info, {}, False, False
    return token


def _made(
    kind: str, tag: str, nesting: int, level: int, content: str, markup: str, info: str,
    attrs: dict[str, Any],
) -> Token:  # fmt: skip
    return Token(kind, tag, nesting, attrs, level=level, content=content, markup=markup, info=info)  # type: ignore[arg-type]


_new = Token.__new__
if tuple(field.name for field in dataclasses.fields(Token)) != _FIELDS:
    _token = _made  # noqa: F811 (a markdown-it-py whose tokens hold other fields)


class _Tokens:
    """The children being written: tags, and text pieces joined into one token."""

    def __init__(self) -> None:
        self.tokens: list[Token] = []
        self.level = 0
        self.pieces: list[str] = []
        self.first: tuple[str, str] = ("", "")  # markup, info of the text's first piece

    def text(self, content: str, markup: str = "", info: str = "") -> None:
        if not self.pieces:
            self.first = (markup, info)
        self.pieces.append(content)

    def tag(
        self, kind: str, tag: str, nesting: int, markup: str = "", content: str = "",
        attrs: dict[str, Any] | None = None,
    ) -> None:  # fmt: skip
        self._flush()
        if nesting < 0:
            self.level -= 1
        self.tokens.append(_token(kind, tag, nesting, self.level, content, markup, "", attrs or {}))
        if nesting > 0:
            self.level += 1

    def _flush(self) -> None:
        if self.pieces:
            markup, info = self.first
            content = "".join(self.pieces)
            self.tokens.append(_token("text", "", 0, self.level, content, markup, info, {}))
            self.pieces = []

    def done(self) -> list[Token]:
        self._flush()
        return self.tokens


def _flanks(src: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether the ``*`` run src[start:end] can open, can close (markdown-it-py's
    StateInline.scanDelims for ``*``, which may split words)."""
    last = src[start - 1] if start > 0 else " "
    following = src[end] if end < len(src) else " "
    last_punct = isMdAsciiPunct(ord(last)) or isPunctChar(last)
    next_punct = isMdAsciiPunct(ord(following)) or isPunctChar(following)
    last_space, next_space = isWhiteSpace(ord(last)), isWhiteSpace(ord(following))
    left = not (next_space or (next_punct and not (last_space or last_punct)))
    right = not (last_space or (last_punct and not (next_space or next_punct)))
    return left, right


def _math_end(src: str, pos: int) -> int:
    """Where the ``$…$`` opening at pos ends (after its closing ``$``), or -1 when it is
    not one feeds' dollarmath reads plainly (no space inside its dollars, no digit outside,
    no ``$$``, no escaped dollar)."""
    following = src[pos + 1 : pos + 2]
    if not following or following == "$" or isWhiteSpace(ord(following)):
        return -1
    if src[pos - 1].isdigit() or src[pos - 1] == "\\" or src.endswith("\\"):
        return -1  # src[-1] at 0, as the plugin reads it
    end = src.find("$", pos + 1)
    if end < 0 or src[end - 1] == "\\" or isWhiteSpace(ord(src[end - 1])):
        return -1
    if src[end + 1 : end + 2].isdigit():
        return -1
    return end + 1


def children(src: str, md: MarkdownIt) -> list[Token] | None:
    """The children markdown-it-py's inline parse gives ``src``, or None when it holds
    anything else than this module writes."""
    out = _Tokens()
    n = len(src)
    pos = 0
    opened = False  # inside a ** pair
    while pos < n:
        found = _SPECIAL.search(src, pos)
        stop = found.start() if found else n
        if stop > pos:
            out.text(src[pos:stop])
            pos = stop
            if pos == n:
                break
        char = src[pos]
        if char == "\n":
            if pos == 0 or src[pos - 1] in " \t\\" or src[pos + 1 : pos + 2] in (" ", "\t", ""):
                return None
            out.tag("softbreak", "br", 0)
            pos += 1
        elif char == "\\":
            escaped = src[pos + 1 : pos + 2]
            if not escaped or escaped == "\n" or "\ud800" <= escaped <= "\udfff":
                return None
            content = escaped if escaped in _ESCAPED else "\\" + escaped
            out.text(content, "\\" + escaped, "escape")
            pos += 2
        elif char == "!":
            if src[pos + 1 : pos + 2] == "[":
                return None
            out.text("!")
            pos += 1
        elif char == "]":
            out.text("]")
            pos += 1
        elif char == "*":
            if src[pos + 1 : pos + 2] != "*" or src[pos + 2 : pos + 3] == "*":
                return None
            can_open, can_close = _flanks(src, pos, pos + 2)
            if can_open in (can_close, opened):
                return None
            if can_open:
                out.text("")
                out.tag("strong_open", "strong", 1, "**")
            else:
                out.tag("strong_close", "strong", -1, "**")
                out.text("")
            opened = can_open
            pos += 2
        elif char == "$":
            end = _math_end(src, pos)
            if end < 0:
                return None
            out.tag("math_inline", "math", 0, "$", content=src[pos + 1 : end - 1])
            pos = end
        elif char == "[":
            pos = _link(src, pos, md, out)
            if pos < 0:
                return None
        else:
            return None
    if opened:
        return None
    return out.done()


def _link(src: str, pos: int, md: MarkdownIt, out: _Tokens) -> int:
    """Write the ``[label](address)`` at pos; where it ends, or -1 when it is not that
    plain form (its label text and math only)."""
    parts: list[tuple[int, int]] = []  # the label's texts and math, (start, end)
    at = pos + 1
    while True:
        stop = _LABEL_STOP.search(src, at)
        if stop is None or stop.group() not in "]$":
            return -1
        if stop.start() > at:
            parts.append((at, stop.start()))
        if stop.group() == "]":
            break
        end = _math_end(src, stop.start())
        if end < 0:
            return -1
        parts.append((stop.start(), end))
        at = end
    close = stop.start()
    address = _ADDRESS.match(src, close + 2) if src[close + 1 : close + 2] == "(" else None
    if address is None:
        return -1
    href = md.normalizeLink(address.group())
    if not md.validateLink(href):
        return -1
    out.tag("link_open", "a", 1, attrs={"href": href})
    for start, end in parts:
        if src[start] == "$":
            out.tag("math_inline", "math", 0, "$", content=src[start + 1 : end - 1])
        else:
            out.text(src[start:end])
    out.tag("link_close", "a", -1)
    return address.end() + 1


def inline(state: StateCore) -> None:
    """markdown-it-py's core "inline" rule, writing the children of the texts
    :func:`children` reads itself."""
    md, env = state.md, state.env
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            written = None if token.children else children(token.content, md)
            if written is None:
                md.inline.parse(token.content, md, env, token.children)
            else:
                token.children = written


# The inline rules whose tokens :func:`children` writes: those of feeds' parser
_RULES = (
    ["text", "newline", "math_inline", "escape", "backticks", "strikethrough", "emphasis"]
    + ["link", "image", "autolink", "html_inline", "entity"],
    ["balance_pairs", "strikethrough", "emphasis", "fragments_join"],
)


def write_plain_inlines(md: MarkdownIt) -> None:
    """Give ``md`` the "inline" rule above, when its inline rules are feeds' (so that its
    text stops where :data:`_SPECIAL` does)."""
    rules = (md.inline.ruler.get_active_rules(), md.inline.ruler2.get_active_rules())
    if rules == _RULES and "inline" in md.core.ruler.get_active_rules():
        md.core.ruler.at("inline", inline)
