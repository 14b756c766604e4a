"""Blocks that hold several items: a paragraph of dated lines, a table with a date column.

Also the item tokens made from Markdown inline text (what the HTML reader writes), so
every item, whatever its markup, reaches :func:`~feeds.parse.item.to_item` as the
tokens of a Markdown item.
"""

from __future__ import annotations

import re

from markdown_it.token import Token

from .dates import match_prefix, parse_date
from .inline import flatten
from .markdown import markdown

DATE_HEADER = re.compile(r"\b(?:date|dates|when|time|year|month)\b|日期|时间|時間|日付", re.I)
# a column naming who wrote each entry (a Quarto listing table's "Author"): not its words
AUTHOR_HEADER = re.compile(
    r"^\s*(?:authors?|author\(s\)|posted by|by|autor(?:es|in)?|auteurs?|autori|autore|作者|著者)"
    r"\s*:?\s*$",
    re.I,
)
_MD_SPECIAL = re.compile(r"([\\`*_\[\]$])")


def paragraph_tokens(texts: list[str], line: int = 0) -> list[Token]:
    """One paragraph per Markdown inline text in ``texts``, as block tokens."""
    tokens: list[Token] = []
    for text in texts:
        opening = Token("paragraph_open", "p", 1, block=True, map=[line - 1, line])
        tokens += [opening, *markdown().parseInline(text), Token("paragraph_close", "p", -1)]
        tokens[-1].block = True
    return tokens


def escape_markdown(text: str) -> str:
    """``text`` with the characters Markdown would read as markup backslash-escaped."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def whole_date(text: str) -> bool:
    """Whether ``text`` is a date and nothing else (``**[Oct 2025]**``, ``2021-01-28``)."""
    return parse_date(text.strip(" *_[]():.,")) is not None


def date_row(
    texts: list[str], cells: list[str], column: int | None, left: frozenset[int] = frozenset()
) -> str:
    """A table row as one item: the date cell (``column``, or the first cell that is a
    date) as a bold label, then the other cells (``cells``: their Markdown) but those of
    the columns ``left`` out (:func:`author_columns`)."""
    if column is None or column >= len(texts) or not texts[column].strip():
        column = next((k for k, t in enumerate(texts) if whole_date(t)), None)
    rest = [c for k, c in enumerate(cells) if k != column and k not in left and c.strip()]
    if column is None or not rest:
        return " ".join(c for c in cells if c.strip())
    date = escape_markdown(texts[column].strip(" *_"))
    return f"**{date}** " + " ".join(rest)


def date_column(header: list[str]) -> int | None:
    """The column whose header says it holds dates (``Date``, ``When``, ``日期``)."""
    return next((k for k, text in enumerate(header) if DATE_HEADER.search(text)), None)


def author_columns(header: list[str]) -> frozenset[int]:
    """The columns whose header says they name each entry's author (``Author``, ``By``):
    who posted it, not what it says."""
    return frozenset(k for k, text in enumerate(header) if AUTHOR_HEADER.match(text))


def table_rows(tokens: list[Token]) -> list[tuple[int, str, bool]]:
    """A Markdown table's body rows as (line, Markdown text of the row as an item, whether
    a cell of the row is a date)."""
    rows: list[tuple[int, str, bool]] = []
    column: int | None = None
    authors: frozenset[int] = frozenset()
    line, cells, header = 0, [], False
    for tok in tokens:
        if tok.type == "tr_open":
            line, cells = (tok.map[0] + 1) if tok.map else 0, []
        elif tok.type in ("th_open", "td_open"):
            header = tok.type == "th_open"
        elif tok.type == "inline":
            cells.append(tok)
        elif tok.type == "tr_close":
            texts = [flatten([c]).text for c in cells]
            if header:
                column, authors = date_column(texts), author_columns(texts)
            elif any(t.strip() for t in texts):
                text = date_row(texts, [c.content for c in cells], column, authors)
                rows.append((line, text, any(whole_date(t) for t in texts)))
    return rows


def dated_lines(tokens: list[Token], year: int | None = None) -> list[tuple[int, list[Token]]]:
    """A paragraph whose lines open with dates, one (line offset, tokens) per item; ``[]``
    for any other paragraph. Lines ended by ``\\`` or ``<br>`` count when two of them open
    with a date; plain line ends when the first line and another one do. An undated line
    continues the item above."""
    inline = tokens[1] if len(tokens) > 1 else None
    children = inline.children or [] if inline is not None else []
    for soft in (False, True):
        segments = _segments(children, soft)
        if len(segments) < 2:
            continue
        dated = [_opens_with_date(s, year) for _, s in segments]
        if sum(dated) < 2 or (soft and not dated[0]):
            continue
        items: list[tuple[int, list[Token]]] = []
        for (k, segment), is_dated in zip(segments, dated, strict=True):
            if is_dated or not items:
                items.append((k, segment))
            else:
                items[-1][1].extend([Token("softbreak", "br", 0), *segment])
        # the paragraph's own open/close tokens around each line
        return [(k, [tokens[0], _inline(segment), tokens[-1]]) for k, segment in items]
    return []


def _segments(children: list[Token], soft: bool) -> list[tuple[int, list[Token]]]:
    """The inline ``children`` cut at line breaks (plain line ends too when ``soft``),
    each with its line offset; blank segments left out."""
    if not any(_is_break(c) or (soft and c.type == "softbreak") for c in children):
        return []
    segments: list[tuple[int, list[Token]]] = [(0, [])]
    offset = 0
    for child in children:
        if child.type in ("softbreak", "hardbreak"):
            offset += 1
        if _is_break(child) or (soft and child.type == "softbreak"):
            segments.append((offset, []))
            continue
        if all(c.type == "softbreak" for c in segments[-1][1]):  # "<br>\n": the next line's
            segments[-1] = (offset, segments[-1][1])
        segments[-1][1].append(child)
    return [(k, s) for k, s in segments if flatten([_inline(s)]).text.strip()]


def _is_break(tok: Token) -> bool:
    return tok.type == "hardbreak" or (
        tok.type == "html_inline" and tok.content.lower().replace(" ", "").startswith("<br")
    )


def _inline(children: list[Token]) -> Token:
    while children and children[0].type == "softbreak":
        children = children[1:]
    content = "".join(c.content for c in children)
    return Token("inline", "", 0, content=content, children=children)


def _opens_with_date(children: list[Token], year: int | None) -> bool:
    text = flatten([_inline(children)]).text.strip()
    return match_prefix(text, year) is not None


def block_end(tokens: list[Token], start: int) -> int:
    """Index just past the token closing ``tokens[start]``."""
    depth = 0
    for j in range(start, len(tokens)):
        depth += tokens[j].nesting
        if depth == 0:
            return j + 1
    return len(tokens)
