"""A dotted date with a two-digit year and one- or two-digit day and month opening an
item, ``(8.31.23) …``, ``12.2.23: …``: day first as Europeans write it, month first on
a page whose dates show it (``8.31.23``) or that writes US English (:mod:`.reading`).

Not in :data:`~feeds.parse.dates.grammar.RULES`: inside a sentence ``3.10.12`` is as often a
version as a day. ``26.10.17`` with two digits each is :mod:`.short_year`'s anywhere.
"""

from __future__ import annotations

import re

from ...model import DateSpan, Precision
from ._common import make_day, span
from .reading import dotted_day_first
from .short_year import full_year

PATTERN = r"(?P<dsa>[0-3]?\d)\.(?P<dsb>[0-3]?\d)\.(?P<dsy>\d\d)(?![\d/-]|\.\d)"


def build(m: re.Match[str]) -> DateSpan | None:
    a, b = int(m["dsa"]), int(m["dsb"])
    month, day = (b, a) if a > 12 or (b <= 12 and dotted_day_first()) else (a, b)
    found = make_day(full_year(m["dsy"]), month, day)
    return span(found, found, Precision.DAY, ranged=False)
