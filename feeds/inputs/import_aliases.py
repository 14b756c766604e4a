"""The import aliases a JavaScript app declares for its own folders, so that an import
written through one (``import newsRaw from '@content/news.yaml'``) is followed to the
file of the site it names:

- ``compilerOptions.paths`` of ``tsconfig.json`` (``jsconfig.json``), from its
  ``baseUrl`` (else its own folder): ``"@content/*": ["content/*"]``, ``"@data":
  ["src/data/index.ts"]``;
- the ``alias`` object of the bundler's configuration (``astro.config.mjs`` under
  ``vite.resolve``, ``vite.config.ts``, ``svelte.config.js`` ``kit.alias``,
  ``nuxt.config.ts``): ``'@content': '/content'``, ``'@': path.resolve(__dirname,
  './src')``, ``'~data': fileURLToPath(new URL('./src/data', import.meta.url))``, also
  as ``[{ find: '@content', replacement: '/content' }]``. A value that is neither a
  string nor such a call (a variable) names no folder here.

A key matches the import it equals or that continues it after a ``/``, the longest key
first, as Vite matches them; a target outside the site is no target. The files are
only read, never run. :func:`resolve_import` gives the file any import names.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

from ..parse.js_literals import NotLiteral, object_keys, read_array
from .news_page import inside

TSCONFIGS = ("tsconfig.json", "jsconfig.json")
BUNDLER_CONFIGS = tuple(
    f"{name}.config.{suffix}"
    for name in ("astro", "vite", "svelte", "nuxt")
    for suffix in ("mjs", "ts", "js", "mts", "cjs")
)
MAX_CHARS = 200_000

_STRING = r"""'([^'\n]*)'|"([^"\n]*)\""""
_ALIAS = re.compile(r"(?<![\w$.])['\"]?alias['\"]?\s*:\s*(?=[\[{])")
_FOLDER = re.compile(  # a folder as an alias's value is written
    rf"(?:{_STRING})"
    r"|(?:path\s*\.\s*)?(?:resolve|join)\(\s*(?:__dirname|process\.cwd\(\)|import\.meta\.dirname)"
    rf"(?P<args>(?:\s*,\s*(?:{_STRING}))+)\s*\)"
    rf"|(?:fileURLToPath\(\s*)?new\s+URL\(\s*(?P<url>{_STRING})\s*,\s*import\.meta\.url\s*\)"
)
_FIND = re.compile(
    rf"\bfind\s*:\s*(?:{_STRING})\s*,\s*replacement\s*:\s*",
)
_LITERAL = re.compile(_STRING)


def aliased_path(spec: str, site_dir: Path) -> Path | None:
    """The path of the site an import ``spec`` names through one of its aliases (not yet
    given a suffix: ``content/news.yaml``, ``src/lib/data``); ``None`` when no alias
    of the site matches it."""
    aliases = _site_aliases(str(site_dir), _stamp(site_dir))
    for key, folder in aliases:
        if key.endswith("*"):
            if spec.startswith(key[:-1]):
                return Path(os.path.normpath(site_dir / folder.replace("*", spec[len(key) - 1 :])))
        elif spec == key or spec.startswith(key.rstrip("/") + "/"):
            rest = spec[len(key.rstrip("/")) :].lstrip("/")
            return Path(os.path.normpath(site_dir / folder / rest))
    return None


def _stamp(site_dir: Path) -> tuple[float, ...]:
    """When the files declaring aliases last changed (0 for one that is not there)."""
    stamps = []
    for name in (*TSCONFIGS, *BUNDLER_CONFIGS):
        try:
            stamps.append((site_dir / name).stat().st_mtime)
        except OSError:
            stamps.append(0.0)
    return tuple(stamps)


@lru_cache(maxsize=64)
def _site_aliases(site: str, _stamp: tuple[float, ...]) -> tuple[tuple[str, str], ...]:
    """(key, folder from the site) of every alias, the longest key first."""
    site_dir = Path(site)
    found: dict[str, str] = {}
    for name in BUNDLER_CONFIGS:
        for key, folder in _bundler_aliases(_read(site_dir / name)):
            found.setdefault(key, folder)
    for name in TSCONFIGS:
        for key, folder in _ts_paths(_read(site_dir / name)):
            found.setdefault(key, folder)
    kept = {k: f for k, f in found.items() if k and f and not Path(f).is_absolute()}
    return tuple(sorted(kept.items(), key=lambda pair: -len(pair[0].rstrip("*"))))


