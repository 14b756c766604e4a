"""Pandoc fenced divs (Quarto ``.qmd``, R Markdown): ``::: {.timeline-item}`` … ``:::``.

A div is a container: its fences are never shown and its content is Markdown blocks, so
the fence lines become blank lines (every other line keeps its number). A fence opens
with three colons or more and attributes (``{.class #id key=val}`` or one class word);
a bare fence closes the innermost open div (pandoc's rule), whatever its colons. Inside
code blocks nothing is a fence.

A div holding no other div, one heading and one line that is only a date (a year in a
``<span>``, ``*March 2024*``, ``**2023-09**``) is one news item, as an HTML card is
(:mod:`.html_cards`): it becomes a list entry ``- **date** heading words`` on the first
of those two lines, its other lines indented under it, so the date dates the item, the
heading titles it and its other paragraphs are its text. Lines before both (an emoji, a
picture, a kicker such as "Invited talk" over the heading) are text a reader sees in the
card: the entry then opens on the card's opening fence and they follow it, one line down.

Two or more such divs whose class names a news entry (``::: {.news-item}``,
``::: news-card``, ``.update-entry``) that are no such card are one list entry each,
opening on their first line of text, their other lines indented under it: a date that
opens one dates it, else it is published undated (as a list's entries are), never merged
into one paragraph with the next.
"""

from __future__ import annotations

import re

from .blocks import escape_markdown, whole_date
from .markdown import strip_tags

_OPENING = re.compile(r"^ {0,3}:{3,}\s*(?:\{[^{}\n]*\}|[\w-]+)\s*:*\s*$")
_CLOSING = re.compile(r"^ {0,3}:{3,}\s*$")
_CODE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^ {0,3}#{1,6}\s+(?P<words>.*?)(?:\s+#+)?\s*$")
_CLASS = re.compile(
    r"^ {0,3}:{3,}\s*(?:\{[^{}\n]*?\.(?P<braced>[\w-]+)[^{}\n]*\}|(?P<bare>[\w-]+))"
)
# a class naming one news entry: news-item, news-card, update-entry, announcement
_NEWS_ENTRY = re.compile(
    r"^(?:news|updates?|announcements?)(?:[-_](?:item|card|entry|post))?$", re.IGNORECASE
)


def open_fenced_divs(text: str) -> str:
    """``text`` with its fenced divs opened (see the module); unchanged without any."""
    if ":::" not in text:
        return text
    lines = text.split("\n")
    leaves = _leaf_divs(lines)
    if not leaves:
        return text
    named = [leaf[2] for leaf in leaves]
    for first, last, name in leaves:
        if not _card(lines, first, last) and _NEWS_ENTRY.match(name) and named.count(name) > 1:
            _entry(lines, first, last)
    return "\n".join(lines)


def _leaf_divs(lines: list[str]) -> list[tuple[int, int, str]]:
    """Blank every fence of ``lines``; the (first, last) content lines of each div that
    holds no other div, with its first class ("" when it has none)."""
    stack: list[tuple[int, list[int], str]] = []  # first content line, [1 if it nests], class
    leaves: list[tuple[int, int, str]] = []
    fence = ""
    for number, line in enumerate(lines):
        code = _CODE.match(line)
        if fence:  # inside a code block: only its closing fence counts
            if code and code.group(1)[0] == fence[0] and len(code.group(1)) >= len(fence):
                fence = ""
        elif code:
            fence = code.group(1)
        elif _OPENING.match(line):
            if stack:
                stack[-1][1][0] = 1
            named = _CLASS.match(line)
            name = (named["braced"] or named["bare"] or "") if named else ""
            stack.append((number + 1, [0], name))
            lines[number] = ""
        elif _CLOSING.match(line) and stack:
            first, nests, name = stack.pop()
            if not nests[0]:
                leaves.append((first, number - 1, name))
            lines[number] = ""
    return leaves


def _card(lines: list[str], first: int, last: int) -> bool:
    """Make the div ``lines[first:last + 1]`` one list entry when it is a card (whether
    it is one)."""
    headings = [k for k in range(first, last + 1) if _HEADING.match(lines[k])]
    dates = [k for k in range(first, last + 1) if _date_line(lines[k])]
    if len(headings) != 1 or len(dates) != 1:
        return False
    heading, date = headings[0], dates[0]
    words = _HEADING.match(lines[heading])["words"]  # type: ignore[index]
    said = escape_markdown(strip_tags(lines[date]).strip(" *_[]():."))
    at = min(heading, date)
    for k in range(first, last + 1):
        lines[k] = "" if k in (heading, date) or not lines[k].strip() else "  " + lines[k]
    opened = next(k for k in range(first, at + 1) if lines[k] or k == at)
    if opened == at:
        lines[at] = f"- **{said}** {words}"
        return True
    # lines before the heading and the date (an emoji, a picture, a kicker): the item's
    # text, one line down, after a blank line under the entry on the card's opening line
    before = lines[opened:at]
    while not before[-1]:
        before.pop()
    lines[opened - 1 : at + 1] = [f"- **{said}** {words}", "", *before] + [""] * (
        at - opened - len(before)
    )
    return True


def _entry(lines: list[str], first: int, last: int) -> None:
    """Make the div ``lines[first:last + 1]`` (a news entry's box) one list entry."""
    text = [k for k in range(first, last + 1) if lines[k].strip()]
    if not text or _HEADING.match(lines[text[0]]):
        return  # empty, or a box headed as a section: its heading stays one
    for k in text:
        lines[k] = "- " + lines[k].lstrip() if k == text[0] else "  " + lines[k]


def _date_line(line: str) -> bool:
    """Whether ``line`` (Markdown, maybe HTML) says only a date."""
    plain = strip_tags(line).strip()
    return bool(plain) and plain[0] != "#" and whole_date(plain)
