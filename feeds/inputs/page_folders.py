"""Pages a Jekyll site keeps in folders of its own (``menu/news.md``,
``main/z_menu/01_news.markdown``): Jekyll renders every file with front matter wherever it
sits, and the front matter says where it is published (``permalink: /news/``).

The walk is bounded (folder depth, number of files) and reads only the head of each
Markdown or HTML file, its front matter; folders Jekyll does not publish as pages are
not entered: its output (``_site/``, or its ``destination:``: :mod:`.output_folders`),
``vendor/``, ``node_modules/``, ``assets/``, dot folders and the ``_``-folders (layouts,
includes, data, collections: read through their own rules), and what ``_config.yml``
``exclude:`` names (``exclude: [drafts, "notes/*.md"]``). A ``templates/`` folder holds a
site's authoring templates (``templates/news-template.md``, titled "Your News Title Here",
copied to write a post): never a page of the site's news, talks or home.
"""

from __future__ import annotations

import os
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from ..parse.front_matter import BadFrontMatter, split_front_matter
from .jekyll import config_path, read_config
from .output_folders import is_output

PAGE_SUFFIXES = (".md", ".markdown", ".html")
SKIPPED = frozenset({"vendor", "node_modules", "assets", "templates", "template"})
MAX_DEPTH = 4  # folders below the site's root: menu/news.md is 1
MAX_FILES = 2_000  # pages looked at; a larger site's pages beyond them are not
HEAD_BYTES = 8_192  # front matter longer than this is not read


def folder_pages(site_dir: Path) -> list[tuple[Path, dict[str, Any]]]:
    """(page, front matter) of each Markdown/HTML page with front matter in a sub-folder
    of the Jekyll site ``site_dir`` (not at its top level, not in ``_pages/``), in a
    fixed order: by depth, then by path."""
    if not config_path(site_dir).is_file():
        return []
    found: list[tuple[int, str, Path]] = []
    looked = 0
    excluded = _excluded(site_dir)
    for root, dirs, files in os.walk(site_dir):
        here = Path(root)
        where = here.relative_to(site_dir)
        depth = len(where.parts)
        dirs[:] = sorted(
            d
            for d in dirs
            if depth < MAX_DEPTH
            and _entered(d)
            and not is_output(here / d, site_dir)
            and not excluded((where / d).as_posix())
        )
        if depth == 0:
            continue
        for name in sorted(files):
            if not name.endswith(PAGE_SUFFIXES) or looked >= MAX_FILES:
                continue
            if excluded((where / name).as_posix()):
                continue
            looked += 1
            found.append((depth, str(here / name), here / name))
    pages = []
    for _, _, path in sorted(found):
        meta = head_front_matter(path)
        if meta:
            pages.append((path, meta))
    return pages


def _excluded(site_dir: Path):
    """Whether a path (relative to the site, ``/``-separated) is one ``exclude:`` of
    ``_config.yml`` names, as Jekyll matches them: the path itself, a folder holding it,
    or a shell pattern (``*.md``, ``notes/*``)."""
    listed = read_config(site_dir).get("exclude")
    patterns = [
        str(entry).strip().strip("/")
        for entry in (listed if isinstance(listed, list) else [])
        if isinstance(entry, str | int | float) and str(entry).strip().strip("/")
    ]

    def excluded(relative: str) -> bool:
        return any(
            fnmatch(relative, pattern) or relative.startswith(pattern + "/") for pattern in patterns
        )

    return excluded


def _entered(name: str) -> bool:
    return not name.startswith((".", "_")) and name not in SKIPPED


def head_front_matter(path: Path) -> dict[str, Any]:
    """The front matter of ``path`` read from its first bytes (``{}`` when it has none,
    is malformed, longer than :data:`HEAD_BYTES` or the file cannot be read)."""
    if not path.is_file():  # a pipe would wait for a writer forever
        return {}
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError:
        return {}
    if not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"---", b"+++")):
        return {}
    text = head.decode("utf-8-sig", errors="replace").replace("\r\n", "\n")
    try:
        meta, _ = split_front_matter(text)
    except BadFrontMatter:
        return {}
    return meta
