"""A site whose pages feeds cannot find, but which keeps its news in a data file.

Some sites are built by a generator of their own (a ``build.py`` rendering Jinja2
``templates/`` from ``content/*.yaml``), so no page of the checkout is the homepage::

    config.yaml:          template_dir: templates, content_dir: content, build_dir: docs
    templates/index.html: {% for item in (news|sort(attribute="date", reverse=True))[:6] %}
    content/news.yaml:    news: {title: News, news: [{date: 2026-04-24, title: …}, …]}

When no homepage or news page is found, and no generator feeds knows is configured at
the root (Jekyll, Hugo, Astro and the other JavaScript frameworks, MkDocs, Quarto…), a
data file named news in one of the folders
sites keep their data in (:data:`DATA_FOLDERS`) that holds a list of dated news entries
(:mod:`.data_lists`) is read as the news, and ``-v`` says so. A file in a folder the
site's generator builds into is never read (:mod:`.output_folders`).
"""

from __future__ import annotations

from pathlib import Path

from .data_lists import DATA_SUFFIXES, load_data, news_entries
from .hugo import is_hugo
from .js_sites import is_js_site
from .localized_entries import localized
from .news_page import inside
from .output_folders import is_output, output_folders

DATA_FOLDERS = ("", "content", "data", "_data", "src/data", "src/_data", "source/_data")
NEWS_STEMS = ("news", "updates")
NOTE = (
    "news read from this file: no homepage or news page was found (a generator feeds does"
    " not know builds the pages), and this data file holds the site's dated news"
)


def fallback_news_data(site_dir: Path) -> Path | None:
    """The first news data file of :data:`DATA_FOLDERS` with dated entries, else ``None``
    (also when the site's generator is one feeds knows: its own readers say where the
    news is, and a data file they leave is no guess to make)."""
    if is_js_site(site_dir) or is_hugo(site_dir) or output_folders(site_dir):
        return None
    for folder in DATA_FOLDERS:
        for stem in NEWS_STEMS:
            for suffix in DATA_SUFFIXES:
                path = site_dir / folder / f"{stem}{suffix}"
                if not path.is_file() or not inside(path, site_dir) or is_output(path, site_dir):
                    continue
                if _dated_entries(path):
                    return path
    return None


def is_fallback_news_data(path: Path) -> bool:
    """Whether ``path`` is the file :func:`fallback_news_data` gives its site (the folder
    it is in, or the one or two above: ``content/``, ``src/data/``)."""
    resolved = path.resolve()
    return any(
        (found := fallback_news_data(site)) is not None and found.resolve() == resolved
        for site in list(path.parents)[:3]
    )


def _dated_entries(path: Path) -> bool:
    """Whether ``path`` holds news entries, most of them dated."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
        found = news_entries(localized(load_data(text, path.suffix.lower())), text, path.suffix)
    except (ValueError, OSError):
        return False
    if found is None:
        return False
    dated = sum(1 for entry in found.entries if entry.get("date") not in (None, ""))
    return 2 * dated > len(found.entries)
