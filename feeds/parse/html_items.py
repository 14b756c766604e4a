"""An HTML element tree → its headings and news items, in page order.

What a reader sees as one news item: a ``<li>`` (a dateless short ``<li>`` holding a
sub-list is a group, as in Markdown), a table row, a ``<dt>`` with its ``<dd>``, a
paragraph or ``<div>`` of text that opens with a date, one line of a block whose lines
are separated by ``<br>`` and open with dates, a card (a minor heading, a date line), or
the prose under a month or day heading or a date alone on its line (``<h4>2024-05-31</h4>``,
``<dt>``, ``<p><b>May 2024</b></p>``): one item per heading, up to the end of its box. A
link alone in its paragraph is kept for the "more news" reader (:mod:`.more_links`).
Each item becomes Markdown inline text (bold, emphasis, links, code kept), so
:func:`~feeds.parse.item.to_item` reads it as a Markdown item.
``markdown_text``: the text between tags is Markdown already (HTML inside a Markdown
page); else it is escaped (a ``.html`` page).
"""

from __future__ import annotations

from .blocks import escape_markdown, whole_date
from .date_paragraphs import finer_date
from .dates.year_heading import heading_year
from .heading_items import is_heading_item
from .html_cards import badge_box, card_lines, loose_article, meta_card
from .html_entry_types import DATE_LINE, TITLE_LIKE, HtmlHeading, HtmlItem
from .html_folds import fold_body, is_fold, item_summary
from .html_inline import BR, HEADINGS, InlineWriter, finish
from .html_item_checks import (
    LONE_LINK,
    holds_rule,
    is_control,
    leading_date,
    veiled_date,
    word_chars,
)
from .html_subtitle_cards import subtitle_card
from .html_tables import read_table
from .html_title_cards import titled_card
from .html_titles import block_title, bold_line, card_title, item_label, label_run, run_title
from .html_tree import HIDDEN, LISTS, VOID, Element, Text
from .html_year_groups import YEAR_GROUP, year_box
from .list_groups import ITEM, in_month, list_head
from .locate import ends_dated


def html_entries(root: Element, markdown_text: bool = False) -> list[HtmlHeading | HtmlItem]:
    """The headings and items under ``root``, in page order."""
    walker = _Walker(markdown_text)
    walker.block(root, None)
    return walker.out


