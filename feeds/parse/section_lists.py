"""The items of one Markdown list in the news section: each entry an item, or the head of a
group (``- 2024`` / ``- Talks``) whose entries are the items (:mod:`.list_groups`), or an
entry that opens a ``<details>`` fold of older news."""

from __future__ import annotations

from typing import Protocol

from markdown_it.token import Token

from .blocks import block_end
from .html_entry_types import HtmlHeading, HtmlItem
from .html_regions import fold_entries, fold_start
from .list_groups import ITEM, list_head, sub_list


class Collector(Protocol):
    """What takes the items (:class:`.sections.Collector`)."""

    def add(
        self,
        line: int,
        tokens: list[Token],
        paragraph: bool,
        year: int | None,
        month: int | None = None,
    ) -> None: ...

    def html(self, entries: list[HtmlHeading | HtmlItem]) -> None: ...


def list_items(
    collector: Collector, tokens: list[Token], year: int | None, month: int | None = None
) -> None:
    """Split a list's inner tokens into items; a parent with a sub-list may be a group
    (:mod:`.list_groups`)."""
    i = 0
    while i < len(tokens):
        if tokens[i].type != "list_item_open":
            i += 1
            continue
        end = block_end(tokens, i)
        inner = tokens[i + 1 : end - 1]
        line = (tokens[i].map[0] + 1) if tokens[i].map else 0
        if (fold := fold_start(inner)) is not None:  # "- <details><summary>More…<ul>…"
            if any(t.type == "inline" and t.content.strip() for t in inner[:fold]):
                collector.add(line, inner[:fold], False, year, month)
            collector.html(fold_entries(inner[fold:]))
            i = end
            continue
        sub = sub_list(inner)
        if sub is None:
            collector.add(line, inner, False, year, month)
            i = end
            continue
        head = " ".join(t.content for t in inner[:sub] if t.type == "inline").strip()
        said = list_head(head, year)
        if said.role == ITEM:  # "- Oct 2021: Joined X" + its details below
            collector.add(line, inner, False, year, month)
        else:
            kept = said.year == year and said.month is None  # "- Talks": the group's
            list_items(
                collector,
                inner[sub + 1 : block_end(inner, sub) - 1],
                said.year,
                month if kept else said.month,
            )
        i = end
