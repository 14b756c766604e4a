"""A JavaScript framework's site whose homepage component writes its news as literal
markup (``src/pages/index.astro``: ``<h2>News</h2><ul><li><strong>[May 2026]</strong> …``),
with no data file behind it: the component is read as an HTML page
(:mod:`feeds.parse.component_markup`).

The data a component imports or queries comes first (:mod:`.js_sites`); else the homepage
component, or a component it uses (``<News />``), whose own markup has a news heading
over items. A list the component generates from data is code, never literal news: with
no data behind it, the component is refused as before.
"""

from __future__ import annotations

import io
from pathlib import Path

from ..config import Settings
from ..diagnostics import BuildError, Reporter, display_path
from ..parse.component_markup import MARKUP_SUFFIXES
from ..parse.front_matter import read_text
from ..parse.page import read_page
from .js_sites import (
    MAX_FILES,
    _components,
    component_news,
    homepage_component,
    js_site_news,
    site_root_of,
)
from .news_page import inside


def markup_news_component(
    site_dir: Path, component: Path | None = None, news_headings: list[str] | None = None
) -> Path | None:
    """The homepage component (or ``component``), else the first component it uses, whose
    literal markup lists news under a news heading; ``None`` when none does."""
    start = component or homepage_component(site_dir)
    if start is None:
        return None
    headings = Settings().news_headings if news_headings is None else news_headings
    seen: list[Path] = []
    todo = [start]
    while todo and len(seen) < MAX_FILES:
        path = todo.pop(0)
        if path in seen or not path.is_file() or not inside(path, site_dir):
            continue
        seen.append(path)
        text = read_text(path, display_path(path))
        if path.suffix.lower() in MARKUP_SUFFIXES and _lists_news(path, text, headings):
            return path
        todo += _components(text, path, site_dir)
    return None


def component_page(component: Path) -> Path:
    """What ``component`` (given as ``--content``) shows as news: the data it imports,
    else itself when its markup lists news; else a :class:`BuildError` saying why not."""
    site = site_root_of(component)
    found = js_site_news(site, component) or markup_news_component(site, component)
    return found or component_news(component)


def _lists_news(path: Path, text: str, headings: list[str]) -> bool:
    quiet = Reporter(quiet=True, stream=io.StringIO())
    try:
        page = read_page(path, display_path(path), headings, [], quiet, text)
    except BuildError:
        return False
    return bool(page.items)
