"""A news item's ``display_date:``: the date the site shows instead of ``date:``.

Some al-folio sites print ``{% if item.display_date %}{{ item.display_date }}{% else %}…``
in their news include (``_includes/news.liquid``), so a reader sees ``2025年3月`` or
``Spring 2025`` beside the item, not the day of its ``date:``. The item is dated by what
is shown, at its precision, when a template of the site prints the field; a value the
date grammar cannot read leaves the ``date:`` standing (the fallback the template has
too). A site whose templates never print it shows ``date:``, whatever the front matter says.
"""

from __future__ import annotations

import re
from itertools import islice
from pathlib import Path
from typing import Any

from ..model import DateSpan
from ..parse.dates import parse_date

MAX_FILES = 3000  # templates looked at in one site
MAX_CHARS = 200_000  # of each
TEMPLATE_SUFFIXES = (".html", ".htm", ".liquid", ".md", ".markdown")
TEMPLATE_FOLDERS = ("_includes", "_layouts", "_pages")
FIELD = "display_date"

_NAMED = re.compile(r"\w\.display_date\b")  # {{ item.display_date }}, {% if n.display_date %}


def shows_display_date(site_dir: Path) -> bool:
    """Whether a template of the site prints an item's ``display_date`` (names it)."""
    for path in islice(_templates(site_dir), MAX_FILES):
        try:
            text = path.read_text(encoding="utf-8", errors="replace")[:MAX_CHARS]
        except OSError:
            continue
        if FIELD in text and _NAMED.search(text):
            return True
    return False


def _templates(site_dir: Path):
    for folder in TEMPLATE_FOLDERS:
        root = site_dir / folder
        if root.is_dir():
            yield from (p for p in sorted(root.rglob("*")) if p.suffix in TEMPLATE_SUFFIXES)


def display_date(meta: dict[str, Any]) -> DateSpan | None:
    """The date a front matter's ``display_date:`` shows; ``None`` when absent or unread."""
    value = meta.get(FIELD)
    if not isinstance(value, str | int) or isinstance(value, bool):
        return None
    text = str(value).strip()
    return parse_date(text) if text else None
