"""Where a JavaScript app's components get their news when no import names a news file:

- a loader function named for news in a module they import (Next.js App Router:
  ``src/app/page.tsx`` calls ``getNews()`` from ``@/lib/data``, which reads
  ``path.join(process.cwd(), 'data', 'news.json')`` or ``readJSON('news.json')`` with
  ``fs``): the data file its body names, as a path from the site (the app's working
  folder), from the module, or, by its file name alone, where such apps keep their data
  (:data:`PLACES`); a loader naming no file: the news file kept there;
- a folder of news documents a module reads with ``fs`` (``const newsDirectory =
  path.join(process.cwd(), 'content/news')``, ``path.join(contentDirectory, 'news')``):
  the folder the joined path names, from the site, from the module, or where such apps
  keep their content (:data:`PLACES`), one document an item;
- an object a module exports whose ``news`` key the component maps
  (``PROFILE.news.map(…)`` over ``export const PROFILE = { …, news: [{ date, title }] }``),
  read by :func:`.script_data.held_arrays`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from .news_page import inside

# where an app keeps its news data when the components' imports cannot be followed
# (a ``tsconfig`` path alias): ``src/data/news.ts``, ``data/news.js``, ``content/news.json``
PLACES = ("src/data", "data", "src/content", "content", "src/lib/data", "src/constants")
DATA_SUFFIXES = (".json", ".yaml", ".yml", ".toml")
MAX_BODY = 3_000  # characters of a loader's body read

_LOADER = re.compile(
    r"\b(?:(?:async\s+)?function\s*\*?\s*|(?:const|let|var)\s+)"
    r"(?P<name>(?:get|load|fetch|read)_?[\w$]*?(?:[Nn]ews|[Uu]pdates|[Aa]nnouncements)[\w$]*)\b"
)
_NEXT = re.compile(
    r"\n(?:export\s+)?(?:default\s+)?(?:async\s+)?(?:function|const|let|var|class)\b"
)
_CALL = re.compile(r"\b(?:join|resolve)\s*\((?P<args>[^()]*(?:\([^()]*\)[^()]*)*)\)")
_LITERAL = re.compile(r"""(['"`])(?P<text>[^'"`$\n]+)\1""")
_NEWS_FOLDER = re.compile(r"news|updates|announcements|notices", re.I)
_MAPPED = r"\s*(?:\?\.|\.)\s*(?:news|updates)\s*(?:\?\.|\.)\s*(?:map|slice|filter|forEach)\b"


def loader_files(text: str, module: Path, site_dir: Path) -> list[Path]:
    """The data files the news loaders ``text`` defines name, existing, in order."""
    found: list[Path] = []
    for match in _LOADER.finditer(text):
        end = _NEXT.search(text, match.end())
        body = text[match.end() : end.start() if end else match.end() + MAX_BODY][:MAX_BODY]
        named = [*_joined(body), *(m.group("text") for m in _LITERAL.finditer(body))]
        named = [n for n in named if n.lower().endswith(DATA_SUFFIXES)]
        for name in named or [f"news{suffix}" for suffix in DATA_SUFFIXES]:
            found += _placed(name, module, site_dir, given=bool(named))
    return [p for p in dict.fromkeys(found) if p.is_file() and inside(p, site_dir)]


def loaded_folders(text: str, module: Path, site_dir: Path) -> list[Path]:
    """The existing folders named for news that the ``path.join`` calls of ``text`` put
    together (``'content/news'``; ``'news'`` under a content folder), in order."""
    found: list[Path] = []
    for rest in (name.lstrip("/") for name in _joined(text)):
        if not rest or not _NEWS_FOLDER.fullmatch(Path(rest).name):
            continue
        found += [site_dir / rest, module.parent / rest]
        found += [site_dir / folder / rest for folder in PLACES]
    found = [Path(os.path.normpath(path)) for path in found]
    return [p for p in dict.fromkeys(found) if p.is_dir() and inside(p, site_dir)]


def maps_held_news(text: str, names: list[str]) -> bool:
    """Whether ``text`` maps the ``news`` (``updates``) key of one of the imported
    objects ``names`` (``PROFILE.news.map(…)``)."""
    return any(re.search(rf"(?<![\w$.]){re.escape(name)}{_MAPPED}", text) for name in names if name)


def imported_names(braced: str | None, default: str | None) -> list[str]:
    """The local names an import gives: ``X``, ``{ A, B as C }`` (``A``, ``C``)."""
    names = [default or ""]
    for part in (braced or "").split(","):
        words = part.replace("type ", " ").split()
        names.append(words[-1] if words else "")
    return [n for n in names if re.fullmatch(r"[A-Za-z_$][\w$]*", n)]


def _joined(body: str) -> list[str]:
    """The paths a ``path.join(process.cwd(), 'data', 'news.json')`` call puts together."""
    found = []
    for call in _CALL.finditer(body):
        parts = [m.group("text") for m in _LITERAL.finditer(call.group("args"))]
        if parts:
            found.append("/".join(part.strip("/") for part in parts))
    return found


def _placed(name: str, module: Path, site_dir: Path, *, given: bool) -> list[Path]:
    """Where a loader's file ``name`` may be: from the site (or its ``public/``), from
    the module (when ``given`` in its body), else by its file name where apps keep data."""
    rest = name.lstrip("/")
    found = [site_dir / rest, site_dir / "public" / rest, module.parent / rest] if given else []
    found += [site_dir / folder / Path(rest).name for folder in PLACES]
    return [Path(os.path.normpath(path)) for path in found]
