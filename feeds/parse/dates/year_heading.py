"""A heading that is only a year, as year headings of a news list are written: ``2022``,
and in Chinese, Japanese and Korean with the year's word, ``2026年``, ``2026 年``,
``2024년``. Only a whole heading (or date line) is read so: ``2025年`` inside a sentence
("2025年优秀硕士学位论文") dates nothing here.

A year with a word for news beside it, the way a news list or a changelog titles its
year groups (``### 2023 Highlights``, ``### 2024 Updates``, ``## News 2022``), is a year
heading too (:func:`news_heading_year`); a year named with other words (``### 2023
Papers``, ``## ICML 2024``) is not."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import make_day, span

PATTERN = r"(?P<hy>(?:19|20)\d\d)(?:\s*[年년])?"
_WHOLE = re.compile(PATTERN)
_NEWS_WORD = r"(?:news|updates?|highlights?|announcements?)"
_YEAR = r"(?:19|20)\d\d"
_NEWS_YEAR = re.compile(
    rf"{_NEWS_WORD}:?\s+(?P<after>{_YEAR})|(?P<before>{_YEAR}):?\s+{_NEWS_WORD}", re.IGNORECASE
)


def build(m: re.Match[str]) -> DateSpan | None:
    year = int(m["hy"])
    return span(make_day(year, 1, 1), make_day(year, 12, 31), Precision.YEAR, False)


def heading_year(text: str) -> int | None:
    """The year ``text`` is (``2026年``), else ``None``."""
    found = _WHOLE.fullmatch(text.strip())
    return int(found["hy"]) if found else None


def news_heading_year(text: str) -> int | None:
    """The year of a heading that is a year and a word for news (``2023 Highlights``,
    ``News 2022``), else ``None``."""
    found = _NEWS_YEAR.fullmatch(text.strip())
    return int(found["after"] or found["before"]) if found else None
