"""Which pages Hugo builds on the day of the build: not a page published later (its
``publishDate``, else its ``date``, after the build's day) unless the site sets
``buildFuture = true``, nor one whose ``expiryDate`` has passed unless it sets
``buildExpired = true``. The keys are the site's ``[frontmatter]`` ``publishDate`` and
``expiryDate`` settings when it has them (``:default`` standing for Hugo's own), else
Hugo's: ``publishDate``, ``pubdate``, ``published``, ``date``; ``expiryDate``,
``unpublishdate``. The build's day is ``--now``, else today (:mod:`.build_day`): a page
dated later is left out, as the site shows it that day, and comes in once it is due.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .build_day import build_day

PUBLISH_KEYS = ("publishdate", "pubdate", "published", "date")
EXPIRY_KEYS = ("expirydate", "unpublishdate")
_DAY = re.compile(r"\A\s*(\d{4}-\d{2}-\d{2})")


def not_built(meta: dict[str, Any], config: dict[str, Any]) -> str | None:
    """Why Hugo does not build the page of front matter ``meta`` on the build's day (a
    few words), ``None`` when it builds it."""
    today = build_day()
    published = _day(meta, _keys(config, "publishdate", PUBLISH_KEYS))
    if published is not None and published > today and config.get("buildfuture") is not True:
        return f"published on {published.isoformat()}, after the build's day"
    expiry = _day(meta, _keys(config, "expirydate", EXPIRY_KEYS))
    if expiry is not None and expiry < today and config.get("buildexpired") is not True:
        return f"expired on {expiry.isoformat()}"
    return None


def _keys(config: dict[str, Any], name: str, default: tuple[str, ...]) -> tuple[str, ...]:
    section = config.get("frontmatter")
    setting = next(
        (v for k, v in section.items() if str(k).lower() == name), None
    ) if isinstance(section, dict) else None  # fmt: skip
    if isinstance(setting, str):
        setting = [setting]
    if not isinstance(setting, list) or not setting:
        return default
    keys: list[str] = []
    for key in (str(s).strip().lower() for s in setting):
        keys += default if key == ":default" else [key] if key and not key.startswith(":") else []
    return tuple(dict.fromkeys(keys))


def _day(meta: dict[str, Any], keys: tuple[str, ...]) -> dt.date | None:
    """The day of the first of ``keys`` that ``meta`` gives a date in (as written)."""
    lower = {str(k).lower(): v for k, v in meta.items()}
    for key in keys:
        value = lower.get(key)
        if isinstance(value, dt.date):
            return value.date() if isinstance(value, dt.datetime) else value
        found = _DAY.match(value) if isinstance(value, str) else None
        if found is not None:
            try:
                return dt.date.fromisoformat(found.group(1))
            except ValueError:
                return None
    return None