def _bundler_aliases(text: str) -> list[tuple[str, str]]:
    found = []
    for match in _ALIAS.finditer(text):
        at = match.end()
        if text[at] == "[":  # [{ find: '@content', replacement: '/content' }]
            for entry in _FIND.finditer(text, at, min(len(text), at + 5_000)):
                folder = _folder(text, entry.end())
                if folder is not None:
                    found.append((entry.group(1) or entry.group(2) or "", folder))
            continue
        try:
            keys = object_keys(text, at)
        except (NotLiteral, RecursionError):
            continue
        found += [(key, folder) for key, start in keys if (folder := _folder(text, start))]
    return found


def _folder(text: str, at: int) -> str | None:
    """The folder of the site the value at ``at`` names (``'/content'``, ``'./src'``,
    ``path.resolve(__dirname, 'src', 'data')``), from the site's root."""
    value = _FOLDER.match(text, at)
    if value is None:
        return None
    if value.group("args") is not None:
        parts = [m.group(1) or m.group(2) or "" for m in _LITERAL.finditer(value.group("args"))]
    elif value.group("url") is not None:
        parts = [_unquoted(value.group("url"))]
    else:
        parts = [value.group(1) if value.group(1) is not None else value.group(2) or ""]
    joined = "/".join(part.strip("/") for part in parts if part.strip("/."))
    return joined or "."


def _ts_paths(text: str) -> list[tuple[str, str]]:
    """``compilerOptions.paths`` of a ``tsconfig.json`` (comments and trailing commas
    allowed), each target from ``baseUrl``; the first target of each key."""
    start = text.find("{")
    if start < 0:
        return []
    try:
        options = dict(object_keys(text, start)).get("compilerOptions")
        keys = dict(object_keys(text, options)) if options is not None else {}
        paths = object_keys(text, keys["paths"]) if "paths" in keys else []
    except (NotLiteral, RecursionError):
        return []
    base = _LITERAL.match(text, keys["baseUrl"]) if "baseUrl" in keys else None
    base_dir = (base.group(1) or base.group(2) or ".") if base is not None else "."
    found = []
    for key, at in paths:
        try:
            targets, _ = read_array(text, at)
        except (NotLiteral, RecursionError):
            continue
        if targets and isinstance(targets[0], str):
            found.append((key, os.path.normpath(os.path.join(base_dir, targets[0]))))
    return found


def _unquoted(literal: str) -> str:
    return literal[1:-1]


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")[:MAX_CHARS]
    except OSError:
        return ""


def resolve_import(spec: str, path: Path, site_dir: Path, suffixes: tuple[str, ...]) -> Path | None:
    """The file an import names: relative, through an alias the site declares
    (below), ``~/``/``@/`` (the site or ``src/``), ``$lib/``
    (``src/lib/``), ``@site/`` (Docusaurus: the site); a bare package name is outside
    the site."""
    spec = spec.split("?", 1)[0]
    if spec.startswith("."):
        base = path.parent / spec
    elif (aliased := aliased_path(spec, site_dir)) is not None:
        base = aliased  # '@content/news.yaml': an alias the site declares
    elif spec.startswith(("~~/", "~/", "@/", "@@/")):
        rest = spec.split("/", 1)[1]
        bases = [site_dir / rest, site_dir / "src" / rest, site_dir / "app" / rest]
        base = next((b for b in bases if b.exists() or _with_suffix(b, suffixes)), bases[0])
    elif spec.startswith("$lib/"):
        base = site_dir / "src" / "lib" / spec[5:]
    elif spec.startswith("@site/"):  # Docusaurus: the site's folder
        base = site_dir / spec[6:]
    elif spec.startswith("/"):
        base = site_dir / spec.lstrip("/")
    else:
        return None
    base = Path(os.path.normpath(base))
    found = base if base.exists() else _with_suffix(base, suffixes)
    return found if found is not None and inside(found, site_dir) else None


# a module passing on another's export: ``export { default as News } from "./News"``
REEXPORT = re.compile(
    r"""\bexport\s+(?:type\s+)?(?:\{[^}]*\}|\*(?:\s+as\s+[\w$]+)?)\s*from\s*(['"])(?P<path>[^'"\n]+)\1"""
)


def folder_index(folder: Path, suffixes: tuple[str, ...]) -> Path | None:
    """The file an import of a folder names: its ``index`` module (``index.ts``…)."""
    return next((i for s in suffixes if (i := folder / f"index{s}").is_file()), None)


def _with_suffix(base: Path, suffixes: tuple[str, ...]) -> Path | None:
    for suffix in suffixes:
        candidate = base.with_name(base.name + suffix)
        if candidate.is_file():
            return candidate
    return None
