"""A numeric day and month without a year that opens an item, ``**12/3:**``, ``[4/5]``,
``30/4 -``: read as the page reads its numeric dates (:mod:`.reading`: day first when
one of them can only be, ``30/4``), only with a context year (a heading's, or the one
:mod:`feeds.parse.yearless` finds for a list of such items).

Ending a text it is taken only alone (``**12/3**``): "scored 3/4" is not a date. Before
Japanese or Chinese words it is one: ``4/1から1年間…`` (from April 1st), ``4/1 海外で…``
(never a fraction: ``1/2の学生``, ``1/2 of the group``)."""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import make_day, span
from .reading import day_first

PATTERN = (
    r"(?<![\w/.])(?P<sla>[0-3]?\d)/(?P<slb>[0-3]?\d)(?=\s*[:\])\]–—|-]|\Z"
    r"|から|より|\s+[\u3040-\u30ff\u4e00-\u9fff])"  # Japanese after it: "4/1から", "4/1 海外で"
)


def build(m: re.Match[str], year: int) -> DateSpan | None:
    day, month = (m["sla"], m["slb"]) if day_first() else (m["slb"], m["sla"])
    if m.end("slb") == len(m.string) and m.string[: m.start("sla")].strip(" \t[(*_"):
        return None  # "… scored 3/4": a number ending a sentence
    found = make_day(year, month, day)
    return span(found, found, Precision.DAY, ranged=False)
