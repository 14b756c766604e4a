"""Prose dated from outside its own text: the paragraphs under a date heading, and the
paragraphs after a paragraph that is only a date.

``## March 2026`` then a paragraph: the paragraph is an item of March 2026 (every
paragraph under the heading is one). ``**2024.09.27**`` alone in its paragraph, then
text: one item of that day, made of the text paragraphs up to the next date, heading or
other block, unless a list follows the text of a bold date (``**April 2026**``, ``Two
papers!``, ``* …``): the date heads both, a heading. A short line the list
interrupts or ending with ``:`` only introduces it (:func:`list_intro`), no item. Both
are given to the item reader as one paragraph that opens with the date
in bold, as ``**2024.09.27** text`` would be.
"""

from __future__ import annotations

import re

from markdown_it.token import Token

from ..model import DateSpan, Precision
from .dates import match_prefix, parse_date
from .dates.year_heading import heading_year, news_heading_year
from .inline import flatten

# Marks the inline token of an item dated by a heading or a date line above its text: a
# day its text ends with (``(March 5, 2026)``) is its date, as under a year heading.
DATED_ABOVE = "dated_above"
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")  # emoji, brackets, bold marks, ":" around a date
# Markup a heading's source holds around its date: a kramdown attribute list ("### 2021
# {#y2021}"), HTML tags ("### <a name="y2021"></a>2021"), a link's target ("[2021](#2021)").
_MARKUP = re.compile(r"\s*\{:?\s*[#.][^{}\n]*\}\s*$|<[^<>\n]*>|\]\([^()\n]*\)")
_LISTS = ("bullet_list_open", "ordered_list_open")
_TEXT_OPENS = ("paragraph_open", "heading_open")  # a list entry may open with a heading
_INTRO_WORDS = 20  # an intro to a list is a line, not a story
# The longest date alone in a paragraph: two weekdays, ordinals and full month names
# ("Wednesday, September 27th, 2024 to Wednesday, September 30th, 2025" is 66); a
# longer paragraph is never read as a date (a long run of numbers is slow to parse).
_DATE_ALONE = 80


def bare_date_text(text: str) -> str:
    """``text`` without what surrounds a date in a heading or label: ``🎉 **2024**`` →
    ``2024``, ``[Feb 2026]:`` → ``Feb 2026``, ``2021 {#y2021}`` → ``2021``."""
    return _EDGES.sub("", _MARKUP.sub("", text))


def heading_date(name: str) -> tuple[int | None, int | None]:
    """(year, month) of a heading that is only a date within one year: ``2019`` (also
    ``2019年``, ``2019년``) → (2019, None), ``March 2024`` → (2024, 3), ``12 May 2024``
    → (2024, 5), ``🎉 **2024**`` → (2024, None), a year named as news (``2023
    Highlights``) → (2023, None); (None, None) for any other heading. A
    day within one month gives its month, as a month heading does, to the items below it
    that are not dated by its day (under a subheading: ``#### Talks``)."""
    bare = bare_date_text(name)
    span = parse_date(bare)
    if span is None and (year := heading_year(bare) or news_heading_year(bare)) is not None:
        return year, None  # "2026年", "2024 Updates"
    if span is None or span.start.year != span.end.year:
        return None, None
    one_month = span.start.month == span.end.month  # a year or season spans several
    return span.start.year, span.start.month if one_month else None


def finer_date(heading: str) -> tuple[str, bool] | None:
    """The date of a heading that gives the month or the day (``March 2026``,
    ``12 May 2024``), as written, and whether it gives the day: it dates the prose
    under the heading."""
    bare = bare_date_text(heading)
    span = parse_date(bare)
    if span is None or span.precision is Precision.YEAR:
        return None
    return bare, span.precision is Precision.DAY


def date_alone(text: str, year: int | None) -> DateSpan | None:
    """The date that is all of ``text`` (``**09.27**`` with the year of its heading)."""
    bare = bare_date_text(text)
    return parse_date(bare, year) if bare and len(bare) <= _DATE_ALONE else None


