"""The time zone a JavaScript site shows its dates in, when its code names one.

A content collection's front matter may hold an instant (``dateFrom:
'2024-11-29T16:00:00.000Z'``: a CMS such as TinaCMS saves the author's midnight in UTC),
and the site shows it through a date format that names its zone
(``toLocaleString('en-US', { day: 'numeric', month: 'long', timeZone: 'Asia/Singapore'
})``): a reader there sees the 30th, the day the author chose. The zone is the one
named by the ``timeZone:`` options of the homepage component and the components it
imports, when they name one (``'UTC'`` is one too); none, or several different ones,
and an instant is read as written, in its own offset. A date with no time
(``2024-11-30``) is that day whatever the zone.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .js_sites import homepage_component, reached_components

_ZONE = re.compile(r"""\btimeZone\s*:\s*(['"`])([A-Za-z][\w+-]*(?:/[\w+-]+)*)\1""")


def display_zone(site_dir: Path) -> dt.tzinfo | None:
    """The one zone the site's date formats name, else ``None``."""
    home = homepage_component(site_dir)
    if home is None:
        return None
    zones = {
        found.group(2)
        for _, text in reached_components(home, site_dir)
        for found in _ZONE.finditer(text)
    }
    if len(zones) != 1:
        return None
    try:
        return ZoneInfo(zones.pop())
    except (ZoneInfoNotFoundError, ValueError):
        return None
