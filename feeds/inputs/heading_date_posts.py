"""A news page whose posts are headings, each over a paragraph that gives its date.

A hand-written news page (an R Markdown ``news.Rmd`` of a distill site, a ``news.md``)
may keep each post as a heading (its title), then a paragraph that opens with the
post's date, alone or before the first words of its text, then more paragraphs::

    ## Lab retreat

    3rd of May:

    We spent two days at the coast …

    ---

    ## Marie Curie fellowship for Ana

    March 10th: Ana receives a Marie Curie fellowship …

What a reader sees for each post is its title and text under that date. The page is
read so when at least three headings of one level open with a date paragraph and most
headings of that level do (a post with no date line is published undated, as its words
read); never as a page's news section would read it, whose heading may be one post's
title (``## Open Science news``). A date without a year takes it from the posts around
it, newest first, as the items of a list do (:mod:`feeds.parse.yearless`); code chunks
(```` ```{r} ````) and rules are no text.
"""

from __future__ import annotations

import re
from collections import Counter

from markdown_it.token import Token

from ..parse.blocks import whole_date
from ..parse.dates import match_prefix
from ..parse.front_matter import blank_front_matter
from ..parse.inline import flatten
from ..parse.markdown import markdown
from ..parse.raw_items import RawItem

MIN_POSTS = 3  # headings over a date paragraph that make a page of such posts
_LEAP = 2000  # a leap year, so that a yearless "29th of February" is a day
_DATE_ALONE = 40  # characters of a date paragraph with nothing after its date
_END_PUNCT = ".!?:;…。！？"
_HEADING_LINE = re.compile(r"^ {0,3}(?:#{1,6}[ \t]|[=-]+[ \t]*$)", re.M)  # or setext


def heading_date_posts(text: str, source: str) -> list[RawItem]:
    """The raw items of the posts of a Markdown ``text`` written as headings each over a
    date paragraph (see the module); ``[]`` when it is not written so."""
    if len(_HEADING_LINE.findall(text)) < MIN_POSTS:  # most pages: not parsed again
        return []
    tokens = markdown().parse(blank_front_matter(text.replace("\r\n", "\n")))
    posts = _posts(tokens)
    levels = Counter(level for level, *_ in posts)
    dated = Counter(level for level, _, _, date, _ in posts if date is not None)
    dated.pop(0, None)
    if not dated:
        return []
    level, count = dated.most_common(1)[0]
    if count < MIN_POSTS or 2 * count <= levels[level]:
        return []
    items = []
    for at, line, title, date, body in posts:
        if at != level:
            continue
        title = title.strip()
        title += "" if not title or title[-1] in _END_PUNCT else "."
        head = " ".join(w for w in (f"{date}:" if date else "", title) if w)
        written = "\n\n".join([head, *body])
        items.append(RawItem(source, line, "news", markdown().parse(written), False))
    return items


def _posts(tokens: list[Token]) -> list[tuple[int, int, str, str | None, list[str]]]:
    """(level, line, title, its date or ``None``, body paragraphs) of each heading: its
    date is that which opens its first paragraph, the rest of that paragraph and the
    paragraphs after it, up to the next heading, its body."""
    posts: list[tuple[int, int, str, str | None, list[str]]] = []
    first = False  # the next paragraph is the current post's first
    for n, tok in enumerate(tokens):
        if tok.type == "heading_open":
            line = tok.map[0] + 1 if tok.map else 0
            level, title = int(tok.tag[1]), tokens[n + 1].content
            if match_prefix(flatten([tokens[n + 1]]).text.strip()) is not None:
                level = 0  # "## 2024", "### May 2024: …": dates, read as the page reads them
            posts.append((level, line, title, None, []))
            first = True
        elif tok.type == "inline" and posts and tokens[n - 1].type == "paragraph_open":
            level, line, title, date, body = posts[-1]
            words = tok.content.strip()
            if first and (split := _date_split(tok)) is not None:
                posts[-1] = (level, line, title, split[0], body)
                words = split[1]
            first = False
            if words:
                body.append(words)
    return posts


def _date_split(inline: Token) -> tuple[str, str] | None:
    """The date that opens a paragraph and the words after it (``1st of April:`` → the
    date, ``""``; ``March 21st: On this day …`` → the date, ``On this day …``)."""
    plain = flatten([inline]).text.strip()
    if whole_date(plain):  # "20/04/2023", "February 2025"
        return plain.strip(" *_[]():.,"), ""
    found = match_prefix(plain, _LEAP)
    if found is None:
        return None
    date = plain[: found.end].strip().rstrip(":–—-").strip()
    rest = plain[found.end :].lstrip(" :–—-\t")
    if not rest:
        return date, ""
    if len(plain) <= _DATE_ALONE and not any(c.isalpha() for c in rest):
        return date, ""
    source = inline.content.strip()
    cut = source.find(rest[: min(len(rest), 12)])
    return date, source[cut:] if cut >= 0 else rest
