"""Year groups of an HTML news list written without heading tags.

A generated news archive may group its items by year with a box that holds only the
year (``<div class="group-head">2026</div>``) or fold each older year away in a
``<details>`` whose ``<summary>`` is the year::

    <div class="group-head">2026</div>
    <div class="rows"><div class="row"><span>Aug 12</span><span>…</span></div>…</div>
    <details><summary>2025</summary><div class="rows">…</div></details>

A reader sees each year as the heading of the items after it (in the fold, under it: a
``<details>`` is a container, its ``<summary>`` a box of its own), as
a year heading (``<h3>2025</h3>``) is: it gives its year to the dates without one
(``Aug 12``, ``Apr``, ``Jun 10–11``), up to the next year. A ``<summary>`` that says
anything else ("Older news", "Previous seminars (14)") is a control, as for any fold.
"""

from __future__ import annotations

from .dates.year_heading import heading_year
from .html_tree import Element

_BOXES = frozenset({"div", "summary"})  # a <p> that is only a date dates the prose after it
_EMPHASIS = frozenset({"b", "strong", "em", "i"})
YEAR_GROUP = 6  # the level of a year box's heading: a year heading closes no section


def year_box(node: Element) -> str | None:
    """The year a box holds and nothing else (``<div class="grouphdr">2026</div>``, also in
    bold), as its text; ``None`` for any other box, and for a meta line of parts in boxes
    of their own (``<div class="meta"><span>2024</span></div>``: a card's date)."""
    if node.tag not in _BOXES or node.has_block:
        return None
    if any(isinstance(c, Element) and c.tag not in _EMPHASIS for c in node.children):
        return None
    text = node.text().strip()
    return text if text and heading_year(text.strip(" *_")) is not None else None
