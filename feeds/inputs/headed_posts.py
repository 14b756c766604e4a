"""A news page whose News heading holds no list, with the posts under the next heading.

Some pages (an R Markdown ``news.Rmd``, a plain ``news.md``) open with ``# News`` over
one undated paragraph and keep their posts under the next heading of the same level,
each a subheading and its prose::

    # **News**

    Two new reviews from the lab are out, see [here](https://example.org/r1).

    # **Lab events**

    ### **Maria's defense**

    In May 2024, Maria defended her master's thesis.

A reader sees each post as one piece of news. When the news section yields no items and
the section right after it, named as news or as events ("Lab events", "Activities",
"Eventos"), holds posts (at least two subheadings with prose under them),
each post (its heading, then its prose) and each paragraph of the news section itself is
one item, read as a list entry is: dated by a date its words give (``In May 2024``,
``UCM 2024``), else undated. Without such a section the page stays an error.
"""

from __future__ import annotations

import re

from ..diagnostics import Reporter
from ..model import Item
from ..parse.item import to_item
from ..parse.markdown import markdown
from ..parse.page import heading_matches
from ..parse.raw_items import RawItem

# the section after it holds posts when it is news too, or events by its name
_EVENTS = re.compile(
    r"\b(?:events?|activities|happenings|lab life|eventos|actividades|événements|"
    r"veranstaltungen|eventi|attività)\b|活动|イベント|행사",
    re.I,
)
MIN_POSTS = 2  # subheadings with prose that make the next section a list of posts
_FRONT = re.compile(r"\A(?:---|\+\+\+)[ \t]*\n.*?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_WRAPPED = re.compile(r"\A(?:\*\*|__|\*|_)(.+?)(?:\*\*|__|\*|_)\Z")
_END_PUNCT = re.compile(r"[.!?:;…。！？]\s*\Z")


def headed_posts(
    text: str,
    heading_line: int,
    source: str,
    site_root: str,
    news_headings: list[str],
    reporter: Reporter,
) -> list[Item]:
    """The items of the posts under the section after the news heading on line
    ``heading_line`` of the page ``text``; ``[]`` when that section holds no posts."""
    next_heading, posts = _posts(_without_front_matter(text), heading_line)
    if not (heading_matches(next_heading, news_headings) or _EVENTS.search(next_heading)):
        return []  # "# Research" after an empty "# News": not where the news went
    if sum(1 for _, head, body in posts if head and body) < MIN_POSTS:
        return []
    events = []
    for line, head, body in posts:
        words = [w for w in (head, *body) if w.strip()]
        if not words:
            continue
        joined = words[0] + ("" if _END_PUNCT.search(words[0]) else ".")
        written = " ".join([joined, *words[1:]])
        raw = RawItem(source, line, "news", markdown().parse(written), False)
        if (event := to_item(raw, site_root, reporter)) is not None:
            events.append(event)
    return events


def _without_front_matter(text: str) -> str:
    """``text`` with its front matter blanked, lines kept."""
    found = _FRONT.match(text)
    if found is None:
        return text
    return "\n" * found.group().count("\n") + text[found.end() :]


def _posts(text: str, heading_line: int) -> tuple[str, list[tuple[int, str, list[str]]]]:
    """The heading of the section after the news section, and (line, heading,
    paragraphs) of each paragraph of the news section and each post (a subheading and its
    paragraphs) of the section after it."""
    tokens = markdown().parse(text)
    start = next(
        (
            n
            for n, tok in enumerate(tokens)
            if tok.type == "heading_open" and tok.map and tok.map[0] + 1 == heading_line
        ),
        None,
    )
    if start is None:
        return "", []
    level = int(tokens[start].tag[1])
    posts: list[tuple[int, str, list[str]]] = []
    current: tuple[int, str, list[str]] | None = None
    sections, next_heading = 0, ""
    for n in range(start + 3, len(tokens)):
        tok = tokens[n]
        line = tok.map[0] + 1 if tok.map else heading_line
        if tok.type == "heading_open":
            if int(tok.tag[1]) <= level:
                sections += 1
                if sections > 1:
                    break
                next_heading = tokens[n + 1].content
                current = None
                continue
            head = _WRAPPED.sub(r"\1", tokens[n + 1].content.strip())  # **Title**: a title
            current = (line, head, [])
            posts.append(current)
        elif tok.type == "paragraph_open" and tok.level == 0:
            words = tokens[n + 1].content.strip()
            if current is not None:
                current[2].append(words)
            else:
                posts.append((line, words, []))
    return next_heading, posts
