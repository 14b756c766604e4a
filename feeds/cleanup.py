"""Removing the outputs a build no longer makes: the ``.ics`` of talks now past.

Only files the build itself made are removed: those in the folder whose content
carries the build's marker (the ``PRODID`` line of a one-talk calendar). A file put
there by hand, or by another tool, stays.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def remove_stale(out_dir: Path, folder: str, keep: Iterable[str], marker: bytes) -> list[str]:
    """Delete ``out_dir/folder/*.ics`` files holding ``marker`` whose name (``folder/x.ics``)
    is not in ``keep``; return the names removed, sorted."""
    place = out_dir / folder
    if not place.is_dir():
        return []
    wanted = set(keep)
    removed = []
    for path in sorted(place.glob("*.ics")):
        name = f"{folder}/{path.name}"
        if name in wanted or not path.is_file():
            continue
        try:
            if marker not in path.read_bytes():
                continue
            path.unlink()
        except OSError:
            continue  # unreadable or locked: leave it
        removed.append(name)
    return removed
