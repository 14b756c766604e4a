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


_NUMBERED = re.compile(r"^([ \t]*)(\d{1,2})\.[ \t]", re.MULTILINE)


def escape_day_dots(source: str) -> str:
    """``source`` with the dot after a leading day escaped wherever a dated month follows,
    unless the line counts on an ordered list whose numbers follow one another (``1. Nov
    2023: …`` then ``2. Oct 2023: …``: the list's numbers, not days)."""
    if ". " not in source:
        return source
    counted = _counted(source)
    return _DAY_DOT.sub(
        lambda m: m.group() if not m[1].strip() and m.start() in counted else m.expand(r"\1\2\\."),
        source,
    )


def _counted(source: str) -> set[int]:
    """Where the numbered lines of ``source`` that count on from (or to) the numbered
    line before (or after) them at the same indent begin: ``1.``, ``2.``, ``3.``."""
    lines = [(m.start(), m[1], int(m[2])) for m in _NUMBERED.finditer(source)]
    counted: set[int] = set()
    for (at, indent, number), (after, indent2, number2) in zip(lines, lines[1:], strict=False):
        gap = source[at:after]
        if indent == indent2 and number2 == number + 1 and gap.count("\n\n") <= 1:
            counted.update((at, after))
    return counted
