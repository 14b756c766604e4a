"""HTML tables as the news reader sees them: their rows (also inside ``<thead>``,
``<tbody>``, ``<tfoot>``), and whether a row is page layout rather than a row of news
and a table read as news (used by :mod:`.html_items`)."""

from __future__ import annotations

from collections.abc import Callable

from .blocks import author_columns, date_column, date_row, whole_date
from .html_entry_types import HtmlItem
from .html_inline import HEADINGS
from .html_tree import LISTS, Element, Text
from .row_items import dated_table


def table_rows(table: Element) -> list[Element]:
    """The ``<tr>`` of ``table``, in order."""
    rows: list[Element] = []
    for node in table.children:
        if isinstance(node, Element):
            if node.tag == "tr":
                rows.append(node)
            elif node.tag in ("thead", "tbody", "tfoot"):
                rows += [r for r in node.children if isinstance(r, Element) and r.tag == "tr"]
    return rows


def is_layout_row(cells: list[Element], texts: list[str]) -> bool:
    """Whether a row whose ``cells`` show ``texts`` is layout: its cells hold lists, or
    headings (no date cell of a row)."""
    headed = [c.holds(HEADINGS | {"heading"}) for c in cells]
    return any(c.holds(LISTS | {"table"}) for c in cells) or (
        any(headed) and not any(whole_date(t) for t, h in zip(texts, headed, strict=True) if not h)
    )


def read_table(
    table: Element,
    year: int | None,
    markdown: Callable[[list[Element | Text]], str],
    block: Callable[[Element, int | None], None],
    emit: Callable[[HtmlItem], None],
) -> None:
    """Each row of ``table`` as an item (``emit``), its cells written by ``markdown``; the
    cells of a layout row read as blocks (``block``); a header row names the date and
    author columns of the rows under it."""
    column: int | None = None
    authors: frozenset[int] = frozenset()
    news = dated_table(table_rows(table))  # its undated rows are said (:mod:`.row_items`)
    for row in table_rows(table):
        cells = [c for c in row.children if isinstance(c, Element) and c.tag in ("td", "th")]
        texts = [c.text() for c in cells]
        if is_layout_row(cells, texts):  # a layout table: its cells hold lists or headings
            for cell in cells:
                block(cell, year)
            continue
        if cells and all(c.tag == "th" for c in cells):
            column, authors = date_column(texts), author_columns(texts)
        elif any(texts):
            text = date_row(texts, [markdown(c.children) for c in cells], column, authors)
            emit(HtmlItem(row.line, [text], True, year, row=news))
