"""A numeric day and month without a year that opens an item, ``**12/3:**``, ``[4/5]``,
``30/4 -``: read as the page reads its numeric dates (:mod:`.reading`: day first when
one of them can only be, ``30/4``), only with a context year (a heading's, or the one
:mod:`feeds.parse.yearless` finds for a list of such items).

Ending a text it is taken only alone (``**12/3**``): "scored 3/4" is not a date."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import make_day, span
from .reading import day_first

PATTERN = r"(?<![\w/.])(?P<sla>[0-3]?\d)/(?P<slb>[0-3]?\d)(?=\s*[:\])\]–—|-]|\Z)"


def build(m: re.Match[str], year: int) -> DateSpan | None:
    day, month = (m["sla"], m["slb"]) if day_first() else (m["slb"], m["sla"])
    if m.end("slb") == len(m.string) and m.string[: m.start("sla")].strip(" \t[(*_"):
        return None  # "… scored 3/4": a number ending a sentence
    found = make_day(year, month, day)
    return span(found, found, Precision.DAY, ranged=False)
