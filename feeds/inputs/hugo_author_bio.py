"""The author's biography a Hugo Academic homepage shows (``content/authors/admin/_index.md``).

Hugo Academic's and Wowchemy's ``about`` widget (``content/home/about.md``: ``widget =
"about"``, ``author = "admin"``) shows on the homepage the body of the author's page,
``content/authors/<author>/_index.md``: a short biography that often ends with the
person's news ("**Recent news:**" and a list, with a link to older news). That page is
read as a news page of the site, after the homepage's own widgets; it is news only when
it holds a news list (a bio without one yields nothing and is passed over). A widget
switched off (``active = false``) shows nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..parse.front_matter import front_matter

ABOUT_WIDGETS = ("about", "about.biography", "biography")
DEFAULT_AUTHOR = "admin"


def shown_bios(root: Path) -> list[Path]:
    """The author pages (``authors/<author>/_index.md`` of the content folder ``root``)
    that an active ``about`` widget of ``root/home/`` shows, in file order."""
    home = root / "home"
    found: list[Path] = []
    for widget in sorted(home.glob("*.md")) if home.is_dir() else []:
        meta = {str(k).lower(): v for k, v in front_matter(widget).items()}
        if _text(meta.get("widget")).lower() not in ABOUT_WIDGETS or meta.get("active") is False:
            continue
        author = _text(meta.get("author")) or DEFAULT_AUTHOR
        page = root / "authors" / author / "_index.md"
        if "/" not in author and page.is_file() and page not in found:
            found.append(page)
    return found


def _text(value: Any) -> str:
    return "" if value is None or isinstance(value, dict | list) else str(value).strip()
