"""The files that hold a Jekyll homepage's menu: its layouts and what they include.

A Jekyll site's menu is rarely in the homepage's own text: the layout it is shown in
writes it (``_layouts/default.html``: ``<a href="/aktuelles" class="btn">Aktuelles</a>``),
or an include the layout calls (``{% include header.html %}``, ``_includes/nav.html``).
When the homepage has no news, the news page is the one that menu links as news, whatever
its file is named (``aktuelles.md``, ``noticias.md``).

The layouts are the page's ``layout:`` (or the one ``_config.yml`` ``defaults:`` give),
and the layouts they are laid out in; a page without one gets the layout GitHub Pages
gives it (its ``jekyll-default-layout``): ``home`` for the homepage ``index``, ``page``
for another page, when the site has it, else ``default``.
"""

from __future__ import annotations

import re
from pathlib import Path

from .jekyll_layouts import LAYOUT_SUFFIXES, MAX_LAYOUTS, page_layouts

_INCLUDE = re.compile(r"\{%-?\s*include\s+([\w./-]+)[^%]*%\}")


def menu_files(page: Path, site_dir: Path) -> list[Path]:
    """The layouts of Jekyll ``page`` (innermost first) and the includes they call, each
    once; ``[]`` when the site has no ``_layouts/``."""
    if not (site_dir / "_layouts").is_dir():
        return []
    layouts = page_layouts(page, site_dir) or _pages_default(page, site_dir)
    found = list(layouts)
    for layout in layouts:
        try:
            text = layout.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for name in _INCLUDE.findall(text):
            path = site_dir / "_includes" / name
            inside = path.resolve().is_relative_to(site_dir.resolve())
            if inside and path.is_file() and path not in found:
                found.append(path)
    return found


def _pages_default(page: Path, site_dir: Path) -> list[Path]:
    """The layout GitHub Pages gives a page that names none (``home``, ``page`` or
    ``default``, the first the site has), with the layouts it is laid out in."""
    names = ("home", "page", "default") if page.stem == "index" else ("page", "default")
    for name in names:
        for suffix in LAYOUT_SUFFIXES:
            path = site_dir / "_layouts" / f"{name}{suffix}"
            if path.is_file():
                return [path, *_outer(path, site_dir)]
    return []


def _outer(layout: Path, site_dir: Path) -> list[Path]:
    """The layouts ``layout`` is itself laid out in (``layout: default`` in its front
    matter), outermost last."""
    return [p for p in page_layouts(layout, site_dir) if p != layout][:MAX_LAYOUTS]
