"""Which items are of a kind: one rule for the calendar, per-kind feeds and ``feeds list``.

Kinds are compared as slugs made singular word by word (``Talks`` → ``talk``); a wanted
kind matches an item when its words stand, whole and in order, in the item's kind:
``talk`` matches ``Talk``, ``Talks``, ``Invited Talk`` and ``Keynote talk``; ``paper``
matches ``Paper release``; ``talk`` does not match ``Talking points``.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from .text import slugify


def singular(slug: str) -> str:
    """``paper-releases`` → ``paper-release`` (a plain final ``s`` dropped per word)."""
    return "-".join(
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) else w
        for w in slug.split("-")
    )


@cache
def kind_matches(kind_slug: str, wanted: str) -> bool:
    """Whether an item whose kind slug is ``kind_slug`` is of kind ``wanted``."""
    want = singular(slugify(wanted)).split("-")
    have = singular(kind_slug).split("-")
    return any(have[i : i + len(want)] == want for i in range(len(have) - len(want) + 1))


def of_kinds(kind_slug: str, wanted: Iterable[str]) -> bool:
    """Whether the item is of any of the ``wanted`` kinds."""
    return any(kind_matches(kind_slug, kind) for kind in wanted)
