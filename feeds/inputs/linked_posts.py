"""A post listed by its title and linked to its own page (a Jekyll post, a blog post of
MkDocs Material): one news item whose words are its title, typed by the title and, when
the title says nothing, by what follows it; when it names an event attended, a talk its
opening says was given there is the type."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape
from pathlib import Path

from ..model import DateSpan, Item, Link
from ..parse.types import type_of


def linked_post(
    title: str, url: str, span: DateSpan, source: Path, line: int, more: Callable[[], str]
) -> Item:
    """The item of a post ``title`` at ``url``; ``more()`` gives the words after the title
    (its description, its opening), read only when the title alone types it news."""
    item = Item(
        kind="News",
        kind_slug="news",
        title=title,
        text=title,
        html=f'<p><a href="{escape(url)}">{escape(title, quote=False)}</a></p>',
        section="news",
        source=source,
        line=line,
        span=span,
        links=[Link(title, url)],
    )
    item.type = type_of(item)
    if item.type == "news":  # the title says nothing: what follows it may
        item.text = f"{title}. {more()}"
        item.type = type_of(item)
        item.text = title
    elif item.type == "event" and _ATTENDED.search(title) and (opening := more()):  # "Xに参加":
        item.text = opening  # where the person went; the opening says what was done there
        said = type_of(item)
        item.type = said if said == "talk" else "event"
        item.text = title
    return item


# A title saying the person attended (not a guest's seminar hosted, "X博士のセミナー", nor a
# meeting organised, "…を企画": their talks are the guest's or the speakers').
_ATTENDED = re.compile(r"(?:に|へ)参加|に出席|^(?:attend|participat)(?:ed|s|ing|es)?\b", re.I)
