"""An ``index.html`` at the root of an Astro project is none of its pages.

Astro builds the site from ``src/pages/`` (``index.astro``, ``index.md``…) into its
``outDir`` (``dist/``, or ``docs/`` for GitHub Pages' ``/docs`` folder, committed)::

    astro.config.mjs:       outDir: './docs'
    src/pages/index.astro:  import news from '../data/news.yml'
    index.html:             a template's demo page left from before the move to Astro

A root ``index.html`` is never part of that build: it is a leftover, stale, while the
page readers see is the one ``src/pages/`` makes. So with an Astro configuration and a
homepage in ``src/pages/`` at the root, that ``index.html`` is not the homepage: the
site is read from its sources, as any Astro site is (the data its homepage imports),
never from the built copy, and ``-v`` says why the root page was passed over.
"""

from __future__ import annotations

import re
from pathlib import Path

from .astro_config import astro_config

ASTRO_HOMEPAGES = tuple(f"src/pages/index.{s}" for s in ("astro", "md", "mdx", "html"))
_OUT_DIR = re.compile(r"""\boutDir\s*:\s*(['"`])([^'"`\n]+)\1""")


def unserved_root_page(site_dir: Path) -> bool:
    """Whether ``site_dir``'s own ``index.html`` is none of its pages: an Astro project
    whose homepage is in ``src/pages/``."""
    if astro_config(site_dir) is None:
        return False
    return any((site_dir / name).is_file() for name in ASTRO_HOMEPAGES)


def unserved_note(site_dir: Path) -> str:
    """What ``-v`` says of the root ``index.html`` it passed over (``""`` when none)."""
    config = astro_config(site_dir)
    if (
        config is None
        or not unserved_root_page(site_dir)
        or not (site_dir / "index.html").is_file()
    ):
        return ""
    text = config.read_text(encoding="utf-8", errors="replace")[:100_000]
    found = _OUT_DIR.search(text)
    out = found.group(2).strip().strip("./") if found else "dist"
    return (
        f"; index.html at the root is not read: {config.name} builds the site from "
        f"src/pages/ into {out or 'dist'}/, so that page is not what readers see"
    )
