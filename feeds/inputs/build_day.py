"""The day a build runs on (``--now``, else today), for the readers that show what a
site generator builds that day (:mod:`.hugo_publishing`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_DAY: ContextVar[dt.date | None] = ContextVar("build_day", default=None)


@contextmanager
def building_on(day: dt.date) -> Iterator[None]:
    """Read the site as it is built on ``day``, meanwhile."""
    token = _DAY.set(day)
    try:
        yield
    finally:
        _DAY.reset(token)


def build_day() -> dt.date:
    """The build's day: the one :func:`building_on` sets, else today."""
    return _DAY.get() or dt.date.today()
