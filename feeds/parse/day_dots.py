"""A day written the German way at a line's start, ``- 3. März 2024: …``.

Markdown reads ``3.`` opening a line (or a bullet's text) as an ordered-list marker, so
the day vanished into the list's numbering and the item was dated to its month. Where a
month name and a year follow, the dot is escaped (``3\\. März 2024``): the reader sees the
same text and the day stays part of the date. Any other numbered line stays a list.
"""

from __future__ import annotations

import re

from .dates.words import month_re

_DAY_DOT = re.compile(
    r"^([ \t]*(?:[-*+][ \t]+)?)((?:[12]\d|3[01]|0?[1-9]))\.(?=[ \t]+"
    + month_re("month")
    + r"[ \t]*,?[ \t]*(?:\d{4}|['’]\d\d)(?!\d))",
    re.MULTILINE | re.IGNORECASE,
)


def escape_day_dots(source: str) -> str:
    """``source`` with the dot after a leading day escaped wherever a dated month follows."""
    if ". " not in source:
        return source
    return _DAY_DOT.sub(r"\1\2\\.", source)
