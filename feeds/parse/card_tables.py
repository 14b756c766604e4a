"""A table of details in a news card's body (issue 8): links to code and slides, a grant's
amount, as in ``<div class="card"><h3>Talk at X</h3><p>May 2024</p><p>I spoke on …</p>
<table><tr><td>Slides</td><td>Video</td></tr></table></div>``.

It is part of the card, not rows of news: the card stays one item (:mod:`.html_cards`,
:mod:`.html_card_lists`, :mod:`.html_subtitle_cards`), its paragraph the item's text and
each row of the table a line after it (its cells' words, ``·`` between). A table with a
date in a cell is rows of news (:mod:`.row_items`), and one holding a list, a heading or
a table is layout: a card's body holding either is no card's.
"""

from __future__ import annotations

from collections.abc import Callable

from .html_inline import HEADINGS
from .html_tables import table_rows
from .html_tree import LISTS, Element, Text
from .row_items import dated_table

ToMarkdown = Callable[[list[Element | Text]], str]
_LAYOUT = LISTS | HEADINGS | {"table"}


def is_detail_table(node: Element | Text) -> bool:
    """Whether ``node`` is a table of a card's details: no cell a date, no list, heading
    or table inside."""
    return (
        isinstance(node, Element)
        and node.tag == "table"
        and not node.holds(_LAYOUT)
        and not dated_table(table_rows(node))
    )


def holds_besides_details(nodes: list[Element | Text], tags: set[str]) -> bool:
    """Whether one of ``nodes``, or an element below one, is named in ``tags``, the
    tables of details (:func:`is_detail_table`) and what they hold aside."""
    stack = list(nodes)
    while stack:
        node = stack.pop()
        if isinstance(node, Element) and not is_detail_table(node):
            if node.tag in tags:
                return True
            stack.extend(node.children)
    return False


def table_lines(table: Element, markdown: ToMarkdown) -> list[str]:
    """The rows of the table of details ``table``, a line each: its cells' Markdown."""
    lines = []
    for row in table_rows(table):
        cells = [c for c in row.children if isinstance(c, Element) and c.tag in ("td", "th")]
        said = [text for cell in cells if (text := markdown(cell.children).strip())]
        if said:
            lines.append(" · ".join(said))
    return lines
