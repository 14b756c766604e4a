"""A Jekyll homepage kept in a folder of its own: ``pages/home.md`` whose front matter
says ``permalink: /`` (or ``/index.html``) is published as the site's ``index.html``
wherever it sits (Petridish sites keep their pages in ``pages/``). Looked for when the
usual names (``index.md``, ``_pages/about.md``) and top-level pages give no homepage;
Markdown pages only (an HTML page there is a template, not read as a page)."""

from __future__ import annotations

from pathlib import Path

from .page_folders import folder_pages

HOME_PERMALINKS = ("/", "/index.html")


def folder_homepage(site_dir: Path) -> Path | None:
    """The first page in a sub-folder of the Jekyll site ``site_dir`` (by depth, then
    path) whose ``permalink`` is the site's root; ``None`` when none is."""
    for path, meta in folder_pages(site_dir):
        if path.suffix != ".html" and str(meta.get("permalink") or "").strip() in HOME_PERMALINKS:
            return path
    return None
