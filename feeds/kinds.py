"""Which items are of a kind: one rule for the calendar, per-kind feeds and ``feeds list``.

A wanted kind matches an item when it names the item's type (``talk``, ``paper``, …; see
:mod:`feeds.parse.types`) or its label. Kinds are compared as slugs made singular word by
word (``Talks`` → ``talk``); a wanted kind matches a label when its words stand, whole and
in order, in it: ``talk`` matches ``Talk``, ``Talks``, ``Invited Talk`` and ``Keynote
talk``; ``paper`` matches ``Paper release``; ``talk`` does not match ``Talking points``.
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
def kind_matches(kind_slug: str, wanted: str, type_: str = "") -> bool:
    """Whether an item of type ``type_`` whose label slug is ``kind_slug`` is of kind ``wanted``."""
    want = singular(slugify(wanted)).split("-")
    if type_ and want == [type_]:
        return True
    have = singular(kind_slug).split("-")
    return any(have[i : i + len(want)] == want for i in range(len(have) - len(want) + 1))


def of_kinds(kind_slug: str, wanted: Iterable[str], type_: str = "") -> bool:
    """Whether the item (label slug ``kind_slug``, type ``type_``) is of any ``wanted`` kind."""
    return any(kind_matches(kind_slug, kind, type_) for kind in wanted)
