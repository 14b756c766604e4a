"""Which documents of a content collection a homepage component shows, and with what words.

An Astro homepage may show a collection of posts (``getCollection('posts')``) filtered by
front matter: ``.filter((e) => hasCategory(e, 'talk') && e.data.important === 'new')``.
Nothing is run: a document is shown when, for each front-matter field the component
compares with a quoted value (``e.data.important === 'new'``) and for its categories
(``categories``/``category``/``tags`` values the component names as quoted strings), its
value is one of those named (a document without the field is not shown); a field the
component never names, or that no document has, does not filter. A
component that renders the documents' bodies (``<Content />``, ``.render()``) shows
their words, else their front matter's (:func:`shows_bodies`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..parse.front_matter import front_matter

CATEGORY_KEYS = ("categories", "category", "tags")
_COMPARED = re.compile(r"""\bdata\.(\w+)\s*===?\s*(['"])([^'"\n]{1,60})\2""")
_QUOTED = re.compile(r"""(['"`])([^'"`\n]{1,60})\1""")
_BODY = re.compile(r"<Content\b|\.render\(\s*\)|\brender\(\s*\w+\s*\)")


def shown_documents(paths: list[Path], component: str) -> list[Path]:
    """The documents of ``paths`` that ``component`` (its text) keeps by its filters."""
    metas = {path: front_matter(path) for path in paths}
    wanted: dict[str, set[str]] = {}
    for field, _, value in _COMPARED.findall(component):
        if field.lower() not in CATEGORY_KEYS:
            wanted.setdefault(field, set()).add(value)
    quoted = {value for _, value in _QUOTED.findall(component)}
    named = {c for meta in metas.values() for c in _categories(meta)} & quoted
    wanted = {f: v for f, v in wanted.items() if any(f in meta for meta in metas.values())}
    return [path for path, meta in metas.items() if _kept(meta, wanted, named)]


def shows_bodies(component: str) -> bool:
    """Whether ``component`` renders the documents' bodies (their words are the items')."""
    return bool(_BODY.search(component))


def _kept(meta: dict[str, Any], wanted: dict[str, set[str]], named: set[str]) -> bool:
    if named and not (set(_categories(meta)) & named):
        return False
    return all(
        str(meta.get(field)).strip().lower() in {v.lower() for v in values}
        for field, values in wanted.items()
    )


def _categories(meta: dict[str, Any]) -> list[str]:
    found: list[str] = []
    for key in CATEGORY_KEYS:
        value = meta.get(key)
        values = value if isinstance(value, list) else [value]
        found += [str(v).strip() for v in values if isinstance(v, str | int) and str(v).strip()]
    return found
