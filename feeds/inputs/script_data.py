"""News a hand-written site keeps as data in a script file: ``news_data.js`` loaded with
``<script src="news_data.js"></script>`` (or imported) and rendered by another script::

    window.NEWS_ITEMS = [
      { date: "2025-03-14", title: 'Poster prize for Ana', excerpt: `Ana wins …`, },
    ];

The array an assignment gives (``const``/``let``/``var X = [...]``, ``window.X = [...]``,
``export default [...]``, ``module.exports = [...]``) is read as a literal
(:mod:`..parse.js_literals`: JSON-like or JavaScript object literals, bare keys, single
quotes, trailing commas, comments, templates without ``${}``), never executed; an array
that is no plain literal is not read. Its objects are the entries of a data file
(:mod:`.data_lists`), each named by the line it opens on. Fields under names the entry
reader does not know are read as the site's own scripts show them: the fields those
scripts use of the array's objects (``item.when``, ``n.headline``), in the order used,
with the field given to ``new Date(…)`` as the date (:mod:`.loop_fields`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..parse.js_literals import NotLiteral, object_keys, read_elements
from .data_lists import DataList, news_entries
from .localized_entries import localized
from .loop_fields import ShownFields, with_shown_fields

SCRIPT_SUFFIXES = (".js", ".mjs", ".cjs", ".ts", ".mts", ".cts")
NEWS_NAMES = re.compile(r"news|updates?|announcements?|whats_?new|latest|notices?", re.I)
MAX_CHARS = 2_000_000  # characters of a script read
MAX_RENDERERS = 30  # files beside the data file looked at for its use
# the pages and components of an app that may import a data module and show its fields
IMPORTER_SUFFIXES = (*SCRIPT_SUFFIXES, ".jsx", ".tsx", ".mdx", ".astro", ".vue", ".svelte")
DATA_FOLDERS = ("components", "data", "lib", "constants", "content")  # an app's, in src/

_NAME = r"[A-Za-z_$][\w$]*"
_ASSIGN = re.compile(
    rf"(?:\b(?:window|globalThis|self)\s*\.\s*(?P<prop>{_NAME})"
    rf"|\b(?:const|let|var)\s+(?P<name>{_NAME})(?:\s*:[^=\n]{{1,80}})?"
    rf"|\bmodule\s*\.\s*exports|\bexports\s*\.\s*(?P<export>{_NAME}))\s*=\s*(?=\[)"
    r"|\bexport\s+default\s+(?=\[)"
)
# an object a module assigns, whose keys may hold the news: ``export const PROFILE = {…}``
_OBJECT = re.compile(
    rf"\b(?:const|let|var)\s+(?P<name>{_NAME})(?:\s*:[^=\n]{{1,80}})?\s*=\s*(?=\{{)"
    r"|\bexport\s+default\s+(?=\{)|\bmodule\s*\.\s*exports\s*=\s*(?=\{)"
)
_MARKUP = re.compile(r"(?:\breturn|=>)\s*\(?\s*<[A-Za-z>]")  # a component returning JSX
_FIELD = re.compile(rf"\.\s*({_NAME})|\[\s*(['\"])({_NAME})\2\s*\]")
_ADDRESS = re.compile(
    r"(?:[a-z][a-z0-9+.-]*:|/|\.{0,2}/)?\S*(?:\.[A-Za-z0-9]{2,5}|/)(?:[?#]\S*)?", re.I
)
_DATED = re.compile(rf"\b(?:new\s+Date|Date\.parse)\s*\(\s*(?:{_NAME}\s*\.\s*)+({_NAME})")


@dataclass
class ScriptArray:
    """An array of objects a script assigns: its name (``""`` for ``export default``)."""

    name: str
    entries: list[dict[str, Any]]
    lines: list[int]  # the 1-based line each object opens on
    line: int  # the assignment's line


class _Lines:
    """Where each entry of an array starts (:func:`.data_lists.news_entries`'s ``lines``)."""

    def __init__(self, lines: list[int]):
        self.lines = lines

    def of(self, steps: list[Any]) -> int:
        first = steps[0] if steps else None
        if isinstance(first, int) and 0 <= first < len(self.lines):
            return self.lines[first]
        return 0


def is_script(path: Path) -> bool:
    return path.suffix.lower() in SCRIPT_SUFFIXES


def is_data_script(path: Path) -> bool:
    """A script that assigns an array of news entries (or an array that is no plain
    literal, refused in one line by :mod:`.data_file`) and returns no markup (a React
    page keeping its news beside its JSX is a page: :mod:`..parse.jsx_markup`)."""
    if not is_script(path) or not path.is_file():
        return False
    text = path.read_text(encoding="utf-8", errors="replace")[:MAX_CHARS]
    if _MARKUP.search(text) is not None:
        return False
    return script_news(path) is not None or unread_array(path) is not None


def script_arrays(text: str) -> list[ScriptArray]:
    """The arrays of objects ``text`` assigns as plain literals, in the order written."""
    found = []
    for match in _ASSIGN.finditer(text):
        try:
            elements, _ = read_elements(text, match.end())
        except (NotLiteral, RecursionError):
            continue
        if not elements or not all(isinstance(value, dict) for value, _ in elements):
            continue
        name = match.group("prop") or match.group("name") or match.group("export") or ""
        lines = [text.count("\n", 0, at) + 1 for _, at in elements]
        found.append(
            ScriptArray(
                name, [v for v, _ in elements], lines, text.count("\n", 0, match.start()) + 1
            )
        )
    return found


def held_arrays(text: str) -> list[ScriptArray]:
    """The arrays of objects held under a key that says news (``news: [{…}]``) of the
    objects ``text`` assigns, named ``object.key`` (``PROFILE.news``); the object's
    other keys (a publication list) are not read."""
    found = []
    for match in _OBJECT.finditer(text):
        try:
            keys = object_keys(text, match.end())
        except (NotLiteral, RecursionError):
            continue
        for key, at in keys:
            if not NEWS_NAMES.fullmatch(key):
                continue
            try:
                elements, _ = read_elements(text, at)
            except (NotLiteral, RecursionError):
                continue
            if elements and all(isinstance(value, dict) for value, _ in elements):
                name = f"{match.group('name') or 'default'}.{key}"
                lines = [text.count("\n", 0, start) + 1 for _, start in elements]
                line = text.count("\n", 0, at) + 1
                found.append(ScriptArray(name, [v for v, _ in elements], lines, line))
    return found


def unread_array(path: Path) -> tuple[int, str] | None:
    """Where the array a news script assigns stops being a plain literal: (its 1-based
    line, the text there), for the first assignment whose name says news, else the
    first; ``None`` when every array it assigns is read, or it assigns none."""
    text = path.read_text(encoding="utf-8", errors="replace")[:MAX_CHARS]
    refused = []
    for match in _ASSIGN.finditer(text):
        try:
            read_elements(text, match.end())
        except NotLiteral as exc:
            name = match.group("prop") or match.group("name") or match.group("export") or ""
            words = text[exc.at : exc.at + 40].split("\n", 1)[0].strip()
            refused.append((not NEWS_NAMES.search(name), text.count("\n", 0, exc.at) + 1, words))
        except RecursionError:
            continue
    return min(refused)[1:] if refused else None


def script_news(path: Path) -> tuple[ScriptArray, DataList] | None:
    """The array of news entries the script file ``path`` assigns (the one whose name
    says news, else the only one), with its entries as a data list; else ``None``."""
    if not is_script(path) or not path.is_file():
        return None
    text = path.read_text(encoding="utf-8", errors="replace")[:MAX_CHARS]
    lists = _entry_lists(path, text, script_arrays(text))
    named = [(a, f) for a, f in lists if NEWS_NAMES.search(a.name)]
    if named:
        return named[0]
    held = _entry_lists(path, text, held_arrays(text))  # PROFILE = { news: [{…}] }
    if held:
        return held[0]
    return lists[0] if len(lists) == 1 else None


def _entry_lists(
    path: Path, text: str, arrays: list[ScriptArray]
) -> list[tuple[ScriptArray, DataList]]:
    """The arrays whose objects read as news entries, each with its entries."""
    lists = []
    for array in arrays:
        fields = _used_fields(path, array)
        entries = localized(array.entries)  # {date, text: {en: …, zh: …}}: the English words
        data = with_shown_fields(entries, fields) if fields.shown else entries
        found = news_entries(data, text, path.suffix.lower(), lines=_Lines(array.lines))
        if found is not None:
            lists.append((array, found))
    return lists


def _used_fields(path: Path, array: ScriptArray) -> ShownFields:
    """The fields of the array's objects the scripts beside ``path`` that name the array
    (or import the file) use, in the order first used; the one given to a date first."""
    keys = {str(k).lower(): str(k) for entry in array.entries for k in entry}
    mention = re.compile(rf"\b{re.escape(array.name or path.stem)}\b")
    shown: list[str] = []
    dated: list[str] = []
    for text in _renderers(path, mention):
        for use in _FIELD.finditer(text):
            field = (use.group(1) or use.group(3)).lower()
            if field in keys and field not in shown and not _addresses(array.entries, field):
                shown.append(field)
        for use in _DATED.finditer(text):
            field = use.group(1).lower()
            if field in keys and field not in dated:
                dated.append(field)
    return ShownFields(tuple(shown), tuple(dated))


def _addresses(entries: list[dict[str, Any]], field: str) -> bool:
    """Whether the field holds a file or an address (a picture the script shows, a
    link), never words: ``pic: 'img/a.png'``, ``href: 'https://…'``."""
    values = [v for e in entries for k, v in e.items() if str(k).lower() == field]
    said = [v for v in values if isinstance(v, str) and v.strip()]
    return bool(said) and all(_ADDRESS.fullmatch(v.strip()) for v in said)


def _renderers(path: Path, mention: re.Pattern[str]) -> list[str]:
    """The texts of the scripts and pages beside ``path`` that mention the array, then
    of the app's pages and components in the folders beside its folder that import it
    (``src/pages/index.mdx`` importing ``{ newsList }`` from ``src/components/NewsList.js``)."""
    found = []
    beside = sorted(p for p in path.parent.iterdir() if p.is_file() and p != path)
    for other in beside[: MAX_RENDERERS * 4]:
        if other.suffix.lower() not in (*SCRIPT_SUFFIXES, ".html", ".htm"):
            continue
        text = other.read_text(encoding="utf-8", errors="replace")[:MAX_CHARS]
        if mention.search(text):
            found.append(text)
            if len(found) >= MAX_RENDERERS:
                return found
    return found + _importers(path, mention)[: MAX_RENDERERS - len(found)]


def _importers(path: Path, mention: re.Pattern[str]) -> list[str]:
    """The texts of the pages and components in the folders beside ``path``'s folder
    (``src/pages/`` for ``src/data/news.js``) that import ``path`` and mention the array;
    only for a module kept where an app keeps its data (:data:`DATA_FOLDERS`)."""
    imports = re.compile(rf"""\bfrom\s*['"][^'"\n]*/{re.escape(path.stem)}(?:\.\w+)?['"]""")
    found: list[str] = []
    if path.parent.name.lower() not in DATA_FOLDERS:  # a site's own folder: never beyond it
        return found
    folders = sorted(
        p
        for p in path.parent.parent.iterdir()
        if p.is_dir() and p != path.parent and p.name[:1] not in "._" and p.name != "node_modules"
    )
    for folder in folders[:MAX_RENDERERS]:
        pages = sorted(p for p in folder.iterdir() if p.suffix.lower() in IMPORTER_SUFFIXES)
        for page in pages[: MAX_RENDERERS * 4]:
            text = page.read_text(encoding="utf-8", errors="replace")[:MAX_CHARS]
            if imports.search(text) and mention.search(text):
                found.append(text)
                if len(found) >= MAX_RENDERERS:
                    return found
    return found
