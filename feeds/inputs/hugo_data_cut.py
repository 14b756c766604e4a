"""How many entries of a Hugo data file (``data/news.yaml``) the site's templates show.

A layout that shows only the first entries (``{{ range first 4 .Site.Data.news }}``,
``{{ range $i, $n := first 4 site.Data.news }}``) shows a reader those, in the file's
order; when no other template shows the rest (a ``range`` over the whole file, on a news
page), the rest is seen nowhere and is not news. A range over the file through anything
else (``sort``, ``where``, a variable, ``after``) is not counted as a cut: every entry
may be shown. Uses that show nothing (``len .Site.Data.news``) are not ranges.
"""

from __future__ import annotations

import re
from itertools import islice
from pathlib import Path

from .data_shown import MAX_CHARS, MAX_FILES, TEMPLATE_FOLDERS

SUFFIXES = (".html", ".htm", ".md", ".markdown")
_ACTION = re.compile(r"\{\{-?(.*?)-?\}\}", re.S)


def shown_count(site_dir: Path, name: str) -> int | None:
    """The number of entries of ``data/<name>.*`` the templates show when every range
    over it is a ``first N`` (the largest N), else ``None`` (all of them)."""
    data = rf"(?:\$?\.Site|\bsite|\bhugo)\.Data\.{re.escape(name)}\b"
    ranged = re.compile(rf"\brange\s+(?:\$\w+\s*(?:,\s*\$\w+\s*)?:=\s*)?(?P<expr>.*?){data}", re.S)
    first = re.compile(r"\(?\s*first\s+(\d+)\s*\Z")
    counts: list[int | None] = []
    for path in islice(_templates(site_dir), MAX_FILES):
        text = path.read_text(encoding="utf-8", errors="replace")[:MAX_CHARS]
        for action in _ACTION.finditer(text):
            use = ranged.search(action.group(1))
            if use is None:
                continue
            cut = first.fullmatch(use.group("expr").strip()) if use.group("expr").strip() else None
            counts.append(int(cut.group(1)) if cut else None)
    if not counts or None in counts:
        return None
    return max(n for n in counts if n is not None)


def _templates(site_dir: Path):
    for folder in TEMPLATE_FOLDERS:
        root = site_dir / folder
        if root.is_dir():
            yield from (p for p in sorted(root.rglob("*")) if p.suffix in SUFFIXES and p.is_file())
