"""A site whose generator's project is one folder down from the repository's root.

Many repositories keep the site's project in a folder of its own (``web/``,
``website/``, ``site/``): the root holds only a ``README.md``, a ``LICENSE`` and the
workflow that builds the folder (``working-directory: ./web``), and the generator's
configuration (``web/astro.config.mjs``, ``website/_config.yml``, ``site/hugo.toml``) is
in the folder. Given such a root, the tool reads that folder as if it were the root:
its configuration gives the settings' defaults, its homepage and news are found the way
a root's are (:func:`.content_root.resolve_content`).

Only when the root has no site of its own (no ``feeds.toml``, no generator's
configuration, nothing a root's finders find, not even a ``docs/`` GitHub Pages
publishes) and exactly one folder beside it holds a generator's project in which a
homepage or news is found, or, of several such (``webpage/``, a Hugo site, beside
``vlab/``, a Vite app), exactly one has a news page or a homepage with a news heading;
with two alike (``web/`` and ``docs/``, both with news) the root is left as it is and its
error says what it did not find.
"""

from __future__ import annotations

from pathlib import Path

from ..config import CONFIG_NAME, Settings
from ..diagnostics import BuildError, Reporter, display_path
from .content_root import resolve_content
from .hugo import is_hugo
from .js_sites import is_js_site
from .language_homepages import _has_news as has_news_heading
from .news_page import news_page_candidates
from .notebook_site import says_news
from .output_folders import output_folders

SKIPPED = frozenset({"node_modules"})  # besides hidden folders (.github/, .vscode/)


def has_generator(folder: Path) -> bool:
    """Whether a site generator is configured at ``folder`` (Jekyll ``_config.yml``,
    Hugo, MkDocs, Pelican, Quarto, R Markdown, Eleventy, Astro, Next.js, ``package.json``…)."""
    return bool(output_folders(folder)) or is_js_site(folder) or is_hugo(folder)


def _finds_site(folder: Path) -> bool:
    try:
        resolve_content(folder)
    except BuildError:
        return False
    return True


def project_folder(root: Path) -> Path | None:
    """The one folder of ``root`` holding a generator's project with a homepage or news,
    when ``root`` holds no site of its own; else ``None``."""
    if not root.is_dir() or (root / CONFIG_NAME).is_file() or has_generator(root):
        return None
    try:
        folders = sorted(p for p in root.iterdir() if p.is_dir() and not p.is_symlink())
    except OSError:
        return None
    projects = [
        folder
        for folder in folders
        if not folder.name.startswith(".") and folder.name not in SKIPPED
        if has_generator(folder)
    ]
    if not projects or _finds_site(root):
        return None
    found = [folder for folder in projects if _finds_site(folder)]
    if len(found) > 1:  # webpage/ (Hugo, a news section) beside vlab/ (a Vite app)
        found = [folder for folder in found if _has_news(folder)]
    return found[0] if len(found) == 1 else None


def _has_news(folder: Path) -> bool:
    """Whether the site of ``folder`` has a news page, or what it reads is named as news
    (``src/data/news.yaml``) or a homepage with a news heading."""
    headings = Settings().news_headings
    if news_page_candidates(folder, headings):
        return True
    try:
        page = resolve_content(folder)[1]
    except BuildError:
        return False
    return says_news(page.stem, headings) or has_news_heading(page)


def site_folder(content: Path, reporter: Reporter, overrides: dict | None = None) -> Path:
    """``content``, or the project folder read in its place (``-v`` says which); a
    ``page`` setting given on the command line names a page of ``content`` itself."""
    if (overrides or {}).get("page"):
        return content
    folder = project_folder(content)
    if folder is None:
        return content
    reporter.info(
        display_path(content),
        None,
        f"no site at the root: the site is the project in {folder.name}/, read as the root",
    )
    return folder
