"""A later paragraph of an item that is only a date dates the item.

``- Talk at MIT`` then, after a blank line, ``  Nov 18, 2022`` (or ``*Nov 18, 2022*``,
``[Nov 18, 2022]``): the date stands apart under the item's words, as on a card.
"""

from __future__ import annotations

from ..model import DateSpan
from .dates import parse_date
from .inline import flatten

_FRAME = " \t\n*_[]()·—–-:|"  # what may frame the date: emphasis, brackets, a dash
_LONGEST = 48  # a date alone is short; a longer paragraph is words


def dated_paragraph(inlines: list, year: int | None) -> DateSpan | None:
    """The date of the first of ``inlines`` (an item's later paragraphs) that is a date
    and nothing else; None when none is."""
    for token in inlines:
        said = flatten([token]).text.strip(_FRAME)
        if said and len(said) <= _LONGEST and (span := parse_date(said, year)) is not None:
            return span
    return None
