"""al-folio's demo announcements: the ``_news/`` files the template ships, never the owner's news.

al-folio (and its forks such as multi-language-al-folio) comes with three example news
files, ``announcement_1.md`` .. ``announcement_3.md``, dated 2015-2016. Many sites keep
them next to their own news, or instead of any; published, they would be the template's
words in the owner's feed. A file is the demo when it shows the template's own text,
matched exactly (white space aside), never by likeness:

- an inline announcement whose whole body is one of the template's inline texts;
- a post whose title is the template's long announcement's and whose first paragraph is
  that announcement's opening (its body is lorem ipsum after it).

A file the owner edited (their own words under the template's leftover ``title:``, as an
inline item shows only its body) is theirs.
"""

from __future__ import annotations

import re
from typing import Any

from ..diagnostics import Reporter

# The bodies of al-folio's inline demos (announcement_1.md, announcement_3.md).
_INLINE_TEXTS = frozenset(
    {
        "A simple inline announcement.",
        "A simple inline announcement with Markdown emoji! :sparkles: :smile:",
    }
)
# announcement_2.md: its title and its first paragraph; multi-language-al-folio's
# Brazilian Portuguese copy too.
_LONG_POSTS = frozenset(
    {
        (
            "A long announcement with details",
            "Announcements and news can be much longer than just quick inline posts. In fact, "
            "they can have all the features available for the standard blog posts. See below.",
        ),
        (
            "Um anúncio longo com detalhes",
            "Anúncios e notícias podem ser muito mais longos do que apenas postagens rápidas em "
            "uma linha. Na verdade, eles podem ter todos os recursos disponíveis para as "
            "postagens padrão do blog. Veja abaixo.",
        ),
    }
)
_SPACE = re.compile(r"\s+")
DEMO = "demo"  # the warning's code


def _words(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def is_demo_announcement(meta: dict[str, Any], body: str) -> bool:
    """Whether a ``_news/`` document (front matter ``meta``, ``body`` after it) is one of
    al-folio's demo announcements, unedited."""
    if meta.get("inline"):
        return _words(body) in _INLINE_TEXTS
    title = meta.get("title")
    if not isinstance(title, str):
        return False
    opening = body.strip().split("\n\n", 1)[0]
    return (_words(title), _words(opening)) in _LONG_POSTS


def report_demos(sources: list[str], reporter: Reporter) -> None:
    """One warning naming every demo announcement left out (none: nothing)."""
    if not sources:
        return
    one = len(sources) == 1
    what = "demo announcement" if one else "demo announcements"
    them = "it" if one else "them"
    reporter.warn(
        ", ".join(sources),
        None,
        f"al-folio's {what}, left out; delete {them} or edit {them}",
        code=DEMO,
    )
