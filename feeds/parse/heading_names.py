"""Whether a heading names what is wanted: its words hold one of the names given
(``news_headings``, ``archive_headings``: ``## Recent News!`` names ``News``).

Asked of every heading of a site, by the section reader (:mod:`.sections`) and the
readers of the other inputs, so a heading's words are kept per text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lazy_pattern import beyond, lazy

_CJK = lazy(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _words(text: str) -> str:
    """A heading as space-separated lower-case words: ``📰 Recent News!`` → ``recent news``."""
    return " ".join(re.findall(r"[^\W_]+", text.lower().replace("’", "").replace("'", "")))


# kept per text: the news headings are asked again for every heading of a site (applied by
# assignment, not as a decorator, so mutation tests reach the function)
heading_words = lru_cache(maxsize=4096)(_words)


# A name qualified by one of these words names a showcase, not news: "Research Highlights"
# (cards of research topics), "Selected Highlights"; "Highlights" alone is news.
SHOWCASES: dict[str, frozenset[str]] = {
    "highlights": frozenset(
        {
            "research", "project", "projects", "publication", "publications", "paper",
            "papers", "selected", "scientific", "science",
        }
    ),
}  # fmt: skip


def heading_matches(name: str, wanted: list[str]) -> bool:
    """``name`` is one of ``wanted`` or contains one as whole words (``Recent news``),
    except where a word before it makes it a showcase (:data:`SHOWCASES`); Chinese or
    Japanese words may stand inside a longer word (``最新动态``)."""
    words = f" {heading_words(name)} "
    for want in wanted:
        key = heading_words(want)
        if key and _showcase(words, key):
            continue
        if key and (f" {key} " in words or (_has_cjk(key) and key in words)):
            return True
    return False


def _showcase(words: str, key: str) -> bool:
    """Whether every place ``key`` stands in ``words`` follows a showcase's qualifier."""
    qualifiers = SHOWCASES.get(key)
    if not qualifiers:
        return False
    found = re.findall(rf"(\S*) {re.escape(key)} ", words)
    return bool(found) and all(before in qualifiers for before in found)


def _has_cjk(text: str) -> bool:
    return beyond(text, "\u3040") and _CJK.search(text) is not None
