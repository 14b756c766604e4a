"""What the HTML reader (:mod:`.html_items`) gives, in page order: headings and items.

The section reader (:mod:`.sections`) reads them as it reads Markdown headings and items.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DATE_LINE = 7  # the level of a date alone on its line: below every heading
TITLE_LIKE = 6  # the level of a title-like block: any <h*> ends its section


@dataclass
class HtmlHeading:
    level: int
    text: str
    line: int
    title_like: bool = False  # a styled block, no <h*> (:mod:`.html_titles`)


@dataclass
class HtmlItem:
    """One item: Markdown inline text per paragraph (the first is the item's head)."""

    line: int
    lines: list[str] = field(default_factory=list)
    paragraph: bool = False  # an item only when dated (a paragraph, a row, a ``<br>`` line)
    year: int | None = None  # the year of the group it is in
    month: int | None = None  # and its month (``<li>Nov 2018<ul>…``)
    dated_above: bool = False  # dated by a heading or a date line above it
    row: bool = False  # a row of a news table (said when it stays undated)
