"""A Hugo site's ``data/news.yaml`` that no page shows: a leftover, not its news.

A site started from a template that kept its news in ``data/news.yaml`` may have moved
its news onto the homepage (a Hugo Blox ``markdown`` block titled "Recent News", a
``## News`` list in ``content/_index.md``) and left the old file behind. Hugo shows a data
file only through a template naming it (``site.Data.news``, ``index site.Data "news"``);
when no template of the site (``layouts/``, a theme in ``themes/``) names it, the
theme is none that could (no theme, or a Hugo Blox / Wowchemy module, whose blocks never
read ``data/news``), and the homepage lists news of its own, the file is read by no
page, and is no news. With a theme that is not in the repository and not Hugo Blox, what
its templates show cannot be known: the file is read as before.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..config import Settings
from ..diagnostics import Reporter, display_path
from ..parse import parse_page
from .hugo import content_roots, read_hugo_config
from .hugo_absent_theme import absent_theme, theme_names
from .hugo_landing import landing_news
from .hugo_layout_news import layout_roots
from .news_page import is_news_title

MAX_TEMPLATES = 300  # template files looked through
MAX_CHARS = 200_000
_NAMES_NEWS = re.compile(r"\bData\.news\b|\bData\s*\)?\s+[\"`]news[\"`]")
_BLOX = re.compile(r"hugo-?blox|wowchemy", re.I)
HOMEPAGES = ("_index.md", "_index.html")


def leftover_news_data(site_dir: Path) -> bool:
    """Whether ``data/news.*`` of a Hugo site is shown by no page (see above)."""
    if _templates_name_news(site_dir):
        return False
    if absent_theme(site_dir) is not None and not _blox(site_dir):
        return False  # a theme's templates we cannot read may show it
    return _homepage_lists_news(site_dir)


def _templates_name_news(site_dir: Path) -> bool:
    seen = 0
    for root in layout_roots(site_dir):
        for path in sorted(root.rglob("*")):
            if not path.is_file() or path.suffix.lower() not in (".html", ".xml", ".json"):
                continue
            seen += 1
            if seen > MAX_TEMPLATES:
                return True  # too many to look through: as if one showed it
            text = path.read_text(encoding="utf-8", errors="replace")[:MAX_CHARS]
            if _NAMES_NEWS.search(text):
                return True
    return False


def _blox(site_dir: Path) -> bool:
    """Whether the site's theme is Hugo Blox (Wowchemy): its module paths say so."""
    names = " ".join(theme_names(read_hugo_config(site_dir)))
    go_mod = site_dir / "go.mod"
    if go_mod.is_file():
        names += " " + go_mod.read_text(encoding="utf-8", errors="replace")[:MAX_CHARS]
    return bool(_BLOX.search(names))


def _homepage_lists_news(site_dir: Path) -> bool:
    """Whether the landing page (``content/_index.md``) lists news of its own: in its body
    or in a Hugo Blox ``sections:`` block titled as news."""
    headings = Settings().news_headings
    for root in content_roots(site_dir):
        for page in (root / name for name in HOMEPAGES):
            if not page.is_file():
                continue
            text = page.read_text(encoding="utf-8", errors="replace")[:MAX_CHARS]
            block = landing_news(text, display_path(page), lambda t: is_news_title(t, headings))
            shown = block.text if block is not None else text
            if parse_page(page, text=shown, reporter=Reporter(quiet=True))[1]:
                return True
    return False
