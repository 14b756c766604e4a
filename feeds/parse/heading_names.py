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


def heading_matches(name: str, wanted: list[str]) -> bool:
    """``name`` is one of ``wanted`` or contains one as whole words (``Recent news``);
    Chinese or Japanese words may stand inside a longer word (``最新动态``)."""
    words = f" {heading_words(name)} "
    for want in wanted:
        key = heading_words(want)
        if key and (f" {key} " in words or (_has_cjk(key) and key in words)):
            return True
    return False


def _has_cjk(text: str) -> bool:
    return beyond(text, "\u3040") and _CJK.search(text) is not None
