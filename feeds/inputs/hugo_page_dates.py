"""The date Hugo gives a page (``.Date``): the first of its front-matter keys that holds
one, in the order of the site's ``[frontmatter] date = [...]`` setting, by default
``date``, ``publishDate``, ``pubdate``, ``published``, ``lastmod``, ``modified`` (keys
read whatever their case); ``:default`` in the setting stands for that list and
``:filename`` for the day a page's name begins with (``2024-03-05-slug.md``, a bundle's
folder ``2024-03-05-slug/index.md``). ``:fileModTime`` and ``:git`` are never the day of
the news (they change with every copy of the site) and are passed over.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

DEFAULT_DATE_KEYS = ("date", "publishdate", "pubdate", "published", "lastmod", "modified")
FILENAME = ":filename"
_NAME_DAY = re.compile(r"\A(\d{4}-\d{2}-\d{2})(?:[-_]|\Z)")


def date_keys(config: dict[str, Any]) -> tuple[str, ...]:
    """The keys (lower-cased, and ``:filename``) a page's date is read from, in the order
    of the site's ``[frontmatter]`` ``date`` setting, else Hugo's default order."""
    section = config.get("frontmatter")
    setting = next(
        (v for k, v in section.items() if str(k).lower() == "date"), None
    ) if isinstance(section, dict) else None  # fmt: skip
    if isinstance(setting, str):
        setting = [setting]
    if not isinstance(setting, list) or not setting:
        return DEFAULT_DATE_KEYS
    keys: list[str] = []
    for name in (str(s).strip().lower() for s in setting):
        keys += DEFAULT_DATE_KEYS if name == ":default" else [name] if name else []
    return tuple(dict.fromkeys(keys))


def page_date(meta: dict[str, Any], path: Path, keys: tuple[str, ...]) -> tuple[str, Any]:
    """(key, value) of the page's date: the first of ``keys`` that holds one (a flag
    such as ``published: true`` is no date); ``("date", None)`` when none does."""
    lower = {str(k).lower(): (str(k), v) for k, v in meta.items()}
    for key in keys:
        if key == FILENAME:
            day = name_day(path)
            if day is not None:
                return FILENAME, day
            continue
        name, value = lower.get(key, (key, None))
        if value not in (None, "") and not isinstance(value, bool | dict | list):
            return name, value
    return "date", None


def name_day(path: Path) -> str | None:
    """The day a page's name begins with (its folder's for a bundle's ``index.md``)."""
    name = path.parent.name if path.stem.split(".")[0] in ("index", "_index") else path.stem
    match = _NAME_DAY.match(name)
    if match is None:
        return None
    try:
        dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None
    return match.group(1)
