"""HTML tables as the news reader sees them: their rows (also inside ``<thead>``,
``<tbody>``, ``<tfoot>``), and whether a row is page layout rather than a row of news
(used by :mod:`.html_items`)."""

from __future__ import annotations

from .blocks import whole_date
from .html_inline import HEADINGS
from .html_tree import LISTS, Element


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
