"""Table rows as items: a row of a news table (a table with a row that has a date cell) is
one item, published only when dated, and a row of it left undated is said (a warning
naming its line), never dropped in silence. The rows of a table no row of which is dated
(a box of links inside a card) are left out as before, unsaid."""

from __future__ import annotations

from markdown_it.token import Token

from .blocks import paragraph_tokens, whole_date
from .html_tree import Element

TABLE_ROW = "table_row"  # set in the meta of a row's inline token


def row_tokens(texts: list[str], line: int = 0) -> list[Token]:
    """:func:`~feeds.parse.blocks.paragraph_tokens` of a table row, marked as one."""
    tokens = paragraph_tokens(texts, line)
    tokens[1].meta[TABLE_ROW] = True
    return tokens


def row_items(rows: list[tuple[int, str, bool]]) -> list[tuple[int, list[Token]]]:
    """A Markdown table's rows (line, item text, whether the row has a date cell) as
    (line, tokens): marked as rows when the table is a news table (a row is dated)."""
    as_tokens = row_tokens if any(dated for _, _, dated in rows) else paragraph_tokens
    return [(line, as_tokens([text], line)) for line, text, _ in rows]


def dated_table(rows: list[Element]) -> bool:
    """Whether an HTML table of these ``<tr>`` is a news table: a cell of a row is a date."""
    cells = (cell for row in rows for cell in row.children if isinstance(cell, Element))
    return any(whole_date(cell.text()) for cell in cells)


def is_row(first: Token | None) -> bool:
    """Whether the item whose first inline token is ``first`` is a table row."""
    return first is not None and bool((first.meta or {}).get(TABLE_ROW))


def undated_note(first: Token | None) -> str:
    """What the warning about an undated paragraph or row says."""
    what = "table row" if is_row(first) else "paragraph"
    return f"news {what} has no date; not published"
