"""The news section of a page and its raw items, from Markdown tokens or HTML entries.

The section opens at a heading that names news (Markdown ``## News`` or HTML
``<h2>News</h2>``) and closes at the next heading of the same or a higher level; a
heading that is only a year or a month (``# 2019``, ``### March 2024``) continues it at
any level and dates the items below (a month or day heading its prose paragraphs too,
and a paragraph that is only a date the paragraphs after it: :mod:`.date_paragraphs`).
Inside it, every form a reader sees as a list gives items: Markdown lists, dated
paragraphs and their dated lines, tables with a date column, and raw HTML (lists, rows,
``<br>`` lines…, :mod:`.html_items`).
"""

from __future__ import annotations

import re

from markdown_it.token import Token

from ..diagnostics import Reporter
from .blocks import block_end, dated_lines, paragraph_tokens, table_rows
from .date_paragraphs import (
    DATED_ABOVE,
    bare_date_text,
    date_paragraph,
    finer_date,
    heading_date,
    list_intro,
    undated_prose,
    with_date,
)
from .dates.year_heading import news_heading_year
from .event_headings import event_headings, section_end
from .heading_dates import HeadingMonths
from .heading_items import is_heading_item
from .heading_names import heading_matches
from .heading_parts import HeadingParts
from .html_entry_types import HtmlHeading, HtmlItem
from .html_regions import html_region
from .lost_entries import shows_words, unread_entries
from .month_headings import heading_month
from .placeholders import is_to_come
from .raw_items import Page, RawItem
from .row_items import row_items, row_tokens
from .section_lists import list_items
from .section_tokens import LINK_ALONE, archive_links, bold_label

_HTML_HEADING = re.compile(r"<h[1-6][\s>]", re.I)
# a list entry opening a line: Markdown bullet or number, or an HTML <li>
LIST_ENTRY = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\S|<li[\s>]", re.M | re.I)
_UPCOMING = re.compile(r"(?:upcoming|forthcoming|coming|future|next)\b")  # a part's slug


