"""Which sites' generators read front matter after white space
(:mod:`feeds.parse.front_matter_lead`): Hugo's and Pandoc's (Quarto, R Markdown sites),
found by their settings files in the content folder or the folders above it up to the
site's root."""

from __future__ import annotations

from pathlib import Path

from .hugo import is_hugo
from .notebook_site import SITE_FILES

_ROOT_MARKS = ("_config.yml", "_config.yaml", "package.json", ".git")  # another site's root
_LEVELS = 3  # a page file's folder, content/, the site


def spaced_front_matter(folder: Path) -> bool:
    """Whether the site read from ``folder`` is rendered by Hugo or Pandoc."""
    for root in [folder, *folder.resolve().parents][:_LEVELS]:
        if is_hugo(root) or any((root / name).is_file() for name in SITE_FILES):
            return True
        if any((root / name).exists() for name in _ROOT_MARKS):
            return False
    return False
