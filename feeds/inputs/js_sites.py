"""A site built by a JavaScript framework (Astro, Next.js, Nuxt, SvelteKit, Gatsby,
Eleventy) whose homepage component imports its news as data: what a reader sees there
is that data, never the component's template code.

The site is known by its configuration (``astro.config.mjs``, ``nuxt.config.ts``,
``next.config.js``, ``svelte.config.js``, ``gatsby-config.js``, ``eleventy.config.js``,
else a ``package.json``); its homepage component is ``src/pages/index.astro``,
``pages/index.vue`` (``pages/[[locale]]/index.vue``), ``app/page.tsx``,
``src/routes/+page.svelte``… (an Astro site in several languages:
``src/pages/[...locale]/index.astro``, when ``src/pages/index.astro`` only redirects
to it, :mod:`.redirect_pages`). From it, and from the components it uses (``import X from
'../components/News.astro'``, Nuxt's ``<NewsSection />`` from ``components/``), a few
levels deep, the news is:

- a data file it imports whose name or import says news (``import news from
  '../data/news.json'``; JSON, YAML, TOML), read as every data file is (:mod:`.data_file`),
  or the array of a module it imports by a news name (``import { awardItems, newsItems }
  from '../data/highlights'``); imports written through an alias the site declares
  (``@content/news.yaml``, :mod:`.import_aliases`) are followed;
- a content collection it queries (``queryContent('news')``, ``queryCollection('news')``,
  ``getCollection('news')``): ``content/news/`` (Nuxt) or ``src/content/news/`` (Astro),
  one document an item (:mod:`.content_folder`), or where the Astro content configuration
  loads it from (``file('src/data/news.yaml')``, ``glob({ base })``:
  :mod:`.astro_collections`); also a collection of posts the homepage
  queries (``getCollection('posts')``, ``'blog'``), as far as its filters show them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ..diagnostics import BuildError, display_path
from .astro_collections import collection_source
from .data_lists import load_data, news_entries
from .eleventy_pages import looped_names, news_templates
from .import_aliases import REEXPORT, folder_index, resolve_import
from .localized_entries import localized
from .news_loaders import imported_names, loaded_folders, loader_files, maps_held_news
from .news_page import inside
from .redirect_pages import only_redirects
from .script_data import is_script, script_news

CONFIGS = (
    "astro.config.mjs", "astro.config.ts", "astro.config.js", "nuxt.config.ts",
    "nuxt.config.js", "next.config.js", "next.config.mjs", "next.config.ts",
    "svelte.config.js", "svelte.config.ts", "gatsby-config.js", "gatsby-config.ts",
    "eleventy.config.js", "eleventy.config.mjs", ".eleventy.js", "package.json",
)  # fmt: skip
# Astro i18n: the homepage of each language, when the root page only redirects to one
LOCALE_HOMEPAGES = tuple(
    f"src/pages/[{name}]/index.astro" for name in ("...locale", "locale", "lang", "...lang")
)
HOMEPAGES = (
    "src/pages/index.astro", *LOCALE_HOMEPAGES, "src/pages/index.mdx", "pages/index.vue",
    "app/pages/index.vue",
    "pages/[[locale]]/index.vue", "pages/[locale]/index.vue", "pages/[lang]/index.vue",
    "app/pages/[[locale]]/index.vue", "app.vue", "src/routes/+page.svelte",
    "src/routes/+page.ts", "src/routes/+page.js", "src/routes/+page.server.ts",
    "app/page.tsx", "app/page.jsx", "app/page.js", "src/app/page.tsx", "src/app/page.jsx",
    "pages/index.tsx", "pages/index.jsx", "pages/index.js", "src/pages/index.tsx",
    "src/pages/index.jsx", "src/pages/index.js", "index.njk", "index.liquid",
    # Nextra: the homepage is an MDX page (``nextra({ contentDirBasePath: "/content" })``)
    "app/page.mdx", "src/app/page.mdx", "pages/index.mdx", "content/index.mdx",
    "src/content/index.mdx",
)  # fmt: skip
COMPONENT_SUFFIXES = (".astro", ".vue", ".svelte", ".tsx", ".jsx", ".ts", ".js", ".mjs", ".mdx")
DATA_SUFFIXES = (".json", ".yaml", ".yml", ".toml")
_SUFFIXES = (*COMPONENT_SUFFIXES, *DATA_SUFFIXES)
CONTENT_SUFFIXES = (".md", ".mdx", ".markdown")
NEWS_NAMES = re.compile(r"news|updates?\b|announcements?|whats_?new|latest|notices?", re.I)
MAX_FILES = 30
MAX_CHARS = 200_000

# import X from, import { A, B as C } from, import * as X from, and a default with either
# (import X, { A } from; import X, * as Y from); import type …; import(…); require(…)
_IMPORT = re.compile(
    r"""(?:\bimport\s+(?:type\s+)?(?:(?P<name>[\w$]+)(?=\s*,|\s+from\b)\s*,?\s*)?"""
    r"""(?:\{(?P<names>[^}]*)\}|\*\s*as\s+(?P<star>[\w$]+))?(?<=[\w$}])\s*from\s*"""
    r"""|\bimport\s*\(\s*|\brequire\s*\(\s*)(?P<quote>['"])(?P<path>[^'"\n]+)(?P=quote)"""
)
_QUERY = re.compile(
    r"""\b(?:queryContent|queryCollection|getCollection|getEntries)\s*\(\s*"""
    r"""(?:[\w$]+\s*,\s*)?(['"`])/?(?P<name>[\w./-]+?)/?\1"""
)
# a call naming a collection the content configuration defines, through the site's own
# helper (``getSingle('news')``, ``getData("updates")``)
_CALLED = re.compile(r"""\b[A-Za-z_$][\w$]*\s*\(\s*(['"`])(?P<name>[\w-]+)\1\s*\)""")
_POSTS = re.compile(r"posts?|blog|articles")  # a collection of dated posts the page shows
_GLOB = re.compile(r"""import\.meta\.glob\(\s*(['"`])(?P<path>[^'"`*]+)/[^'"`]*\1""")
_TAG = re.compile(r"<([A-Z][\w]*(?:\.[A-Z]\w*)?|[a-z]+(?:-[a-z0-9]+)+)[\s/>]")


def is_js_site(site_dir: Path) -> bool:
    return site_dir.is_dir() and any((site_dir / name).is_file() for name in CONFIGS)


def is_component(path: Path) -> bool:
    """Whether ``path`` is a framework component (its text is template code)."""
    return path.suffix.lower() in (".astro", ".vue", ".svelte", ".tsx", ".jsx")


def homepage_component(site_dir: Path) -> Path | None:
    if not is_js_site(site_dir):
        return None
    pages = [site_dir / n for n in HOMEPAGES if (site_dir / n).is_file()]
    return next((page for page in pages if not only_redirects(page)), next(iter(pages), None))


def js_site_news(
    site_dir: Path, component: Path | None = None, *, posts: bool = False
) -> Path | None:
    """The news data file or content folder the homepage component (or ``component``)
    shows; ``None`` when the site is no such site or the component shows none.
    ``posts``: the collection of posts it shows instead (``getCollection('posts')``),
    tried only after news written in its markup."""
    start = component or homepage_component(site_dir)
    if start is None:
        return None
    found: list[Path] = []
    for path, text in reached_components(start, site_dir):
        found += _news_data(text, path, site_dir, posts=posts)
    return next(iter(found), None)


def reached_components(start: Path, site_dir: Path) -> Iterator[tuple[Path, str]]:
    """``start`` and the components and modules it imports, and theirs (at most
    :data:`MAX_FILES`, inside the site), each with its text."""
    seen: list[Path] = []
    todo = [start]
    while todo and len(seen) < MAX_FILES:
        path = todo.pop(0)
        if path in seen or not path.is_file() or not inside(path, site_dir):
            continue
        seen.append(path)
        text = path.read_text(encoding="utf-8", errors="replace")[:MAX_CHARS]
        yield path, text
        todo += _components(text, path, site_dir)


def site_root_of(component: Path) -> Path:
    """The folder of the site ``component`` belongs to (its configuration's)."""
    for folder in component.resolve().parents:
        if is_js_site(folder):
            return folder
    return component.parent


def component_news(component: Path) -> Path:
    """The news data ``component`` (given as ``--content``) shows, else a
    :class:`BuildError` saying why it is not read as a page."""
    site = site_root_of(component)
    found = js_site_news(site, component)
    if found is None:
        raise BuildError(
            f"{display_path(component)}:1: a {component.suffix} component is template code, "
            "not news, and it imports no news data (news.json, content/news/) nor writes "
            "a news list in its markup; give "
            "--content the data file or the site's folder"
        )
    return found


ELEVENTY_CONFIGS = (
    "eleventy.config.js",
    "eleventy.config.mjs",
    "eleventy.config.cjs",
    ".eleventy.js",
)
ELEVENTY_HOMEPAGES = ("index.njk", "index.liquid", "index.md", "index.html", "index.webc")
_INCLUDE = re.compile(r"""\{%-?\s*include\s+(['"])(?P<path>[^'"]+)\1""")


def eleventy_news(site_dir: Path) -> Path | None:
    """The global data file (``_data/news.json``, ``.yaml``) an Eleventy site's homepage
    (``index.njk``, ``index.md``…, in the site or ``src/``) loops over, itself or in a
    template it includes from ``_includes/``; ``None`` when it is no such site."""
    if not any((site_dir / name).is_file() for name in ELEVENTY_CONFIGS):
        return None
    for base in (site_dir, site_dir / "src"):
        for home in news_templates(base, ELEVENTY_HOMEPAGES, NEWS_NAMES) if base.is_dir() else []:
            texts = [_text(home)]
            included = [base / "_includes" / m.group("path") for m in _INCLUDE.finditer(texts[0])]
            texts += [_text(p) for p in included[:MAX_FILES] if inside(p, site_dir)]
            for name in (n for t in texts for n in looped_names(t) if NEWS_NAMES.search(n)):
                for suffix in DATA_SUFFIXES:
                    data = base / "_data" / f"{name}{suffix}"
                    if data.is_file() and _holds_entries(data):
                        return data
    return None


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")[:MAX_CHARS]
    except OSError:
        return ""


def _news_data(text: str, path: Path, site_dir: Path, *, posts: bool = False) -> list[Path]:
    """The news data files and content folders ``text`` imports or queries (``posts``:
    the collections of posts it queries, alone)."""
    found = []
    if posts:
        return [
            folder
            for match in _QUERY.finditer(text)
            if _POSTS.fullmatch(name := match.group("name"))
            and _has_documents(folder := _loaded(site_dir, name) or site_dir / "src/content" / name)
        ]
    for match in _IMPORT.finditer(text):
        target = resolve_import(match.group("path"), path, site_dir, _SUFFIXES)
        name = " ".join(n for n in (match.group("name"), match.group("star")) if n)
        if target is not None and target.is_dir():  # import { data } from "@/data"
            if NEWS_NAMES.search(path.stem) and is_component(path):  # News.tsx: its news
                found += [f for f in _folder_news(target) if _holds_entries(f)]
            continue
        if target is None:
            continue
        names = imported_names(match.group("names"), match.group("name"))
        exported = _news_exports(match.group("names"))  # { awardItems, newsItems }
        named = NEWS_NAMES.search(target.stem) or NEWS_NAMES.search(name)
        named = named or (is_script(target) and maps_held_news(text, names))
        if target.suffix.lower() in DATA_SUFFIXES:
            if (named or exported) and target.is_file() and _holds_entries(target):
                found.append(target)
        elif (named or exported) and is_script(target):
            scripted = script_news(target)  # src/data/news.ts: export const news = [{…}]
            if scripted is not None and (named or scripted[0].name in exported):
                found.append(target)  # (of highlights.ts, the news array it imports)
    found += [p for p in loader_files(text, path, site_dir) if _holds_entries(p)]  # getNews()
    found += [p for p in loaded_folders(text, path, site_dir) if _has_documents(p)]  # fs reads
    for match in _QUERY.finditer(text):
        name = match.group("name")
        loaded = _loaded(site_dir, name) if NEWS_NAMES.search(name) else None
        if loaded is not None and (_holds_entries(loaded) or _has_documents(loaded)):
            found.append(loaded)  # Astro 5: file('src/data/news.yaml'), glob({ base })
            continue
        for root in (site_dir / "content", site_dir / "src" / "content", site_dir / "app"):
            folder = root / name
            if NEWS_NAMES.search(name) and _has_documents(folder):
                found.append(folder)
                break
    for match in _CALLED.finditer(text):  # getSingle('news'): a helper over getCollection
        loaded = _loaded(site_dir, name) if NEWS_NAMES.search(name := match.group("name")) else None
        if loaded is not None and (_holds_entries(loaded) or _has_documents(loaded)):
            found.append(loaded)
    for match in _GLOB.finditer(text):
        folder = resolve_import(match.group("path"), path, site_dir, _SUFFIXES)
        if folder is not None and NEWS_NAMES.search(folder.name) and _has_documents(folder):
            found.append(folder)
    return found


def _news_exports(braced: str | None) -> list[str]:
    """The names said news that an import takes from its module: ``{ newsItems as
    items, awardItems }`` → ``newsItems``."""
    parts = [part.replace("type ", " ").split() for part in (braced or "").split(",")]
    return [words[0] for words in parts if words and NEWS_NAMES.search(words[0])]


def _loaded(site_dir: Path, name: str) -> Path | None:
    """The data file or folder the content configuration loads collection ``name`` from."""
    found = collection_source(site_dir, name)
    if found is not None and found.is_file() and found.suffix.lower() not in DATA_SUFFIXES:
        return None
    return found


def _components(text: str, path: Path, site_dir: Path) -> list[Path]:
    """Components ``text`` imports, and Nuxt's auto-imported ones it uses as tags."""
    found = []
    imports = [*_IMPORT.finditer(text), *REEXPORT.finditer(text)]
    for match in imports:
        target = resolve_import(match.group("path"), path, site_dir, _SUFFIXES)
        if target is not None and target.is_dir():  # "../sections": its index.ts
            target = folder_index(target, COMPONENT_SUFFIXES)
        if target is not None and target.suffix.lower() in COMPONENT_SUFFIXES:
            found.append(target)
    for tag in dict.fromkeys(_TAG.findall(text)):
        name = "".join(part.capitalize() for part in tag.split("-")) if "-" in tag else tag
        for folder in ("components", "app/components", "src/components"):
            for suffix in (".vue", ".astro", ".svelte"):
                candidate = site_dir / folder / f"{name}{suffix}"
                if candidate.is_file():
                    found.append(candidate)
    return found


def _folder_news(folder: Path) -> list[Path]:
    """The news data files of a data folder a news component imports whole (``import {
    data } from "@/data"``, a module generated from ``data/*.yml`` at build time)."""
    return [
        folder / f"news{suffix}" for suffix in DATA_SUFFIXES if (folder / f"news{suffix}").is_file()
    ]


def _holds_entries(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
        data = localized(load_data(text, path.suffix.lower()))
        return news_entries(data, text, path.suffix) is not None
    except (ValueError, OSError):
        return False


def _has_documents(folder: Path) -> bool:
    return folder.is_dir() and any(
        p.suffix.lower() in CONTENT_SUFFIXES for p in folder.rglob("*") if p.is_file()
    )
