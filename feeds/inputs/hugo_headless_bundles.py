"""Hugo news kept as the page resources of a headless bundle: a folder of the news
section whose ``index.md`` says ``headless: true`` (``content/news/items/index.md``) is
never a page, and the Markdown files beside it are its resources, which a template
walks (``(site.GetPage "news/items").Resources.ByType "page"``) to show one entry each,
from its front matter: ``date:``, ``title:`` (else ``description:``), ``link:``. Such
an entry has no page of its own. Read only when a template of the site or of its theme
uses a page's ``.Resources``.
"""

from __future__ import annotations

from pathlib import Path

from ..diagnostics import BuildError, Reporter, display_path
from ..model import Item
from ..parse.front_matter import BadFrontMatter, front_matter
from .data_entry import news_entry
from .hugo_front_list import _items as entry_items
from .hugo_layout_news import a_template_says

MAX_BUNDLES = 20
MAX_TEMPLATES = 300
RESOURCES = ".Resources"


def headless_bundles(folder: Path) -> list[Path]:
    """The folders below ``folder`` whose ``index.md`` is a headless bundle's."""
    found = []
    for index in sorted(folder.rglob("index.md"))[: MAX_BUNDLES * 5]:
        if index.parent != folder and _meta(index).get("headless") is True:
            found.append(index.parent)
    return found[:MAX_BUNDLES]


def read_headless_entries(
    site_dir: Path, folder: Path, site_url: str, reporter: Reporter
) -> list[Item]:
    """The entries kept as resources of the headless bundles of the news ``folder`` of
    the site ``site_dir``, in file order (``[]`` when it has none or no template walks
    a page's resources)."""
    bundles = headless_bundles(folder)
    if not bundles or not _walks_resources(site_dir):
        return []
    events: list[Item] = []
    for bundle in bundles:
        for path in sorted(bundle.glob("*.md")):
            if path.name.split(".")[0] == "index":  # the bundle's own page, a translation
                continue
            meta = _meta(path)
            if meta.get("draft") is True:
                continue
            entry = news_entry(meta)
            source = display_path(path)
            if entry is None:
                reporter.warn(source, 1, "no title or description in its front matter; left out")
                continue
            events += entry_items([entry], [1], source, (1, "news"), site_url, None, reporter)
    return events


def _meta(path: Path) -> dict:
    try:
        return front_matter(path)
    except (BuildError, BadFrontMatter):
        return {}


def _walks_resources(site_dir: Path) -> bool:
    """Whether a template of the site (or of its theme) uses a page's resources."""
    return a_template_says(site_dir, lambda text: RESOURCES in text, MAX_TEMPLATES)
