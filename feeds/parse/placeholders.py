"""Text a script shows in a list until it fills it, never news: ``Loading…``, ``Loading
news...``, ``No news yet.``, ``Failed to load news.``, ``Cargando…``, ``加载中…``; and what
an author writes where news is still to come (``TBA``, ``Coming soon!``, ``待补充``), as an
item or as the heading of what is still to be written.

A page whose news list a script fills when it loads (``<ul id="news-list"><li>Loading…
</li></ul>``) shows a reader the list the script loads, never this text; an item that is
only such text is left out (with a warning saying why), so such a list is never
published as one undated "Loading…" item.
"""

from __future__ import annotations

import re

_WHAT = r"(?:news|updates|items|posts|entries|events|content|data|list)"
_PLACEHOLDER = re.compile(
    rf"(?:loading|fetching|retrieving)(?:\s+[\w-]+){{0,3}}"  # "Loading more news"
    rf"|no\s+(?:more\s+)?{_WHAT}\s+(?:yet|to\s+show|available|found)"
    rf"|(?:failed|unable)\s+to\s+load(?:\s+(?:the\s+)?{_WHAT})?"
    rf"|could\s+not\s+load(?:\s+(?:the\s+)?{_WHAT})?"
    r"|(?:please\s+)?enable\s+javascript(?:\s+to\s+(?:see|view|load)(?:\s+[\w-]+){0,3})?"
    r"|cargando|chargement(?:\s+en\s+cours)?|wird\s+geladen|laden|caricamento|carregando"
    r"|加载中|載入中|読み込み中|로딩\s*중",
)
# News still to come, in the languages of the news headings.
_TO_COME = re.compile(
    r"tb[ad]|to\s+be\s+(?:announced|added|updated|determined|continued|confirmed)"
    r"|(?:more\s+)?coming\s+soon|more\s+to\s+come|stay\s+tuned|under\s+construction"
    r"|(?:to\s?do|placeholder|work\s+in\s+progress|wip)|(?:more\s+)?news\s+soon"
    r"|próximamente|en\s+construcción|à\s+venir|bientôt|en\s+construction|prochainement"
    r"|demnächst|folgt(?:\s+(?:bald|in\s+kürze))?|in\s+arbeit|in\s+costruzione|prossimamente"
    r"|em\s+breve|em\s+construção"
    r"|待补充|待更新|待完善|待定|敬请期待|即将更新|持续更新中?|更新中|未完待续|準備中|近日公開|준비\s*중",
)
_EDGES = re.compile(r"^[\W_]+|[\s.…!。]+$")  # an icon before it, dots after it


def is_placeholder(text: str) -> bool:
    """Whether ``text`` is only what a script shows until it fills the list."""
    if len(text) > 200:  # never one; and _EDGES is quadratic on long runs of dots
        return False
    bare = _EDGES.sub("", text.strip().lower())
    return len(bare) <= 60 and _PLACEHOLDER.fullmatch(bare) is not None


def is_to_come(text: str) -> bool:
    """Whether ``text`` only says that news is still to come (``TBA``, ``Coming soon...``)."""
    if len(text) > 200:
        return False
    bare = _EDGES.sub("", text.strip().lower())
    return len(bare) <= 60 and _TO_COME.fullmatch(bare) is not None


def says_no_news(text: str) -> bool:
    """:func:`is_placeholder` or :func:`is_to_come` (the text made bare once: every item asks)."""
    if len(text) > 200:
        return False
    bare = _EDGES.sub("", text.strip().lower())
    return len(bare) <= 60 and (
        _PLACEHOLDER.fullmatch(bare) is not None or _TO_COME.fullmatch(bare) is not None
    )


def placeholder_note(text: str) -> str:
    """The warning for a placeholder item."""
    if is_to_come(text):
        return f"{text.strip()!r} says news is still to come, not news; left out"
    return (
        f"{text.strip()!r} is a placeholder a script replaces when the page loads, not news; "
        "left out (the news it loads is read only from a file of the site)"
    )
