"""The other section a Hugo news section's list layout shows (``layouts/news/list.html``
ranging over ``where site.RegularPages "Section" "post"``).

A Hugo site may keep its news page as a section of its own (``content/news/_index.md``,
the menu's "News") whose list template shows none of its own pages but the pages of
another section: ``{{ range where .Site.RegularPages "Section" "post" }}``, or the same
``where`` assigned to a variable the template ranges over (``{{ $posts := where
site.RegularPages "Type" "post" }}`` … ``{{ range first 1 $posts }}``). Those pages are
what a reader finds on the news page: that section's folder is read as news. A ``where``
only counted (``len (where …)``) or never ranged over names none.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..parse.front_matter import front_matter
from .hugo_layout_news import layout_roots, layout_texts

_WHERE = (
    r"where\s+\(?\s*(?:\$?\.Site|site|hugo)\.(?:Regular)?Pages\s*\)?\s+"
    r"[\"`](?:Section|Type)[\"`]\s+(?:[\"`](?:eq|==)[\"`]\s+)?[\"`]([\w-]+)[\"`]"
)
_RANGED = re.compile(r"\{\{-?\s*range\b[^}]*?\(?\s*" + _WHERE)  # range where …
_ASSIGNED = re.compile(r"\{\{-?\s*(\$\w+)\s*:?=\s*\(?\s*" + _WHERE)  # $posts := where …


def listed_sections(site_dir: Path, section: Path) -> list[str]:
    """The sections (``post``) whose pages the list template of the content folder
    ``section`` ranges over, other than itself; ``[]`` when it has no such template."""
    names = [section.name]
    index = section / "_index.md"
    kind = front_matter(index).get("type") if index.is_file() else None
    if isinstance(kind, str) and kind.strip() and kind.strip() not in names:
        names.insert(0, kind.strip())  # type: news picks layouts/news/
    for root in layout_roots(site_dir):
        for name in names:
            files = (f"{name}/list.html", f"{name}/section.html", f"section/{name}.html")
            template = next((root / f for f in files if (root / f).is_file()), None)
            if template is not None:
                found = [s for t in layout_texts(template, root) for s in _ranged(t)]
                return [s for s in dict.fromkeys(found) if s != section.name]
    return []


def _ranged(text: str) -> list[str]:
    """The sections a template's ``range`` goes over through a ``where``."""
    found = [m.group(1) for m in _RANGED.finditer(text)]
    for match in _ASSIGNED.finditer(text):
        name = re.escape(match.group(1))
        if re.search(r"\{\{-?\s*range\b[^}]*?" + name + r"\b", text[match.end() :]):
            found.append(match.group(2))
    return found
