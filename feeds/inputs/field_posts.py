"""A Markdown news file whose posts are headings, each over lines of fields.

A news file that the page's script reads (:mod:`.script_news`) may keep each post as a
``##`` heading (its title), then ``Key: value`` lines, ``Date:`` among them, then its body
in Markdown or HTML::

    # Group News

    Edit this file to update the news list.

    ## Our paper is published in Acta
    ID: acta-2026
    Date: 2026-04-22
    Image: ../img/cover.jpg

    <p>The study on … is published in <a href="…">Acta</a>.</p>

What a reader sees for each post is its title and body under the day its ``Date:`` gives;
the field lines (an id, an image's address and size) are never shown as words. Read so
only when at least two headings open field lines with a ``Date:`` (a page with one such
heading is read as it is written); a post whose ``Date:`` is empty is published undated,
as its words read.
"""

from __future__ import annotations

import re

from ..diagnostics import Reporter
from ..model import Item
from ..parse.item import to_item
from ..parse.markdown import markdown
from ..parse.raw_items import RawItem

MIN_POSTS = 2  # headings over a Date: field that make a page of such posts
_HEADING = re.compile(r"^(#{2,6})[ \t]+(?P<title>.+?)[ \t#]*$")
_FIELD = re.compile(r"^(?P<key>[A-Za-z][A-Za-z _-]{0,30}):(?:[ \t]+(?P<value>.*?))?[ \t]*$")
_END_PUNCT = re.compile(r"[.!?:;…。！？]\s*\Z")


def field_posts(text: str, source: str, site_root: str, reporter: Reporter) -> list[Item]:
    """The items of the posts of a Markdown ``text`` written as headings over field lines
    with a ``Date:``; ``[]`` when it is not written so."""
    posts = _posts(text.replace("\r\n", "\n").split("\n"))
    if sum(1 for *_, date, _ in posts if date is not None) < MIN_POSTS:
        return []
    events = []
    for line, title, date, body in posts:
        words = title + ("" if _END_PUNCT.search(title) else ".")
        written = " ".join(w for w in (f"{date}:" if date else "", words, *body) if w)
        raw = RawItem(source, line, "news", markdown().parse(written), False)
        if (event := to_item(raw, site_root, reporter)) is not None:
            events.append(event)
    return events


def _posts(lines: list[str]) -> list[tuple[int, str, str | None, list[str]]]:
    """(line, title, its Date: value or ``None``, body lines) of each heading that opens
    field lines, in order; a heading of the same or a higher level ends the body."""
    posts: list[tuple[int, str, str | None, list[str]]] = []
    level = 0
    n = 0
    while n < len(lines):
        heading = _HEADING.match(lines[n])
        if heading is None or (level and len(heading.group(1)) > level):
            if posts and level:
                posts[-1][3].append(lines[n].strip())
            n += 1
            continue
        fields: dict[str, str] = {}
        k = n + 1
        while k < len(lines) and (field := _FIELD.match(lines[k])) is not None:
            fields[field.group("key").strip().lower()] = field.group("value") or ""
            k += 1
        if "date" not in fields:  # a heading over words: the posts (if any) end
            level = 0
            n += 1
            continue
        level = len(heading.group(1))
        posts.append((n + 1, heading.group("title").strip(), fields["date"] or None, []))
        n = k
    return [(line, title, date, [b for b in body if b]) for line, title, date, body in posts]
