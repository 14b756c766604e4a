"""A page → its front matter and the raw items of its news section.

A Markdown page is tokenised by markdown-it-py (with ``$…$`` math); a ``.html``/``.htm``
page is read as HTML, and so is the markup of an Astro, Vue or Svelte component
(:mod:`.component_markup`). HTML comments are blanked first, line breaks kept, so hidden items
never surface and line numbers stay true. The news section is found and read by
:class:`~feeds.parse.sections.Collector`.
"""

from __future__ import annotations

import re
from pathlib import Path

from markdown_it.token import Token

from ..diagnostics import BuildError, Reporter
from .admonitions import open_admonitions
from .component_markup import MARKUP_SUFFIXES, component_markup, mdx_markdown
from .fenced_divs import open_fenced_divs
from .front_matter import BadFrontMatter, blank, read_text, split_front_matter
from .heading_names import heading_matches, heading_words
from .html_items import html_entries
from .html_tree import parse_html
from .kramdown import open_markdown_blocks
from .markdown import markdown, strip_tags
from .more_links import says_more
from .myst_admonitions import open_myst_admonitions
from .page_language import page_language
from .quotes import unquoted
from .raw_fences import raw_html_blocks
from .raw_items import Page, RawItem
from .sections import Collector

__all__ = [
    "BadFrontMatter", "Page", "RawItem", "blank", "heading_matches", "heading_words",
    "read_page", "split_front_matter",
]  # fmt: skip

_HTML_TITLE = re.compile(r"<title[^>]*>([^<]{1,200})</title>", re.I)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
HTML_SUFFIXES = (".html", ".htm")
_TABLE_RULE = re.compile(r"^(?=[^\n]*\|)(?=[^\n]*-)[ \t|:-]+$", re.M)  # | --- | --- |


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
    page). ``text`` is the page's text when already read. A ``.html``/``.htm`` page is
    read as HTML: its news section opens at an ``<h1>``…``<h6>`` news heading.
    """
    if text is None:
        text = read_text(path, source)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if path.suffix.lower() in MARKUP_SUFFIXES:  # an Astro, Vue, Svelte page: its markup
        text = component_markup(text, path.suffix)
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
    if path.suffix.lower() == ".mdx":  # Markdown with JSX: its expressions are code
        body = mdx_markdown(body)
    is_html = path.suffix.lower() in (*HTML_SUFFIXES, *MARKUP_SUFFIXES)
    title = meta.get("title") or ""
    if not isinstance(title, str | int | float):
        reporter.warn(source, 1, f"front matter 'title' is not text ({title!r}); not used")
        title = ""
    title = str(title)
    if is_html and not title and (found := _HTML_TITLE.search(body)):
        title = found.group(1)  # a hand-written page names itself in <title>
    page = Page(source, meta, strip_tags(title), language=page_language(meta, body))
    if is_html:
        entries = html_entries(parse_html(body))
    else:
        body = open_fenced_divs(open_markdown_blocks(open_admonitions(open_myst_admonitions(body))))
        tables = "|" in body and _TABLE_RULE.search(body) is not None
        tokens = markdown(tables=tables).parse(body)
        _check_nesting(tokens, source)
        tokens = unquoted(tokens)  # "> - **Dec 2023**: Talk …": news boxed in a quote
    lines = body.split("\n")
    if not is_html and "{=" in body:  # ```{=html}: Pandoc's raw HTML, shown as HTML
        tokens = raw_html_blocks(tokens, lines)

    def read(start_level: int = 0) -> Reporter:
        found = Reporter(quiet=True)
        collector = Collector(
            page, news_headings, archive_headings, found, lines, start_level, headless
        )
        if is_html:
            collector.html(entries)
        else:
            collector.tokens(tokens)
        collector.finish()
        return found

    found = read()
    # A news page's first news heading saying "older news" (``### 過去のニュース``) may end
    # the list above it: then the whole page is read, unless that gives fewer items (a
    # page of older news under its heading ``## News archive``).
    older = page.news_heading is not None and says_more(page.news_heading[0])
    if headless and (not page.found_news or older):  # as under a top-level heading
        first = (page.items, page.archive, page.news_heading, page.filled_section, found)
        sections, page.sections = page.sections, []
        page.items, page.archive, page.news_heading, page.filled_section = [], [], None, None
        found = read(start_level=1)
        if older and len(page.items) < len(first[0]):
            page.items, page.archive, page.news_heading, page.filled_section, found = first
            page.sections = sections
    for problem in found.problems:
        reporter.report(problem)
    return page


def _check_nesting(tokens: list[Token], source: str) -> None:
    """Refuse a page nested past the parser's limit: markdown-it stops reading there
    and drops the rest of the page without a word."""
    limit = markdown().options.maxNesting
    deep = next((t for t in tokens if t.type != "inline" and t.level >= limit - 1), None)
    if deep is not None:
        line = f":{deep.map[0] + 1}" if deep.map else ""
        raise BuildError(
            f"{source}{line}: lists nested more than {limit // 2 - 1} levels deep, or quotes "
            f"more than {limit - 2}; "
            "the Markdown reader stops there and would lose the rest of the page "
            "(nest them less deeply); nothing written, the last outputs stay"
        )
