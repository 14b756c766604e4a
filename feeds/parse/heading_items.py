"""Headings that are news items: inside a news section, a heading that opens with a
date and goes on with a sentence (``<h3><b>Jun 2024</b> - New preprint on …</h3>``,
``### May 2024: Gave a talk at …``) is one item, not a subsection that would close or
empty the section. A heading that is only a date (``### March 2024``) or a date with a
short name (``### 2024: Talks``, ``## 2023 and before``) stays a heading.
"""

from __future__ import annotations

import re

from ..model import Precision
from .dates import match_prefix

_MARKUP = re.compile(r"[*_\\`]|!?\[(?=[^\]]*\]\()|\]\([^)]*\)|<[^>]*>")
_WORD = re.compile(r"[^\W\d_]+")
# Words after the date that make a sentence rather than a subsection's name: fewer
# after a year alone ("2024: Papers, talks and other news" names a subsection).
_AFTER_DAY_OR_MONTH = 2
_AFTER_YEAR = 6


def is_heading_item(text: str) -> bool:
    """Whether heading ``text`` (Markdown inline text) is a dated news item."""
    plain = _MARKUP.sub("", text).strip()
    found = match_prefix(plain)
    if found is None:
        return False
    words = _WORD.findall(plain[found.end :])
    least = _AFTER_YEAR if found.span.precision is Precision.YEAR else _AFTER_DAY_OR_MONTH
    return len(words) >= least