def with_date(tokens: list[Token], date: str) -> list[Token]:
    """A paragraph's ``tokens`` opening with ``date`` in bold (its heading's date)."""
    inline = tokens[1]
    opening = [
        Token("strong_open", "strong", 1, markup="**"),
        Token("text", "", 0, content=date),
        Token("strong_close", "strong", -1, markup="**"),
        Token("text", "", 0, content=" "),
    ]
    return _paragraph(tokens[0], opening, inline, f"**{date}** ", tokens[2:])


def undated_prose(tokens: list[Token], year: int | None) -> bool:
    """Whether ``tokens`` are a paragraph or heading (then anything) with words that does
    not open with a date of its own (``- # Talk at MIT`` in a list is an entry too)."""
    if len(tokens) < 3 or tokens[0].type not in _TEXT_OPENS or tokens[1].type != "inline":
        return False
    words = [c.content for t in tokens for c in t.children or [] if c.type == "text"]
    text = flatten(tokens).text.strip()  # an image's words are no news of their own
    return any(ch.isalnum() for w in words for ch in w) and match_prefix(text, year) is None


def date_paragraph(
    tokens: list[Token], i: int, year: int | None, close
) -> tuple[int, list[Token]] | None:
    """At ``tokens[i]``, a paragraph that is only a day or month date followed by text
    paragraphs: (index after them, the item's tokens); ``None`` for anything else.
    ``close(tokens, k)`` is the index just past the block opening at ``k``."""
    if tokens[i].type != "paragraph_open":
        return None
    end = close(tokens, i)
    span = date_alone(flatten(tokens[i:end]).text, year)
    if span is None or span.precision is Precision.YEAR:
        return None
    texts: list[list[Token]] = []
    k = end
    while k < len(tokens) and tokens[k].type == "paragraph_open" and tokens[k].level == 0:
        after = close(tokens, k)
        block = tokens[k:after]
        if not undated_prose(block, year) or _only_bold(block):
            break
        if date_alone(flatten(block).text, year) is not None:  # the next item's date
            break
        texts.append(block)
        k = after
    listed = k < len(tokens) and tokens[k].type in _LISTS and _only_bold(tokens[i:end])
    if not texts or listed:  # **April 2026**, prose, a list: a heading over both
        return None
    first = texts[0]
    date_inline = tokens[i + 1]
    glue = [*(date_inline.children or []), Token("text", "", 0, content=" ")]
    merged = _paragraph(tokens[i], glue, first[1], date_inline.content + " ", first[2:])
    return k, merged + [t for block in texts[1:] for t in block]


def list_intro(tokens: list[Token], i: int, close) -> bool:
    """Whether the paragraph at ``tokens[i]`` introduces the list right after it: a
    short line ending with ``:``, or one the list interrupts (no blank line between,
    ``Two papers and a grant!`` then ``* …``). Under a date it is no item of its own."""
    if tokens[i].type != "paragraph_open" or tokens[i].level != 0:
        return False
    after = close(tokens, i)
    if after >= len(tokens) or tokens[after].type not in _LISTS:
        return False
    text = flatten(tokens[i:after]).text.strip()
    if not text or len(text.split()) > _INTRO_WORDS:
        return False
    here, there = tokens[i].map, tokens[after].map
    return text.endswith(":") or (here is not None and there is not None and there[0] <= here[1])


def _paragraph(
    opening: Token, before: list[Token], inline: Token, prefix: str, rest: list[Token]
) -> list[Token]:
    """``opening``, an inline token of ``before`` + ``inline``'s children, then ``rest``."""
    joined = Token(
        "inline", "", 0, content=prefix + inline.content,
        children=[*before, *(inline.children or [])], map=inline.map, level=inline.level,
        meta={DATED_ABOVE: True},
    )  # fmt: skip
    return [opening, joined, *rest]


def _only_bold(block: list[Token]) -> bool:
    """A paragraph that is only bold text: a label such as ``**Upcoming**``."""
    children = [c for c in block[1].children or [] if c.content.strip() or c.nesting]
    return (
        bool(children)
        and children[0].type == "strong_open"
        and children[-1].type == ("strong_close")
        and sum(c.type == "strong_open" for c in children) == 1
    )
