"""A list entry that holds a sub-list: a group heading, or one item with its sub-list.

The Markdown reader (:mod:`.sections`) and the HTML reader (:mod:`.html_items`) ask the
same question of ``- head`` + indented entries (``<li>head<ul>…</ul></li>``):

- a head that is empty or only a date (``- 2021``, ``<li><b>Nov 2018</b><ul>``) heads a
  group: the entries below are the items, dated by its year (and month) when they say
  less;
- a date and a short name (``- 2021: Talks``), or a short name alone (``- Talks``,
  ``- Older news``), heads a group too, as such a heading does (:mod:`.heading_items`);
  a year before or after a short name without a colon (``- 2021 Talks``, ``- **2021**
  news``, ``- Talks 2021``) is that name's group of that year;
- a date and a sentence (``- Oct 2021: Joined the Loom Lab``, ``- Joined the Loom Lab,
  Oct 2021``) is one item whose sub-list is its body (the details under it, dated or not,
  as nested entries belong to the entry they are under);
- any other head is one item with its sub-list (``- Joined the lab (see below)``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it.token import Token

from ..model import DateSpan, Precision
from .date_paragraphs import bare_date_text
from .dates import match_prefix, parse_date
from .locate import trailing_date

GROUP, ITEM = "group", "item"
_MARKUP = re.compile(r"[*_\\`]|!?\[(?=[^\]]*\]\()|\]\([^)]*\)|<[^>]*>")
_WORD = re.compile(r"[^\W\d_]+")
_SHORT_NAME = 4  # words of a group's name without a date ("Talks and papers", "Older news")
_AFTER_YEAR = 6  # a year and fewer words names a group ("2021: Papers and talks")
_YEAR_BY_NAME = re.compile(r"^((?:19|20)\d\d)\s+(?=[^\W\d_])|(?<=[^\W\d_])\s+((?:19|20)\d\d)$")


@dataclass(frozen=True)
class ListHead:
    """What a list entry's head is (``GROUP`` or ``ITEM``), and the year and month a
    group gives."""

    role: str
    year: int | None = None
    month: int | None = None


def list_head(head: str, year: int | None) -> ListHead:
    """What the head of a list entry holding a sub-list is: ``head`` its Markdown inline
    text, ``year`` the group's it is in."""
    plain = _MARKUP.sub("", head).strip()
    bare = plain.strip(" :")  # brackets kept: "Joined X [Oct 2021]" ends with its date
    if not bare.strip(" []"):
        return ListHead(GROUP, year)
    # "2021", "**[Nov 2018]**", "Oct 3" (of the group's year)
    if (span := parse_date(bare_date_text(bare), year)) is not None:
        return _group(span, year)
    if (lead := match_prefix(bare, year)) is not None:  # "Oct 2021: Joined X", "Oct 3: …"
        span, words = lead.span, len(_WORD.findall(bare[lead.end :]))
        sentence = words >= (_AFTER_YEAR if span.precision is Precision.YEAR else 2)
    elif (found := trailing_date(bare, 0, year))[0] is not None:  # "Joined X, Oct 2021"
        span, words = found[0].span, len(_WORD.findall(bare[: found[1][0]]))
        sentence = words >= (_AFTER_YEAR if span.precision is Precision.YEAR else 2)
    else:  # a short name, perhaps with a year and no colon: "Talks", "2021 Talks"
        said = _YEAR_BY_NAME.search(bare)
        name = _YEAR_BY_NAME.sub("", bare)
        if "(" in bare or len(name.split()) > _SHORT_NAME:
            return ListHead(ITEM, year)
        return ListHead(GROUP, int(said[1] or said[2]) if said else year)
    return ListHead(ITEM, year) if sentence else _group(span, year)  # "2021: Talks": a group


def in_month(items: list, year: int | None, month: int | None) -> None:
    """The ``items`` a group of ``year`` and ``month`` holds (``.year``, ``.month``),
    without a month of an inner group, dated in that month."""
    for item in items:
        if month is not None and getattr(item, "year", None) == year and item.month is None:
            item.month = month


def sub_list(tokens: list[Token]) -> int | None:
    """Where the sub-list of a Markdown list entry's inner ``tokens`` opens, if it has one."""
    return next(
        (
            k
            for k, t in enumerate(tokens)
            if t.type in ("bullet_list_open", "ordered_list_open") and t.level == tokens[0].level
        ),
        None,
    )


def _group(span: DateSpan, year: int | None) -> ListHead:
    """A group dated by ``span`` (its year and month, when it is within one), else by
    ``year``, the enclosing group's."""
    if span.start.year != span.end.year:
        return ListHead(GROUP, year)
    one_month = span.start.month == span.end.month
    return ListHead(GROUP, span.start.year, span.start.month if one_month else None)