class Collector:
    """Walks a page in order and keeps the items of its news section."""

    def __init__(
        self,
        page: Page,
        news: list[str],
        archive: list[str],
        reporter: Reporter,
        lines: list[str],
        start_level: int = 0,
        news_page: bool = False,
    ) -> None:
        self.page, self.news, self.archive, self.reporter = page, news, archive, reporter
        self.lines = lines  # the page's text, to count what a reader sees
        self.level = start_level  # heading level of the news section while inside it
        page.found_news = page.found_news or bool(start_level)
        self.section, self.in_archive, self.year = "news", False, None
        self.month: int | None = None  # with self.year, from a month heading
        # the date of a month or day heading, for the prose under it; and its line
        self.dating: tuple[str, int, bool] | None = None  # and whether it gives the day
        # the news heading's line (0: the page is the news list) and the items read before it
        self.opened: tuple[int, int, str] | None = (0, 0, "") if start_level else None
        self.titled = False  # the news section was opened by a title-like block
        self.headed_news = False  # a Markdown page has a Markdown news heading
        self.held: tuple[str, int] | None = None  # a heading saying news is still to come
        self.headed: RawItem | None = None  # a heading item, its own prose paragraphs below
        self.part = 0  # the level of the subsection heading that named self.section
        self.parts = HeadingParts()  # "### Theses:" under "## 12/2022 A good year": its part
        self.months = HeadingMonths()
        self.seen: list[tuple[int, int]] = []  # (first, last) line of each list or table read
        # a news page's first heading, a level-1 one atop its text, is the page's title
        # (``# Latest from the Lab``): it opens the list, or leaves open the page read as one
        self.page_title = news_page
        self.events: dict[int, str] = {}  # token index of an event heading: its date

    def heading(self, level: int, name: str, line: int) -> None:
        self.held = self.headed = None
        title, self.page_title = self.page_title, False
        year, month = heading_date(name) if self.level else (None, None)
        if self.level and level > self.level:  # "### Award (Nov 2023)": its entries' month
            self.year, self.month = self.months.restored(level, self.year, self.month)
            if year is None:
                year, month = self.months.opened(level, name, self.year, self.month)
        if year is not None:
            if self.level and level > self.level and news_heading_year(bare_date_text(name)):
                self._subsection(name, line, level)  # "### 2023 Highlights" under "## Archive"
            self.year, self.month = year, month  # "# 2019" under "## News": of that year
            if level <= self.part and _UPCOMING.match(self.section):  # "### Upcoming",
                self.section = "news"  # then "### 2022": the years after it are no part of it
            dating = finer_date(name)
            self.dating = (dating[0], line, dating[1]) if dating else None
            return
        month = heading_month(name) if self.level and self.year is not None else None
        if month is not None:  # "### March" under "## 2024": of March 2024
            self.month, self.dating = month, (f"{self.year}-{month:02d}", line, False)
            return
        self.dating = None
        title = title and level == 1 and not any(text.strip() for text in self.lines[: line - 1])
        title = title and heading_date(name)[0] is None  # "# 2024" atop it dates the list
        if title and self.level == 1:
            return  # "# Latest from the Lab" atop a news page read as one list: it goes on
        if self.level and level <= self.level:
            self.level = 0
            self.finish(line)
        if not self.level and (title or heading_matches(name, self.news)):
            self.level, self.section, self.in_archive, self.year = level, "news", False, None
            self.month = None
            self.page.found_news = True
            self.page.news_heading = self.page.news_heading or (name.strip(), line)
            self.opened = (line, len(self.page.items), name.strip())
        elif self.level:
            self._subsection(name, line, level)

    def _subsection(self, name: str, line: int, level: int) -> None:
        """A subsection of the news section opens: its name is the items' section."""
        self.in_archive = heading_matches(name, self.archive)
        self.held = (name.strip(), line) if is_to_come(name) else None  # "## 待补充"
        self.section = re.sub(r"[\W_]+", "-", name.lower()).strip("-") or "news"
        self.part = level

    def finish(self, end: int | None = None) -> None:
        """The news section ends before line ``end`` (the page's end when ``None``): say
        so, at the first of them, when it shows markedly more list entries a reader takes
        as items than were read (:mod:`.lost_entries`)."""
        if self.opened is None:
            return
        start, before, name = self.opened
        self.opened = None
        self.page.sections.append((name, start, before, len(self.page.items)))
        lines = self.lines[start : (end or len(self.lines) + 1) - 1]
        items = self.page.items[before:]
        read = len(items)
        if name and self.page.filled_section is None and shows_words(lines):
            self.page.filled_section = (name, start)  # what "yields no items" is to name
        if 2 * read >= len(lines) + sum(line.count("<li") for line in lines):  # at most one
            return  # entry a line, or <li>
        lost = unread_entries(lines, start + 1, self.seen, [item.line for item in items])
        if len(lost) >= 5 and read < len(lost):
            self.reporter.warn(
                self.page.source,
                lost[0],
                f"{len(lost)} list entries of the news section were not read as items "
                f"({read} were), the first on this line (raw HTML around a Markdown list "
                'needs markdown="1")',
                code="lost",
            )

    def add(
        self,
        line: int,
        tokens: list[Token],
        paragraph: bool,
        year: int | None,
        month: int | None = None,  # a list group's (``- Nov 2018`` + its entries)
    ) -> None:
        if self.held:  # what is written under "## Coming soon" is no news yet
            name, at = self.held
            note = f"under the heading {name!r} (line {at}), which says news is still to come"
            self.reporter.warn(self.page.source, line, f"{note}: not news; left out", "placeholder")
            return
        year = year or self.year
        headed = self.headed if self.page.items and self.headed is self.page.items[-1] else None
        if paragraph and headed and undated_prose(tokens, year):  # "## 03/2026 Retreat" +
            headed.tokens = headed.tokens + tokens  # "We gave a talk …": its body
            return
        if month is None:  # a list group's month, else the heading's (not a group's year)
            month = self.month if year == self.year else None
        if self.dating and year == self.year and undated_prose(tokens, year):
            date, at, day = self.dating  # "## March 2026", then prose: an item of March
            last = self.page.items[-1] if self.page.items else None
            if paragraph and day and not at and last is not None and last.paragraph:
                last.tokens = last.tokens + tokens  # a day's next paragraph: the same item
                return
            if paragraph or day:  # a bullet has the month already, not the day
                tokens = with_date(tokens, date)
                line, self.dating = (at or line) if paragraph else line, (date, 0, day)
        item = RawItem(self.page.source, line, self.section, tokens, paragraph, year, month)
        self.page.items.append(item)

    def html(self, entries: list[HtmlHeading | HtmlItem]) -> None:
        titles = self.titled or (  # no news heading: a styled title may head the news
            not self.page.found_news
            and not self.headed_news
            and not any(
                isinstance(e, HtmlHeading)
                and not e.title_like
                and heading_matches(e.text, self.news)
                for e in entries
            )
        )  # (:mod:`.html_titles`), and the next one ends what it opened
        for entry in entries:
            if isinstance(entry, HtmlHeading):
                wanted = titles and (self.titled or heading_matches(entry.text, self.news))
                if not entry.title_like or wanted:
                    self.heading(entry.level, entry.text, entry.line)
                    self.titled = self.level > 0 and (entry.title_like or self.titled)
            elif self.level and not self.in_archive:
                tokens = (row_tokens if entry.row else paragraph_tokens)(entry.lines, entry.line)
                if entry.dated_above:  # "<h4>May 2024</h4>" over prose ending "(May 5)"
                    tokens[1].meta[DATED_ABOVE] = True
                self.add(entry.line, tokens, entry.paragraph, entry.year, entry.month)

    def tokens(self, tokens: list[Token]) -> None:
        """Walk Markdown ``tokens`` (of the text whose :attr:`lines` they map)."""
        self.headed_news = any(
            t.type == "heading_open" and heading_matches(tokens[k + 1].content, self.news)
            for k, t in enumerate(tokens)
        )
        self.events = event_headings(tokens)  # "#### Workshop am 15. Juli 2025" …
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if (past := self.parts.block(tokens, i)) is not None:  # a heading item's part
                i = past
                continue
            top = self.level and tok.level == 0 and not self.in_archive
            dated = date_paragraph(tokens, i, self.year, block_end) if top else None
            if dated is not None:  # "**2024.09.27**", then the item's paragraphs
                self.add(tok.map[0] + 1 if tok.map else 0, dated[1], True, None)
                i = dated[0]
                continue
            label = bold_label(tokens, i) if self.level and tok.level == 0 else None
            if tok.type == "heading_open" or label is not None:
                level = int(tok.tag[1]) if tok.type == "heading_open" else 7
                line = tok.map[0] + 1 if tok.map else 0
                text = tokens[i + 1].content if label is None else label
                if self.level and not self.in_archive and is_heading_item(text):
                    count = len(self.page.items)
                    self.add(line, paragraph_tokens([text], line), True, None)  # ### May…: …
                    self.headed = self.page.items[-1] if self.page.items else None
                    made = label is None and len(self.page.items) > count
                    self.parts.opened(self.page.items[-1] if made else None, level)
                elif label is None and self.level and self.parts.part(level, text, line):
                    pass  # "### Completed theses:" under "## 12/2022 …": the item's part
                elif label is None and (day := self._event(level, i)):  # "#### Workshop…"
                    head = with_date(paragraph_tokens([text], line), day)
                    i = self._event_item(tokens, i, level, head)
                    continue
                else:
                    was = self.level
                    self.heading(level, text, line)
                    if (was or self.level) and label is None and LINK_ALONE.fullmatch(text):
                        # "### [Older news](old.md)", "## [News](news.md)": a "more news"
                        # link (parse_page follows it); any other link gives no item
                        self.add(line, paragraph_tokens([text], line), True, None)
                i += 3
            elif tok.level != 0:
                i += 1
            elif tok.type == "html_block" and (self.level or _HTML_HEADING.search(tok.content)):
                entries, i = html_region(tokens, i, self.lines)
                self.html(entries)
            elif tok.type == "html_block":  # raw HTML kept whole over blank lines (kramdown)
                entries, past = html_region(tokens, i, self.lines)
                if any(
                    isinstance(e, HtmlHeading) and heading_matches(e.text, self.news)
                    for e in entries
                ):  # a news heading inside: "<div class=title>News"
                    self.html(entries)
                i = past
            elif not self.level:
                i += 1
            else:
                i = self._block(tokens, i)

    def _event(self, level: int, i: int) -> str | None:
        """The date of the event the heading at token ``i`` of the news section tells of."""
        inside = self.level and level > self.level and not self.in_archive and not self.held
        return self.events.get(i) if inside else None

    def _event_item(self, tokens: list[Token], i: int, level: int, head: list[Token]) -> int:
        """The event heading at ``tokens[i]`` (``head``: its words opening with its date)
        and what is under it as one item (:mod:`.event_headings`); the index past it."""
        end = section_end(tokens, i, level)
        body = tokens[i + 3 : end]
        for tok in body:
            if tok.map and tok.level == 0 and tok.type in ("bullet_list_open", "ordered_list_open"):
                self.seen.append((tok.map[0] + 1, tok.map[1]))  # read, as the item's body
        self.headed = self.dating = None
        self.add(head[0].map[1] if head[0].map else 0, head + body, True, None)
        return end

    def _block(self, tokens: list[Token], i: int) -> int:
        """Read the top-level block at ``tokens[i]`` of the news section; the next index."""
        tok = tokens[i]
        end = block_end(tokens, i)
        line = tok.map[0] + 1 if tok.map else 0
        if tok.map and tok.type in ("bullet_list_open", "ordered_list_open", "table_open"):
            self.seen.append((line, tok.map[1]))
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            if self.in_archive:
                archive_links(tokens[i:end], self.page.archive)
            else:
                self._list_items(tokens[i + 1 : end - 1], self.year)
        elif self.in_archive:
            pass
        elif tok.type == "paragraph_open":
            intro = list_intro(tokens, i, block_end) and undated_prose(tokens[i:end], self.year)
            if self.dating and intro:  # "Two papers and a grant!" then the list: no item
                return end
            lines = dated_lines(tokens[i:end], self.year)
            for offset, item in lines or [(0, tokens[i:end])]:
                self.add(line + offset, item, True, None)
        elif tok.type == "table_open":
            for row_line, row in row_items(table_rows(tokens[i:end])):
                self.add(row_line, row, True, None)
        return end

    def _list_items(self, tokens: list[Token], year: int | None, month: int | None = None) -> None:
        """Split a list's inner tokens into items (:func:`.section_lists.list_items`)."""
        list_items(self, tokens, year, month)
