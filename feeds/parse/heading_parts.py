"""The parts of a news item written as a dated heading::

    ## 12/2022 A good year for the lab        <- the item (:mod:`.heading_items`)
    ### Completed master theses:              <- a part of it
    - **A. Student** (Some University): _Mapping small strokes_

A smaller heading under such an item, and every block under it, belong to the item:
the part's heading and its lists join the item's text, never items of their own. A
heading as large as the item's (or larger), a dated heading or one that is only a year
or a month ends the item's parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from markdown_it.token import Token

from .blocks import block_end, paragraph_tokens
from .date_paragraphs import heading_date
from .month_headings import heading_month

if TYPE_CHECKING:
    from .raw_items import RawItem

_HTML_HEADING = re.compile(r"<h[1-6][\s>]", re.I)


@dataclass
class HeadingParts:
    """The heading item open for parts (its heading's level), and whether a part of it
    is being read."""

    item: RawItem | None = None
    level: int = 0
    inside: bool = False

    def opened(self, item: RawItem | None, level: int) -> None:
        """``item`` (``None``: none was made) is a heading item of ``level``."""
        self.item, self.level, self.inside = item, level, False

    def part(self, level: int, text: str, line: int) -> bool:
        """Whether the heading ``text`` at ``level`` is a part of the open item (then
        it joins the item's text); else the item's parts end."""
        if self.item is None or level <= self.level or _dates(text):
            self.opened(None, 0)
            return False
        self.item.tokens = [*self.item.tokens, *paragraph_tokens([text], line)]
        self.inside = True
        return True

    def block(self, tokens: list[Token], i: int) -> int | None:
        """Past the block at ``tokens[i]`` when it is in a part of the open item (it
        joins the item's text); ``None`` when not (an HTML heading ends the parts)."""
        tok = tokens[i]
        if not self.inside or self.item is None or tok.level or tok.type == "heading_open":
            return None
        if tok.type == "html_block" and _HTML_HEADING.search(tok.content):
            self.opened(None, 0)  # "<h2>Teaching</h2>": read as ever
            return None
        end = block_end(tokens, i)
        self.item.tokens = [*self.item.tokens, *tokens[i:end]]
        return end


def _dates(text: str) -> bool:
    """Whether a heading is a year or month heading (it dates what follows it)."""
    return heading_date(text)[0] is not None or heading_month(text) is not None