class _Walker:
    def __init__(self, markdown_text: bool) -> None:
        self.markdown_text = markdown_text
        self.out: list[HtmlHeading | HtmlItem] = []
        self.dating: tuple[str, int] | None = None  # a month or day heading's date, line
        self.box: Element | None = None  # the element the dating heading is in
        self.mark = 0  # how many entries there were after it
        self.prose_item: HtmlItem | None = None  # the item of the prose under it
        self.dated_section = False  # under a month or day heading (``<h3>May 2024</h3>``)
        self.heading_year: tuple[int, int] | None = None  # a year heading's (year, level)
        self.label: tuple[Element, int] | None = None  # a "News:" label's box, entries then

    def heading(self, level: int, text: str, line: int, box: Element) -> None:
        """A heading; one that is only a month or a day dates the prose under it, up to
        the end of the element it is in. A date alone on its line (``DATE_LINE``) is
        no heading for the section reader: it dates the prose after it only."""
        date = finer_date(text)
        if level != DATE_LINE:
            self.out.append(HtmlHeading(level, text, line))
            if (year := heading_year(text.strip(" *_"))) is not None:  # "<h3>2022</h3>",
                self.heading_year = (year, level)  # "<h2>2026年</h2>": "18.11." is a day
            elif self.heading_year is not None and level <= self.heading_year[1]:
                self.heading_year = None
            self.dated_section = date is not None  # the section reader dates paragraphs
        self.dating = (escape_markdown(date[0]), line) if date else None
        self.box, self.mark, self.prose_item = box, len(self.out), None

    def block(self, element: Element, year: int | None) -> None:
        """A container: its block children in turn, runs of inline content as text."""
        run: list[Element | Text] = []
        children = element.children
        terms: set[int] = set()  # the ``<dd>`` read with their ``<dt>``
        for k, node in enumerate(children):
            if isinstance(node, Text) or node.inline:
                run.append(node)
                continue
            self.text_run(run, year, element)
            run = []
            tag = node.tag
            if card_title(element, node):  # <a class="card"><div class="title">News</div><p>…
                self.block(node, year)  # a link's words, no section heading
            elif tag == "hr" or tag in HEADINGS and holds_rule(node):
                self.rule(node, year)
            elif tag in HEADINGS and is_heading_item(line := self.markdown(node.children)):
                self.out.append(HtmlItem(node.line, [line], True, year))  # <h3>May 2024 - …
            elif tag in HEADINGS or tag == "heading":  # <heading>: old Barron-style pages
                if text := node.text():
                    self.heading(int(tag[1]) if tag[1].isdigit() else 2, text, node.line, element)
            elif tag == "li":
                self.list_item(node, year)
            elif (summary := item_summary(node)) is not None:  # <summary>May 2024 Talk…
                self.out.append(
                    HtmlItem(summary.line, [self.markdown(summary.children)], False, year)
                )
            elif is_fold(node):  # "<details><summary>More…</summary><ul>…": more of the list
                self.block(fold_body(node), year)
            elif (said := year_box(node)) is not None:  # <summary>2025</summary>, a <div>
                self.heading(YEAR_GROUP, said, node.line, element)
            elif tag == "table":
                self.table(node, year)
            elif tag == "dt":
                terms |= self.definition(node, children[k + 1 :], year, element)
            elif tag not in HIDDEN | VOID and id(node) not in terms and not node.embedded_post:
                if (title := block_title(node)) is not None:
                    self.out.append(HtmlHeading(TITLE_LIKE, title, node.line, True))
                elif (card := self.card(node, element, year)) is not None:
                    self.out.append(card)
                elif (meta := meta_card(node, self.markdown)) is not None:
                    self.out.append(HtmlItem(node.line, meta, False, year))
                elif (badged := badge_box(node, self.markdown)) is not None:
                    self.out.append(self.badged_item(node.line, badged, year))
                else:
                    before = len(self.out)
                    self.block(node, year)
                    found = any(isinstance(e, HtmlItem) for e in self.out[before:])
                    if not found and (text := loose_article(node, self.markdown)):
                        self.out.append(HtmlItem(node.line, [text], False, year))
            if self.box is node:  # the prose under a date heading ends with its box,
                only_date = whole_date(node.text())  # unless the box holds only the date
                self.box, self.dating = (element, self.dating) if only_date else (None, None)
        self.text_run(run, year, element)
        if self.label and self.label[0] is element and self.out[self.label[1] :]:
            line = max(e.line for e in self.out[self.label[1] :])  # what a label heads
            self.out.append(HtmlHeading(TITLE_LIKE, "", line + 1, True))  # ends with its box

    def rule(self, node: Element, year: int | None) -> None:
        """A rule (``<hr>``) ends the item of the prose under a date: the part after it is
        another of the same date. A heading that holds rules is a box of such parts, the
        date first (``<h5><b>May 2024:</b><hr><br> A<hr><br> B</h5>``)."""
        if node.tag == "hr":  # (the part's item is on the rule's line, not the date's)
            self.mark, self.prose_item = len(self.out), None
            self.dating = (self.dating[0], node.line) if self.dating else None
        else:
            self.block(node, year)

    def card(self, box: Element, parent: Element, year: int | None) -> HtmlItem | None:
        """A news card (:mod:`.html_cards`, :mod:`.html_title_cards`): one item, its
        heading the title."""
        found = (
            card_lines(box, self.markdown)
            or subtitle_card(box, self.markdown)
            or titled_card(box, parent, self.markdown)
        )
        return HtmlItem(found[0], found[1], False, year) if found else None

    def list_item(self, li: Element, year: int | None) -> None:
        said = li.text().strip()
        if is_control(li) or said and not word_chars(said):  # "Show more", an elision "……"
            return  # (a picture alone is no control: it is an empty item, warned about)
        if folds := [c for c in li.children if is_fold(c)]:  # <li>…<details>…</details></li>
            shown = {id(fold) for fold in folds}
            head = self.markdown([c for c in li.children if id(c) not in shown])
            if word_chars(head):
                self.out.append(HtmlItem(li.line, [head], False, year))
            for fold in folds:
                self.block(fold_body(fold), year)
            return
        subs = [c for c in li.children if isinstance(c, Element) and c.tag in LISTS]
        first = li.children.index(subs[0]) if subs else len(li.children)
        head = self.markdown(li.children[:first])
        entries = [
            self.markdown(item.children)
            for sub in subs
            for item in sub.children
            if isinstance(item, Element) and item.tag == "li"
        ]
        if subs and (said := list_head(head, year)).role != ITEM:
            before = len(self.out)
            for sub in subs:
                self.block(sub, said.year)
            in_month(self.out[before:], said.year, said.month)
            return
        if not leading_date(head, year) and (stamp := veiled_date(li)) is not None:
            head = f"**{escape_markdown(stamp)}** {head}"  # nothing visible dates it
        lines = [head, *entries]
        self.out.append(HtmlItem(li.line, [line for line in lines if line], False, year))

    def table(self, table: Element, year: int | None) -> None:
        read_table(table, year, self.markdown, self.block, self.out.append)

    def definition(
        self, dt: Element, after: list[Element | Text], year: int | None, box: Element
    ) -> set[int]:
        """``<dt>date</dt><dd>text</dd>``: one item (the term as a bold label); a term
        that is only a date, with no ``<dd>``, heads the prose after it. The ids of the
        ``<dd>`` read."""
        parts, read = [], set()
        for node in after:
            if isinstance(node, Element) and node.tag == "dd":
                parts.append(self.markdown(node.children))
                read.add(id(node))
            elif isinstance(node, Element) and node.tag not in ("br", "hr"):
                break
        if not parts and whole_date(dt.text()):
            self.heading(DATE_LINE, dt.text(), dt.line, box)
            return read
        term = escape_markdown(dt.text())
        text = (f"**{term}** " if term else "") + " ".join(parts)
        if text.strip():
            self.out.append(HtmlItem(dt.line, [text.strip()], False, year))
        return read

    def text_run(self, run: list[Element | Text], year: int | None, box: Element) -> None:
        """Inline content: one item if it opens with a date, or one item per ``<br>``
        line when the lines open with dates (undated lines continue the item above)."""
        if not run:
            return
        if (title := run_title(run)) is not None:
            line = next(n.line for n in run if isinstance(n, Element))
            self.out.append(HtmlHeading(TITLE_LIKE, title, line, True))
            return
        if (label := label_run(run)) is not None:  # "Recent news: (<a>all news</a>)"
            line = next(n.line for n in run if isinstance(n, Element) or n.data.strip())
            self.out.append(HtmlHeading(TITLE_LIKE, label[0], line, True))
            if label[1] is not None:
                self.out.append(HtmlItem(line, [self.markdown([label[1]])], False, year))
            self.label = (box, len(self.out))
            return
        writer = InlineWriter(self.markdown_text)
        writer.nodes(run)
        segments = [
            (line, text)
            for line, raw in zip(writer.lines, "".join(writer.pieces).split(BR), strict=True)
            if (text := finish(raw)) and word_chars(text)
        ]
        if not segments:
            return
        known = year or (self.heading_year[0] if self.heading_year else None)
        dated = [leading_date(text, known) for _, text in segments]
        if (
            any(dated[1:])
            and (title := bold_line(segments[0][1])) is not None
            and not (sum(dated[1:]) == 1 and dated[1] and item_label(segments[0][1]))
        ):
            self.out.append(HtmlHeading(TITLE_LIKE, title, segments[0][0], True))
            segments, dated = segments[1:], dated[1:]  # "<b>News</b><br>" over dated lines
        if len(segments) < 2 or sum(dated) < 2:
            line, text = segments[0][0], " ".join(t for _, t in segments)
            if len(segments) == 1 and whole_date(text):  # a date alone on its line
                self.heading(DATE_LINE, text, line, box)
            elif dated[0] or (dated[1:2] == [True] and item_label(segments[0][1])):
                self.out.append(HtmlItem(line, [text], True, year))  # "<b>Award</b><br>Mar …"
            elif (
                not self.prose(line, text, year)
                and not self.dated_section
                and (LONE_LINK.fullmatch(text) or (box.tag == "p" and ends_dated(text, known)))
            ):
                self.out.append(HtmlItem(line, [text], True, year))  # "More →"? "X (Feb 4, 2020)"
            return
        items: list[HtmlItem] = []
        for (line, text), is_dated in zip(segments, dated, strict=True):
            if is_dated or not items:
                items.append(HtmlItem(line, [text], True, year))
            else:
                items[-1].lines[0] += " " + text
        self.out.extend(items)

    def prose(self, line: int, text: str, year: int | None) -> bool:
        """Undated text: news only under a date heading, one item per heading (the
        paragraphs after its first continue it); else no news ("Last updated"). Whether
        it was taken."""
        if self.dating is None:
            return False
        if self.prose_item is not None and self.out[-1] is self.prose_item:
            self.prose_item.lines.append(text)
        elif len(self.out) == self.mark:  # right under the heading
            date, at = self.dating
            self.prose_item = HtmlItem(at, [f"**{date}** {text}"], True, year, dated_above=True)
            self.out.append(self.prose_item)
        else:
            return False
        return True

    def badged_item(self, line: int, text: str, year: int | None) -> HtmlItem:
        """A box opening with a badge (:func:`.html_cards.badge_box`); right under a date
        alone on its line, in the same box (``<div class="date">May 2024</div><div>
        <span class="tag">Award</span><div class="title">…</div></div>``), that date is
        its date, as it is the prose's there."""
        if self.dating is None or len(self.out) != self.mark or leading_date(text, year):
            return HtmlItem(line, [text], False, year)
        date, at = self.dating
        self.prose_item = HtmlItem(at, [f"**{date}** {text}"], False, year, dated_above=True)
        return self.prose_item

    def markdown(self, nodes: list[Element | Text]) -> str:
        """``nodes`` as one line of Markdown inline text."""
        writer = InlineWriter(self.markdown_text)
        writer.nodes(nodes)
        return finish("".join(writer.pieces).replace(BR, " "))
