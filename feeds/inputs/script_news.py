"""A hand-written homepage whose news a script loads from a file of the site.

Some ``index.html`` pages hold an empty box that JavaScript fills at load time from a
Markdown, HTML or text file: ``fetch('content/news.md')``, ``$.get("news.md")``,
``$("#news").load("news.html")``, ``axios.get(…)``, ``xhr.open("GET", …)``, or a JSON
list of entries through the site's own helper (``loadJSON("./data/news.json")``, with
``{"date": "2025.03", "text": …}`` entries). What a reader sees there is that file, so it
is read as the news page (a data file only when it holds a list of news entries); with
scripts that name no file as written, the one ``data/news.json`` (or ``news.json``)
beside the page, when the page holds a box named news (``<div id="news">``). Only a
file of the site (a relative or ``/``-rooted address, inside the site, existing) whose address or
the box it fills names news (``news.md``, ``#news``) counts; scripts in the page and in
the site's own ``<script src>`` files are looked at, never fetched from elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from ..parse.page import heading_matches
from .data_lists import DATA_SUFFIXES, load_data, news_entries
from .news_page import inside
from .script_data import NEWS_NAMES, is_script, script_news

FILE_SUFFIXES = (".md", ".markdown", ".html", ".htm", ".txt", *DATA_SUFFIXES)
_Q = r"""(['"`])"""
_CALLS = (
    re.compile(rf"\bfetch\(\s*{_Q}(?P<path>[^'\"`]+)\1"),
    re.compile(rf"(?:\$|\bjQuery|\baxios)\.(?:get|ajax|getJSON)\(\s*{_Q}(?P<path>[^'\"`]+)\1"),
    re.compile(rf"\.ajax\(\s*\{{[^}}]{{0,200}}?\burl\s*:\s*{_Q}(?P<path>[^'\"`]+)\1"),
    re.compile(rf"\.open\(\s*{_Q}GET\1\s*,\s*{_Q}(?P<path>[^'\"`]+)\2", re.I),
    re.compile(
        rf"(?:\$|\bjQuery)\(\s*{_Q}(?P<box>[^'\"`]+)\1\s*\)\s*\.load\(\s*{_Q}(?P<path>[^'\"`]+)\3"
    ),
    # the site's own helper around fetch: loadJSON("./data/news.json"), getData('news.md')
    re.compile(rf"\b(?:load|get|fetch|read)\w*\(\s*{_Q}(?P<path>[^'\"`]+)\1", re.I),
)
# A script that fetches an address it holds in a variable (``fetch(indexPath)``, set from
# ``return './news/news.md'``; ``fetch(path)`` over a table of ``['data/news.yml', renderNews,
# 'news-timeline']`` rows or ``{ name: 'news', path: 'data/news.yml' }``): the Markdown and
# data files its string literals name (a data file only when it holds news entries).
_FETCHES = re.compile(r"\bfetch\(\s*[\w$]")  # not a literal: a name, a call
_HELD_LITERAL = re.compile(
    rf"{_Q}(?P<path>[^'\"`\s$]+\.(?:md|markdown|{'|'.join(s[1:] for s in DATA_SUFFIXES)}))\1",
    re.I,
)
# The data file a script fills a news box from, when the scripts name none as written
# (``load(base + name + '.json')``): only one of these, beside the page.
BESIDE = ("data/news.json", "news.json")
# A script that fetches one address per name of a list (``const DATA_FILES = ["people",
# "news", …]`` loaded by ``fetch(`data/${name}.yml`)``, ``names.map(n => $.get(`/${n}.json`))``):
# the file each news name of a string array of that script gives, when it exists.
_TEMPLATED = re.compile(
    r"(?:\bfetch|(?:\$|\bjQuery|\baxios)\.(?:get|getJSON))\(\s*"
    r"`(?P<head>[^`$]*)\$\{\s*[\w$]+\s*\}(?P<tail>[^`$]*)`"
)
_NAME_ARRAY = re.compile(r"""\[\s*(?:(['"])[\w-]+\1\s*,\s*)+(['"])[\w-]+\2\s*,?\s*\]""")
_ARRAY_NAME = re.compile(r"""(['"])([\w-]+)\1""")
_IMPORT = re.compile(r"""\bimport\s*(?:\(\s*|[\w$*{},\s]+?\s+from\s*)(['"])(?P<path>[^'"\n]+)\1""")
MAX_SCRIPTS = 30  # site scripts a page loads, looked at
_SCRIPT_SRC = re.compile(r"""<script\b[^>]*\bsrc\s*=\s*(['"])([^'"]+)\1""", re.I)


@dataclass(frozen=True)
class ScriptedNews:
    path: Path  # the file the script loads
    call: str  # the call as written, for the -v note: "fetch('content/news.md')"


def scripted_news(homepage: Path, site_dir: Path, news_headings: list[str]) -> list[ScriptedNews]:
    """The news files the scripts of an HTML ``homepage`` load, in the order written."""
    if homepage.suffix.lower() not in (".html", ".htm") or not homepage.is_file():
        return []
    page = homepage.read_text(encoding="utf-8", errors="replace")
    scripts = [page]
    found: dict[Path, ScriptedNews] = {}
    loaded = [
        (m.group(2), homepage.parent, m.group().strip() + ">") for m in _SCRIPT_SRC.finditer(page)
    ]
    loaded += _imports(page, homepage.parent)  # <script type="module">import news from …
    seen: set[Path] = set()
    for address, folder, call in loaded:  # grows with what each script imports
        script = _local(address, folder, site_dir)
        if script is None or not is_script(script) or not script.is_file():
            continue
        if script.resolve() in seen or len(seen) >= MAX_SCRIPTS:
            continue
        seen.add(script.resolve())
        text = script.read_text(encoding="utf-8", errors="replace")
        scripts.append(text)
        loaded += _imports(text, script.parent)
        if (data := script_news(script)) is not None and (
            NEWS_NAMES.search(data[0].name) or heading_matches(_words(script.name), news_headings)
        ):  # news_data.js: window.NEWS_ITEMS = [{…}, …]; export default [{…}, …]
            found.setdefault(script.resolve(), ScriptedNews(script, call))
    for text in scripts:
        held = [_HELD_LITERAL] if _FETCHES.search(text) else []
        for pattern in [*_CALLS, *held]:
            for match in pattern.finditer(text):
                address = match.group("path")
                path = _local(address, homepage.parent, site_dir)
                if path is None or path.suffix.lower() not in FILE_SUFFIXES:
                    continue
                box = match.groupdict().get("box") or ""
                says_news = _words(address) + " " + _words(box)
                if (
                    path.is_file()
                    and heading_matches(says_news, news_headings)
                    and (path.suffix.lower() not in DATA_SUFFIXES or _holds_news(path))
                ):
                    call = match.group().strip() + (")" if pattern is not _CALLS[2] else " …})")
                    call = f"fetch({match.group()})" if pattern in held else call
                    found.setdefault(path.resolve(), ScriptedNews(path, call))
    for text in scripts:
        for address, call in _templated(text, news_headings):
            path = _local(address, homepage.parent, site_dir)
            if (
                path is not None
                and path.suffix.lower() in FILE_SUFFIXES
                and path.is_file()
                and (path.suffix.lower() not in DATA_SUFFIXES or _holds_news(path))
            ):
                found.setdefault(path.resolve(), ScriptedNews(path, call))
    if not found and "<script" in page.lower() and _news_box(page):  # no file named: the one
        # there, for the box named news that a script fills (not a redirect's script)
        names = [n for n in BESIDE if (homepage.parent / n).is_file()]
        paths = [homepage.parent / n for n in names]
        if len(paths) == 1 and inside(paths[0], site_dir) and _holds_news(paths[0]):
            found[paths[0].resolve()] = ScriptedNews(paths[0], f"{names[0]} beside the page")
    return list(found.values())


def _templated(text: str, news_headings: list[str]) -> list[tuple[str, str]]:
    """(address, the call as written) for each news name of a string array of ``text``
    put into a templated address it fetches: ``fetch(`data/${name}.yml`)`` over
    ``["people", "news"]`` gives ``data/news.yml``."""
    calls = list(_TEMPLATED.finditer(text))
    if not calls:
        return []
    names = [
        name.group(2)
        for array in _NAME_ARRAY.finditer(text)
        for name in _ARRAY_NAME.finditer(array.group())
        if heading_matches(_words(name.group(2)), news_headings)
    ]
    return [
        (call.group("head") + name + call.group("tail"), call.group().strip() + ")")
        for call in calls
        for name in dict.fromkeys(names)
    ]


def _news_box(page: str) -> bool:
    """Whether the page holds an element named news that a script may fill (``<section
    id="news">``, ``<div class="news-list">``): with none (a page that only redirects, a
    page of other things), a data file beside it is shown by no script of it."""
    return any(NEWS_NAMES.search(m.group(2)) for m in _BOX.finditer(page))


_BOX = re.compile(r"""\s(?:id|class)\s*=\s*(['"])([^'"]*)\1""", re.I)  # an element's id, class


def _imports(text: str, folder: Path) -> list[tuple[str, Path, str]]:
    """(address, the folder it is relative to, the import as written) of each module a
    script imports (``import news from './news.js'``, ``import('./news.js')``)."""
    return [(m.group("path"), folder, m.group().strip()) for m in _IMPORT.finditer(text)]


def _holds_news(path: Path) -> bool:
    """Whether a data file holds a list of news entries (text and date)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    try:
        data = load_data(text, path.suffix.lower())
    except ValueError:  # not valid JSON/YAML/TOML/CSV: not what the page shows
        return False
    return news_entries(data, text, path.suffix.lower()) is not None


def _local(address: str, folder: Path, site_dir: Path) -> Path | None:
    """The site file an address names, or ``None`` (another site, a template)."""
    address = address.split("#", 1)[0].split("?", 1)[0].strip()
    if not address or "${" in address or re.match(r"[a-z][a-z0-9+.-]*:|//", address, re.I):
        return None
    path = (site_dir if address.startswith("/") else folder) / unquote(address).lstrip("/")
    return path if inside(path, site_dir) else None


def _words(text: str) -> str:
    return " ".join(re.findall(r"[^\W_\d]+", re.sub(r"\.\w+$", "", text)))
