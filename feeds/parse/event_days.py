"""The day of a talk written without its year after the item's leading date.

``- Apr 2024: Talk at MIT (Apr 5)``: the day ending the item takes the leading date's year
(``Dec 2023: … (Jan 3)``: the next year's January), as a reader reads it. It must fall in
the leading date or in the few months after it (an announcement ahead of the talk); a day
before the leading date, or long after it, makes no sense as the talk's day and is left
where it is. A yearless range of months starting in the leading date is its months in the
same way (``Summer 2024: … (June - August)``, ``2024: … (Nov - Feb)``).
"""

from __future__ import annotations

from ..model import DateSpan, Precision
from .dates import DateMatch
from .describe import Described
from .locate import trailing_date, within

AHEAD = 3  # months after the leading date's last month a talk may be announced


def yearless_day(
    text: str, lo: int, leading: DateSpan
) -> tuple[DateMatch, tuple[int, int], Described] | None:
    """The yearless day (or day range) ending ``text`` read in ``leading``'s year or the
    next, when it lies in ``leading`` or up to :data:`AHEAD` months after it; or the
    yearless range of months starting in ``leading``; else None."""
    year = leading.start.year
    found = trailing_date(text, lo, year)
    if found[0] is None or found[0].span.precision is Precision.YEAR:
        return None
    if trailing_date(text, lo, None)[0] is not None:
        return None  # it says its year: not ours to change
    if found[0].span.precision is Precision.MONTH:  # "Summer 2024: … (June - August)"
        return found if found[0].span.ranged and within(found[0].span, leading) else None
    if found[0].span.start < leading.start:
        found = trailing_date(text, lo, year + 1)  # "Dec 2023: … (Jan 3)"
        if found[0] is None or found[0].span.start < leading.start:
            return None
    day = found[0].span.start
    months = (day.year - leading.end.year) * 12 + day.month - leading.end.month
    return found if months <= AHEAD else None
