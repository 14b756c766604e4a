"""Where an Astro content collection's entries live, as the site's content configuration
(``src/content.config.ts``, Astro 5's content layer; the older ``src/content/config.ts``)
declares them: ``const news = defineCollection({ loader: file('src/data/news.yaml') })``
is one data file, ``loader: glob({ pattern: '**/*.md', base: './src/content/news' })`` a
folder of documents (a pattern that names one data file, ``glob({ pattern: "news.yaml",
base: "./content" })``, that file: a collection of one entry, its list the news). The
name a page queries (``getCollection('news')``) is the key of ``export const
collections = { news }`` (``{ news: newsCollection }``, or the
collection defined in place). Both paths are the project root's, as Astro reads them.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from .news_page import inside

CONFIGS = tuple(
    f"src/{stem}.{suffix}"
    for stem in ("content.config", "content/config")
    for suffix in ("ts", "mts", "js", "mjs")
)
MAX_CHARS = 200_000

_EXPORT = re.compile(r"\bexport\s+const\s+collections\s*(?::[^=]+)?=\s*\{")
_DEFINE = re.compile(r"\bdefineCollection\s*\(")
_FILE = re.compile(r"""\bfile\s*\(\s*(['"`])(?P<path>[^'"`\n]+)\1""")
_GLOB = re.compile(r"""\bglob\s*\(\s*\{[^}]*?\bbase\s*:\s*(['"`])(?P<path>[^'"`\n]+)\1""")
_PATTERN = re.compile(r"""\A[^}]*?\bpattern\s*:\s*(['"`])(?P<path>[^'"`\n]+)\1""")
_ONE_FILE = re.compile(r"[\w.-]+\.(?:ya?ml|json|toml)", re.I)  # a name, no wildcard, no folder


def collection_source(site_dir: Path, name: str) -> Path | None:
    """The data file (``file()`` loader) or folder (``glob()`` loader's ``base``) the
    collection ``name`` is loaded from, when the content configuration says so and it
    is in the site; else ``None``."""
    config = next((site_dir / c for c in CONFIGS if (site_dir / c).is_file()), None)
    if config is None:
        return None
    text = config.read_text(encoding="utf-8", errors="replace")[:MAX_CHARS]
    definition = _definition(text, name)
    if definition is None:
        return None
    if (loaded := _FILE.search(definition)) is not None:
        found = _in_site(site_dir, loaded.group("path"))
        return found if found is not None and found.is_file() else None
    if (globbed := _GLOB.search(definition)) is not None:
        found = _in_site(site_dir, globbed.group("path"))
        one = _PATTERN.search(definition[globbed.start() :])
        if found is not None and one is not None and _ONE_FILE.fullmatch(one.group("path")):
            found = found / one.group("path")  # glob({ pattern: "news.yaml", base }): one file
            return found if found.is_file() and inside(found, site_dir) else None
        return found if found is not None and found.is_dir() else None
    return None


def _definition(text: str, name: str) -> str | None:
    """The text of the ``defineCollection(…)`` call the collection ``name`` is (up to
    the next one), else ``None``."""
    export = _EXPORT.search(text)
    if export is None:
        return None
    body = text[export.end() : _closing(text, export.end())]
    key = rf"""(?:(?<![\w$])|['"]){re.escape(name)}(?:['"]|(?![\w$]))"""
    inline = re.search(rf"{key}\s*:\s*defineCollection\s*\(", body)
    if inline is not None:
        return _until_next(body, inline.end())
    aliased = re.search(rf"{key}\s*:\s*(?P<var>[A-Za-z_$][\w$]*)", body)
    shorthand = re.search(rf"(?:^|,)\s*{re.escape(name)}\s*(?:,|$)", body)
    var = aliased.group("var") if aliased else name if shorthand else None
    if var is None:
        return None
    bound = re.search(rf"\b(?:const|let|var)\s+{re.escape(var)}\s*=\s*defineCollection\s*\(", text)
    return _until_next(text, bound.end()) if bound is not None else None


def _closing(text: str, start: int) -> int:
    """Where the brace opened just before ``start`` closes (the end when it does not)."""
    depth = 1
    for k in range(start, len(text)):
        depth += {"{": 1, "}": -1}.get(text[k], 0)
        if depth == 0:
            return k
    return len(text)


def _until_next(text: str, start: int) -> str:
    following = _DEFINE.search(text, start)
    return text[start : following.start() if following else len(text)]


def _in_site(site_dir: Path, spec: str) -> Path | None:
    """``spec`` (relative to the project root, ``./`` or not) as a path inside the site."""
    if spec.startswith(("http:", "https:", "/")) or "*" in spec:
        return None
    path = Path(os.path.normpath(site_dir / spec))
    return path if inside(path, site_dir) else None
