"""Kinds asked for that name nothing: ``--kind``, ``kind_feeds`` and ``calendar.kinds``.

A wanted kind is good when it names an item type (``talk``, ``paper``, …; see
:mod:`feeds.parse.types`) or a label the site's items use (:func:`feeds.kinds.kind_matches`).
Any other word (``--kind nosuch``, a misspelt ``kind_feeds = ["talkz"]``) would select
nothing, silently: an empty listing, an empty feed or calendar. It is an error instead,
naming the option or the setting (``feeds.toml:LINE`` when the file sets it) and the types.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .config import CONFIG_NAME, setting_line
from .diagnostics import BuildError, display_path
from .kinds import kind_matches
from .parse.types import TYPES
from .site import Site

# setting name -> how feeds.toml writes it, and the option of `feeds build`
_SETTINGS = {"kind_feeds": "kind_feeds", "calendar_kinds": "calendar.kinds"}


def unknown_kinds(wanted: Iterable[str], sites: Iterable[Site]) -> list[str]:
    """The ``wanted`` kinds that name no type and no label of any item of ``sites``."""
    labels = {event.kind_slug for site in sites for event in site.events}
    return [
        kind
        for kind in wanted
        if not any(kind_matches("", kind, type_) for type_ in TYPES)
        and not any(kind_matches(label, kind) for label in labels)
    ]


def _problem(where: str, unknown: list[str]) -> str:
    names = ", ".join(repr(k) for k in unknown)
    return (
        f"{where}: {names} names no type and no label of the site's items; "
        f"the types are {', '.join(TYPES)} (or use a label the news list writes)"
    )


def check_listed_kinds(kinds: Iterable[str], sites: list[Site]) -> None:
    """``feeds list --kind K``: refuse a K that names nothing (:class:`BuildError`)."""
    if unknown := unknown_kinds(kinds, sites):
        raise BuildError(_problem("--kind", unknown))


def check_setting_kinds(sites: list[Site], overrides: dict[str, Any] | None = None) -> None:
    """``kind_feeds`` and ``calendar.kinds``: refuse a kind that names nothing, naming where
    it was set (the option, ``feeds.toml:LINE``, or the setting as the file writes it)."""
    site = sites[0]
    for name, written in _SETTINGS.items():
        if not (unknown := unknown_kinds(getattr(site.settings, name), sites)):
            continue
        if (overrides or {}).get(name) is not None:
            where = "--" + name.replace("_", "-")
        else:
            path = site.content_dir / CONFIG_NAME
            where = f"{setting_line(str(path), name)}: {written}" if path.is_file() else written
            where = where.replace(str(path), display_path(Path(path)), 1)
        raise BuildError(_problem(where, unknown))
