"""A month written month first in a data file's ``date:`` field (``date: 06-2026``,
``6-2026``): in a field that holds only a date, the two numbers cannot be a day and a
month, so it is June 2026, written ``2026-06`` for the item parser (which reads ``06/2026``,
``2026-06`` and ``June 2026`` already)."""

from __future__ import annotations

import re

_MONTH_DASH_YEAR = re.compile(r"\A(0?[1-9]|1[0-2])\s*-\s*((?:19|20)\d\d)\Z")


def month_first_field(text: str) -> str:
    """``"2026-06"`` for the field ``"06-2026"``; any other text as it is."""
    found = _MONTH_DASH_YEAR.match(text)
    return f"{found.group(2)}-{int(found.group(1)):02d}" if found else text
