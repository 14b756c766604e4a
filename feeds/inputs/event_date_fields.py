"""The date a post without one shows from a field named for its day: a page bundle of
a theme for events keeps no ``date:`` and its layout prints ``eventDate: "13-15 Novembre
2024"`` (also ``event_date``, ``event_dates``, ``dates``, ``when``), free text read with
the homepage date grammar (French month names, a range keeping its end). A ``date:``
(or the date the file's name gives) always wins over such a field."""

from __future__ import annotations

import datetime as dt
from typing import Any

EVENT_DATE_KEYS = ("eventdate", "event_date", "eventdates", "event_dates", "dates", "when")


def event_date_field(meta: dict[str, Any]) -> tuple[str, Any] | None:
    """(key as written, value) of the first field named for the day that holds a date
    or text, else ``None``."""
    lower = {str(k).lower(): (str(k), v) for k, v in meta.items()}
    for key in EVENT_DATE_KEYS:
        name, value = lower.get(key, (key, None))
        if isinstance(value, dt.date) or (isinstance(value, str) and value.strip()):
            return name, value
    return None
