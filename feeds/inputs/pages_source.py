"""A site GitHub Pages publishes from the repository's ``docs/`` folder.

GitHub Pages serves a repository from its root or from ``docs/``. A repository whose root
has no site of its own (no homepage, no generator's configuration: only ``README.md``,
``CLAUDE.md``, a ``LICENSE``) and whose ``docs/`` holds a homepage (``index.html``,
``index.md``) is published from ``docs/``: given the root, the tool reads ``docs/`` as
the content folder, as it reads an MkDocs site's ``docs_dir``. A ``docs/`` that a
generator configured at the root builds into (Quarto's ``output-dir: docs``) is its
built copy, never read (:mod:`.output_folders`).
"""

from __future__ import annotations

from pathlib import Path

from .news_page import inside
from .output_folders import output_folders

PUBLISHED_FOLDER = "docs"
FOLDER_HOMEPAGES = ("index.html", "index.htm", "index.md", "index.markdown")


def published_folder(site_dir: Path) -> Path | None:
    """``docs/`` of ``site_dir`` when it holds a homepage and no generator is configured
    at the root, else ``None``; asked only when the root itself gives no homepage."""
    folder = site_dir / PUBLISHED_FOLDER
    if not folder.is_dir() or not inside(folder, site_dir) or output_folders(site_dir):
        return None
    if not any((folder / name).is_file() for name in FOLDER_HOMEPAGES):
        return None
    return folder
