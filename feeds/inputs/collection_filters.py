"""Which documents of a content collection a homepage component shows, and with what words.

An Astro homepage may show a collection of posts (``getCollection('posts')``) filtered by
front matter: ``.filter((e) => hasCategory(e, 'talk') && e.data.important === 'new')``.
Nothing is run: a document is shown when, for each front-matter field the component
compares with a quoted value (``e.data.important === 'new'``) and for its categories
(``categories``/``category``/``tags`` values the component names as quoted strings), its
value is one of those named (a document without the field is not shown); a field the
component never names, or that no document has, does not filter. A
component that renders the documents' bodies (``<Content />``, ``.render()``) shows
their words, else their front matter's (:func:`shows_bodies`). A list shown with a date
format that names no day (``{ month: 'short', year: 'numeric' }``) shows its documents'
months (:func:`shown_precisions`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..model import Precision
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


# A date format the page shows a list's dates in: "new Intl.DateTimeFormat('en-US',
# { month: 'short', year: 'numeric' })", "d.toLocaleDateString('en', {…})".
_DEFINED = re.compile(r"(?:\b(?:const|let|var)\s+(\w+)\s*=|\bfunction\s+(\w+)\s*\()")
_FORMAT = re.compile(r"(?:DateTimeFormat|toLocaleDateString|toLocaleString)\s*\([^{)]*\{([^}]*)\}")
_MAPPED = re.compile(r"\b(\w+)\.map\(")
_CALLED_ON_DATE = re.compile(r"\b(\w+)\(\s*[\w.]*\bdate\b")
_NAME = re.compile(r"\b[A-Za-z_$][\w$]*\b")


def shown_precisions(component: str) -> list[tuple[set[str], Precision]]:
    """For each list the page shows (``{talks.map((p) => … fmt(p.data.date) …)}``), the
    quoted words its definition names (its categories) and the precision of the date
    format it shows them in; a format without ``day`` shows months."""
    defined: dict[str, str] = {}
    for found in _DEFINED.finditer(component):
        end = component.find(";\n", found.end())
        defined[found.group(1) or found.group(2)] = component[
            found.end() : end if end > 0 else None
        ][:600]
    formats = {
        name: (Precision.DAY if "day" in m.group(1) else Precision.MONTH)
        for name, text in defined.items()
        if (m := _FORMAT.search(text)) and ("month" in m.group(1) or "day" in m.group(1))
    }
    shown = []
    for found in _MAPPED.finditer(component):
        calls = _CALLED_ON_DATE.findall(component, found.end(), _closing(component, found.end()))
        fmt = next((name for name in calls if name in formats), None)
        if fmt is not None and found.group(1) in defined:
            shown.append((_words_of(found.group(1), defined), formats[fmt]))
    return shown


def _closing(text: str, at: int, most: int = 3000) -> int:
    """Where the parenthesis open before ``at`` closes (what the ``.map(`` holds)."""
    depth = 1
    for k in range(at, min(len(text), at + most)):
        depth += {"(": 1, ")": -1}.get(text[k], 0)
        if depth == 0:
            return k
    return min(len(text), at + most)


def _words_of(name: str, defined: dict[str, str], depth: int = 3) -> set[str]:
    """The quoted words of ``name``'s definition and of the names it uses, a few deep."""
    text = defined.get(name, "")
    words = {value for _, value in _QUOTED.findall(text)}
    if depth:
        for other in set(_NAME.findall(text)) - {name}:
            if other in defined:
                words |= _words_of(other, defined, depth - 1)
    return words


def shown_precision(
    meta: dict[str, Any], shown: list[tuple[set[str], Precision]]
) -> Precision | None:
    """The precision a document's date is shown at: its lists' (a day when one shows it)."""
    found = {precision for words, precision in shown if set(_categories(meta)) & words}
    return None if not found else (Precision.DAY if Precision.DAY in found else Precision.MONTH)
