"""Data entries grouped under a month (``[{"month": "June 2023", "items": [...]}]``,
``month: 2026年4月``) or a day (``- date: "Jan 16, 2026"`` over ``items:`` of plain
strings, each a line the page shows under that date): an entry with no date of its own
is dated in its group's month or day, as the page shows it under that heading, not only
in its year."""

from __future__ import annotations

from typing import Any

from ..model import Precision
from ..parse.dates import match_prefix, parse_date
from .data_entry import TEXT_KEYS, is_words, iso_span


def date_by_month(heading: Any, inner: Any) -> None:
    """Give the undated entries of ``inner`` (a group's list) the month or day
    ``heading`` names (a plain string becomes an entry of that text); entries whose
    words open with their own date keep it."""
    if not isinstance(inner, list) or not isinstance(heading, str):
        return
    span = parse_date(heading.strip())
    if span is None or span.precision not in (Precision.MONTH, Precision.DAY):
        return
    for n, entry in enumerate(inner):
        if isinstance(entry, str) and is_words(entry):  # a plain line: its words
            if match_prefix(entry.strip(), span.start.year) is None:
                inner[n] = {"text": entry, "date": iso_span(span)}
            continue
        if not isinstance(entry, dict) or any(
            entry.get(k) not in (None, "") for k in ("date", "month", "day")
        ):
            continue
        words = [str(entry[k]) for k in TEXT_KEYS if is_words(entry.get(k))]
        if words and match_prefix(words[0].strip(), span.start.year) is None:
            entry["date"] = iso_span(span)
