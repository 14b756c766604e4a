"""A news section none of whose items has a date, on a page whose other news section lists
dated news, says what the news is about rather than telling any::

    #### News and Collaboration          ## Latest News
    - Publication status updates.        - **2026-02**: Site migrated to a new address.
    - Ongoing collaborations.            - **2025-11**: Paper indexed with DOI.

(a card of a homepage's card grid pointing to the news page, beside the dated list). Its
items are left out (``-v`` says so); a page with one news section keeps its undated
items, published undated as ever.
"""

from __future__ import annotations

from ..diagnostics import Reporter
from ..model import Item
from .raw_items import Page

MIN_DATED = 2  # the dated items the other section lists


def undated_sections(page: Page, events: list[tuple[int, Item]], reporter: Reporter) -> set[int]:
    """The positions in ``page.items`` of the raw items of its undated news sections,
    beside a dated one (each said once to ``reporter``); ``set()`` when there are none.
    ``events`` are the items read, each with its raw item's position."""
    if len(page.sections) < 2:
        return set()
    spans = {k: event.span for k, event in events}
    read = [
        (name, line, range(first, end), [k for k in range(first, end) if k in spans])
        for name, line, first, end in page.sections
    ]
    dated = [(name, sum(spans[k] is not None for k in ks)) for name, _, _, ks in read]
    left: set[int] = set()
    for name, line, raws, ks in read:
        if not ks or any(spans[k] is not None for k in ks):
            continue
        beside = next((other for other, n in dated if n >= MIN_DATED), None)
        if beside is None:
            continue
        left.update(raws)  # its paragraphs read as no item too: nothing of it said
        reporter.info(
            page.source,
            line,
            f"the news section {name!r} dates none of its {len(ks)} items, beside the "
            f"dated news of {beside!r}: it says what the news is about; left out",
        )
    return left
