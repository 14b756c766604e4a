"""The body of a meta-line box (:func:`.html_cards.meta_card`) that holds a list or a
heading after its text: ``<div class="meta"><span>May 2024</span><span>Paper</span></div>
<p>Our work on robots.</p><h4>Links</h4><ul><li>Code</li><li>Data</li></ul>``.

A reader sees one box, one dated item: its paragraph, then the heading's words and each
entry of the list, each a line of the item's text (issue 8). The box is no such item, and
the list's entries stay items of their own, when the body opens with the list or the
heading (a year box over its list), an entry opens with a date or holds a list, a heading
says a date, or a table of news or layout or a term list is there (a table of details, no
date in it, is lines of the item: :mod:`.card_tables`).
"""

from __future__ import annotations

from collections.abc import Callable

from .blocks import whole_date
from .card_tables import is_detail_table, table_lines
from .dates import match_prefix
from .html_inline import HEADINGS
from .html_tree import HIDDEN, LISTS, VOID, Element, Text, holds

ToMarkdown = Callable[[list[Element | Text]], str]
_INNER = {"table", "dl", "dt", "dd", "li"}  # a table or a term list: never one item's text


def body_with_lists(nodes: list[Element | Text], markdown: ToMarkdown) -> list[str]:
    """The item's lines of the body ``nodes``: its text before the first list or heading
    as one line, then one line per heading and per list entry (and per block after);
    ``[]`` when the body is no such item's (see the module); a first line that is empty
    (the body opens with its list or heading) is none either."""
    reader = _Body(markdown)
    if not reader.walk(nodes):
        return []
    first = reader.apart[0] if reader.apart else len(reader.lines)  # "<ul></ul>": none
    return [" ".join(reader.lines[:first]), *reader.lines[first:]]


def _dated(text: str) -> bool:
    plain = text.strip()
    return match_prefix(plain) is not None or whole_date(plain)


class _Body:
    def __init__(self, markdown: ToMarkdown) -> None:
        self.markdown = markdown
        self.lines: list[str] = []
        self.apart: list[int] = []  # the lines of headings and list entries

    def walk(self, nodes: list[Element | Text]) -> bool:
        """Read ``nodes`` into ``lines``; ``False`` when the body is no one item's."""
        run: list[Element | Text] = []
        for node in [*nodes, None]:
            if node is not None and (isinstance(node, Text) or node.inline):
                run.append(node)
                continue
            self.add(run)
            run = []
            if node is None or node.tag in HIDDEN or node.tag in VOID:
                continue
            if is_detail_table(node):  # links, an amount: a line per row
                for line in table_lines(node, self.markdown):
                    self.apart.append(len(self.lines))
                    self.lines.append(line)
            elif node.tag in _INNER:
                return False
            elif node.tag in HEADINGS:
                if _dated(node.text()):
                    return False
                self.add(node.children, apart=True)
            elif node.tag in LISTS:
                if not self.entries(node):
                    return False
            elif holds([node], HEADINGS | LISTS | _INNER):
                if not self.walk(node.children):
                    return False
            else:
                self.add(node.children)
        return True

    def entries(self, listed: Element) -> bool:
        """Each entry of the list ``listed`` a line; ``False`` for a list that is items."""
        for entry in listed.children:
            if isinstance(entry, Text):
                if entry.data.strip():
                    return False
                continue
            nested = entry.tag != "li" or holds(entry.children, HEADINGS | LISTS | _INNER)
            if nested or _dated(entry.text()):  # "Mar 2024: …": the entries are the items
                return False
            self.add(entry.children, apart=True)
        return True

    def add(self, nodes: list[Element | Text], apart: bool = False) -> None:
        if nodes and (line := self.markdown(nodes).strip()):
            if apart:
                self.apart.append(len(self.lines))
            self.lines.append(line)
