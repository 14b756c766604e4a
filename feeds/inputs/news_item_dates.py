"""The date of one file of a news collection (:mod:`.news_collection`): its front matter's
``date:``, said when it is missing or unreadable (the item is published undated); for an
inline item, refined by a date its body gives (the same day, with a time).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..diagnostics import Reporter
from ..model import DateSpan, Precision
from ..parse.locate import refines
from .documents import front_date_or_warn
from .front_dates import front_date


def shown_date(front: DateSpan | None, body: DateSpan | None) -> DateSpan | None:
    """An inline item's date: its front matter's, which the list shows beside it; a date
    in the body (the day of the event it announces) never replaces it, only refines it
    (the same day, with a time), or dates an item without one when it names a day."""
    if front is None:
        return body if body and body.precision is Precision.DAY else None
    return body if body is not None and refines(body, front) else front


def item_date(
    key: str, value: Any, text: str, source: str, tz: dt.tzinfo | None, reporter: Reporter
) -> DateSpan | None:
    return front_date_or_warn(
        value,
        lambda value: front_date(value, tz),
        text,
        source,
        key,
        reporter,
        what="news item",
        example="2022-11-18 or 2022-11-18 15:00:00 -0500",
    )
