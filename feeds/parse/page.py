"""A page → its front matter and the raw bullet items of its news section.

The page is tokenised by markdown-it-py (with ``$…$`` math); HTML comments are blanked
first, line breaks kept, so hidden items never surface and line numbers stay true.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markdown_it.token import Token

from ..diagnostics import Reporter
from .front_matter import BadFrontMatter, blank, read_text, split_front_matter
from .markdown import markdown, strip_tags

__all__ = ["BadFrontMatter", "Page", "RawItem", "blank", "read_page", "split_front_matter"]

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)


@dataclass
class RawItem:
    """One bullet (or dated paragraph) of the news section, still as tokens."""

    source: str
    line: int  # 1-based
    section: str  # slug of the subsection heading, "news" when there is none
    tokens: list[Token]  # the item's block tokens (without list_item_open/close)
    paragraph: bool = False  # a loose paragraph, not a bullet: an item only if dated
    year: int | None = None  # the year a heading or group gives (``### 2023``)


@dataclass
class Page:
    """A parsed page: its front matter, title, news items and archive links."""

    source: str
    meta: dict[str, Any]
    title: str
    items: list[RawItem] = field(default_factory=list)
    archive: list[tuple[str, str, int]] = field(default_factory=list)  # text, href, line
    found_news: bool = False


def heading_words(text: str) -> str:
    """A heading as space-separated lower-case words: ``📰 Recent News!`` → ``recent news``."""
    return " ".join(re.findall(r"[^\W_]+", text.lower().replace("’", "").replace("'", "")))


def heading_matches(name: str, wanted: list[str]) -> bool:
    """``name`` is one of ``wanted`` or contains one as whole words (``Recent news``)."""
    words = f" {heading_words(name)} "
    return any(f" {heading_words(w)} " in words for w in wanted if heading_words(w))


def read_page(
    path: Path,
    source: str,
    news_headings: list[str],
    archive_headings: list[str],
    reporter: Reporter,
    text: str | None = None,
    *,
    headless: bool = False,
) -> Page:
    """Read ``path`` and collect the raw items of its news section.

    ``headless``: a page with no news heading is one news list as a whole (an archive
    page). ``text`` is the page's text when already read.
    """
    if text is None:
        text = read_text(path, source)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    try:
        meta, body = split_front_matter(text)
    except BadFrontMatter as exc:
        reporter.warn(source, 1, f"front matter is not valid {exc.language} ({exc})")
        meta, body = {}, exc.body
    for match in _COMMENT.finditer(body):
        if not match.group().endswith("-->"):
            reporter.warn(
                source,
                body.count("\n", 0, match.start()) + 1,
                "HTML comment opened here is never closed: the rest of the page is hidden",
                code="hidden",
            )
    body = blank(body, _COMMENT)
    title = strip_tags(str(meta.get("title") or ""))
    page = Page(source=source, meta=meta, title=title)
    tokens = markdown().parse(body)
    found = Reporter(quiet=True)
    _collect(tokens, page, news_headings, archive_headings, found)
    if headless and not page.found_news:  # the whole page, as under a top-level heading
        page.items, page.archive, found = [], [], Reporter(quiet=True)
        _collect(tokens, page, news_headings, archive_headings, found, start_level=1)
    for problem in found.problems:
        reporter.report(problem)
    return page


def _collect(
    tokens: list[Token],
    page: Page,
    news: list[str],
    archive: list[str],
    reporter: Reporter,
    start_level: int = 0,
) -> None:
    """Raw items and archive links of the news section; with ``start_level`` the page
    opens inside a news section of that heading level."""
    from .dates import parse_date

    news_level = start_level  # heading level of the news section while inside it
    page.found_news = page.found_news or bool(start_level)
    section = "news"
    in_archive = False
    year: int | None = None
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        label = _bold_label(tokens, i) if news_level and tok.level == 0 else None
        if tok.type == "heading_open" or label is not None:
            level = int(tok.tag[1]) if tok.type == "heading_open" else 7
            name = tokens[i + 1].content if label is None else label
            if news_level and level <= news_level:
                news_level = 0
            if not news_level and heading_matches(name, news):
                news_level, section, in_archive, year = level, "news", False, None
                page.found_news = True
            elif news_level:
                in_archive = heading_matches(name, archive)
                span = parse_date(name.strip(" :"))
                if span is not None and span.start.year == span.end.year:
                    year = span.start.year  # "### 2023": the year of the items below
                else:
                    section = re.sub(r"[\W_]+", "-", name.lower()).strip("-") or "news"
            i += 3
            continue
        if not news_level or tok.level != 0:
            i += 1
            continue
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            end = _close(tokens, i)
            if in_archive:
                _archive_links(tokens[i:end], page)
            else:
                _list_items(tokens[i + 1 : end - 1], page, section, year=year)
            i = end
            continue
        if tok.type == "paragraph_open" and not in_archive:
            end = _close(tokens, i)
            page.items.append(
                RawItem(
                    page.source, tok.map[0] + 1, section, tokens[i:end], paragraph=True, year=year
                )
            )
            i = end
            continue
        if tok.type == "html_block" and not in_archive and _visible(tok.content):
            reporter.warn(
                page.source,
                tok.map[0] + 1 if tok.map else None,
                "raw HTML in the news section is not read as news; use a Markdown list",
                code="unread",
            )
        if tok.type == "table_open":
            reporter.warn(
                page.source,
                tok.map[0] + 1 if tok.map else None,
                "a table in the news section is not read; use a bullet list",
                code="unread",
            )
        i += 1


def _visible(html: str) -> bool:
    """Whether an HTML block shows any text."""
    return bool(strip_tags(html))


def _bold_label(tokens: list[Token], i: int) -> str | None:
    """A paragraph that is only a short bold label (``**Upcoming**``, ``**2023:**``)."""
    if tokens[i].type != "paragraph_open" or i + 1 >= len(tokens):
        return None
    children = tokens[i + 1].children or []
    kinds = [c.type for c in children if not (c.type == "text" and c.content.strip() in ":")]
    if kinds != ["strong_open", "text", "strong_close"]:
        return None
    label = next(c.content for c in children if c.type == "text" and c.content.strip(" :"))
    return label.strip(" :") if 0 < len(label.split()) <= 4 else None


def _close(tokens: list[Token], start: int) -> int:
    """Index just past the token closing ``tokens[start]``."""
    depth = 0
    for j in range(start, len(tokens)):
        depth += tokens[j].nesting
        if depth == 0:
            return j + 1
    return len(tokens)


def _list_items(tokens: list[Token], page: Page, section: str, year: int | None = None) -> None:
    """Split a list's inner tokens into items; a dateless parent with a sub-list is a group."""
    from .dates import parse_date

    i = 0
    while i < len(tokens):
        if tokens[i].type != "list_item_open":
            i += 1
            continue
        end = _close(tokens, i)
        inner = tokens[i + 1 : end - 1]
        line = (tokens[i].map[0] + 1) if tokens[i].map else 0
        sub = next(
            (
                k
                for k, t in enumerate(inner)
                if t.type in ("bullet_list_open", "ordered_list_open") and t.level == inner[0].level
            ),
            None,
        )
        head = " ".join(
            t.content for t in inner[: sub if sub is not None else len(inner)] if t.type == "inline"
        ).strip()
        bare = head.strip(" *_[]:")
        is_group = sub is not None and (
            not bare or parse_date(bare) is not None or ("(" not in bare and len(bare.split()) <= 4)
        )
        if is_group:
            span = parse_date(bare)
            group_year = span.start.year if span and span.start.year == span.end.year else year
            _list_items(inner[sub + 1 : _close(inner, sub) - 1], page, section, group_year)
        else:
            page.items.append(RawItem(page.source, line, section, inner, year=year))
        i = end


def _archive_links(tokens: list[Token], page: Page) -> None:
    for tok in tokens:
        if tok.type != "inline" or not tok.children:
            continue
        line = tok.map[0] + 1 if tok.map else 0
        children = tok.children
        for k, child in enumerate(children):
            if child.type == "link_open":
                closing = next(
                    j for j in range(k, len(children)) if children[j].type == "link_close"
                )
                text = "".join(c.content for c in children[k + 1 : closing])
                page.archive.append((text, str(child.attrs.get("href", "")), line))
