"""A single-page app (Vite, Create React App, Vue CLI) whose ``index.html`` is an empty
shell: ``<div id="root"></div>`` and ``<script type="module" src="/src/main.tsx">``.
What a reader sees there is what the app's components render, and their news is the data
module or data file they import (``import { news } from '@/data/news'``:
``src/data/news.ts`` holding ``export const news: NewsItem[] = [{ date, title }, …]``,
or ``news.json``), read as a data file is (:mod:`.script_data`, :mod:`.data_lists`).

The app is entered from the shell's module scripts (files of the site), else from the
entry files such apps use (``src/main.tsx``, ``src/index.js``, ``src/App.vue``…), and
followed through the components they import (:func:`.js_sites.js_site_news`); when
those imports cannot be followed (an alias of the app's own), the news module where such
apps keep it (``src/data/news.ts``, ``data/news.js``, ``content/news.json``). A module whose
array is no plain literal (``image: heroPicture``, ``new Date(…)``) is refused in one line
naming its line (:mod:`.data_file`), never read in part. A page with words of its own in
its ``<body>`` is a hand-written page, never a shell.
"""

from __future__ import annotations

import re
from pathlib import Path

from .data_lists import DATA_SUFFIXES, load_data, news_entries
from .js_sites import is_js_site, js_site_news
from .localized_entries import localized
from .news_loaders import PLACES
from .news_page import inside
from .script_data import is_data_script, is_script

SHELLS = ("index.html", "public/index.html")
ENTRIES = tuple(
    f"src/{stem}{suffix}"
    for stem in ("main", "index", "App")
    for suffix in (".tsx", ".ts", ".jsx", ".js", ".vue", ".svelte")
)
MAX_CHARS = 200_000
MODULE_SUFFIXES = (".ts", ".js", ".mjs", ".mts")

_BODY = re.compile(r"<body\b[^>]*>(?P<body>.*?)(?:</body>|\Z)", re.I | re.S)
_HIDDEN = re.compile(
    r"<(script|noscript|style|template)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S
)  # fmt: skip
_TAG = re.compile(r"<[^>]*>")
_MODULE = re.compile(r"""<script\b[^>]*\bsrc\s*=\s*(['"])(?P<src>[^'"]+)\1[^>]*>""", re.I)


def app_shell_news(site_dir: Path) -> Path | None:
    """The news data the app behind an empty ``index.html`` shows, else ``None`` (no
    JavaScript site, a page with words of its own, or an app importing no news)."""
    if not is_js_site(site_dir):
        return None
    shells = [site_dir / name for name in SHELLS if (site_dir / name).is_file()]
    texts = [_text(shell) for shell in shells]
    if not texts or not is_shell(texts[0]):  # no shell, or a hand-written index.html
        return None
    entries = [
        entry
        for shell, text in zip(shells, texts, strict=True)
        for match in _MODULE.finditer(text)
        if (entry := _script(match.group("src"), shell, site_dir)) is not None
    ]
    entries += [site_dir / name for name in ENTRIES if (site_dir / name).is_file()]
    for entry in dict.fromkeys(entries):
        found = js_site_news(site_dir, entry)
        if found is not None:
            return found
    return next((p for p in _placed(site_dir) if _news_module(p)), None)


def _placed(site_dir: Path) -> list[Path]:
    """The news modules where such apps keep them, existing, in the order tried."""
    return [
        site_dir / folder / f"{name}{suffix}"
        for folder in PLACES
        for name in ("news", "News")
        for suffix in (*MODULE_SUFFIXES, *DATA_SUFFIXES)
        if (site_dir / folder / f"{name}{suffix}").is_file()
    ]


def _news_module(path: Path) -> bool:
    """A module assigning the news (read, or refused in one line as no plain literal),
    or a data file holding a list of news entries."""
    if is_script(path):
        return is_data_script(path)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
        data = localized(load_data(text, path.suffix.lower()))  # {time, en: {news: …}}
        return news_entries(data, text, path.suffix) is not None
    except (ValueError, OSError):
        return False


def is_shell(html: str) -> bool:
    """Whether a page's ``<body>`` shows no words: only a mount point and scripts."""
    body = _BODY.search(html)
    if body is None:
        return False
    return not _TAG.sub(" ", _HIDDEN.sub(" ", body.group("body"))).strip()


def _script(address: str, shell: Path, site_dir: Path) -> Path | None:
    """The site file a shell's ``<script src>`` names (``/src/main.tsx`` from the site's
    root, ``./main.js`` beside the shell); another site's script is none."""
    address = address.split("?", 1)[0].split("#", 1)[0]
    if re.match(r"[a-z][a-z0-9+.-]*:|//", address, re.I) or "%" in address:
        return None
    base = site_dir if address.startswith("/") else shell.parent
    path = base / address.lstrip("/")
    return path if path.is_file() and inside(path, site_dir) else None


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")[:MAX_CHARS]
    except OSError:
        return ""
