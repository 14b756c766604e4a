"""A Hugo template that shows a data file of another name than ``news`` under a news
heading, in a layout or a partial (a site's own override of a theme's partial)::

    <h2>Updates!</h2>
    <div class="news-content">
      {{- range site.Data.updates }} <span>{{ .date | time.Format "Jan 2006" }}</span> … {{ end }}

That file (``data/updates.yaml``, ``.yml``, ``.toml``, ``.json``) is the news a reader sees
there, read as ``data/news.yaml`` is (:mod:`.hugo_front_list`). The heading is the nearest
one before the ``range`` in the same template, with no other heading between them; its
words say news (``Updates``, ``Recent updates``, ``Announcements``). A data file no
template ranges over under such a heading (a ``data/updates.yaml`` nothing shows, the
``data/publications.yaml`` of a "Publications" heading) is not news.
"""

from __future__ import annotations

import re
from itertools import islice
from pathlib import Path

from ..config import NEWS_HEADINGS
from ..parse.sections import heading_matches
from .hugo_layout_news import DATA_SUFFIXES, MAX_CHARS, layout_roots

MAX_TEMPLATES = 300  # template files looked through in one site
MAX_GAP = 1_500  # characters between the heading's end and the range
_RANGE = re.compile(
    r"\{\{-?\s*range\s+(?:\$\w+\s*(?:,\s*\$\w+\s*)?:=\s*)?[^}]*?"
    r"(?:\$?\.Site|\bsite|\bhugo)\.Data\.([A-Za-z_]\w*)\b"
)
_HEADING = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1\s*>", re.DOTALL | re.IGNORECASE)
_MARKUP = re.compile(r"<[^>]*>|\{\{.*?\}\}", re.DOTALL)


def headed_data_names(site_dir: Path) -> list[str]:
    """The names of the data files (``updates``) that a template of the site or its
    theme ranges over right under a news heading, and that exist in ``data/``; ``news``
    (always read) left out."""
    present = _data_names(site_dir) - {"news"}
    if not present:  # no other data file: no template need be read
        return []
    names: dict[str, None] = {}
    for path in islice(_templates(site_dir), MAX_TEMPLATES):
        try:
            text = path.read_text(encoding="utf-8", errors="replace")[:MAX_CHARS]
        except OSError:
            continue
        for found in _RANGE.finditer(text):
            name = found.group(1)
            if name in present and _under_news_heading(text, found.start()):
                names[name] = None
    return list(names)


def data_path(site_dir: Path, name: str) -> Path | None:
    """``data/<name>.yaml`` (``.yml``, ``.toml``, ``.json``) when it exists."""
    files = (site_dir / "data" / f"{name}{suffix}" for suffix in DATA_SUFFIXES)
    return next((p for p in files if p.is_file()), None)


def _data_names(site_dir: Path) -> set[str]:
    """The names of ``data/``'s files with a data suffix (``updates`` of ``updates.yaml``)."""
    try:
        children = list((site_dir / "data").iterdir())
    except OSError:
        return set()
    return {p.stem for p in children if p.suffix in DATA_SUFFIXES and p.is_file()}


def _under_news_heading(text: str, at: int) -> bool:
    """Whether the nearest heading before ``at`` (within :data:`MAX_GAP`) says news."""
    window_start = max(0, at - MAX_GAP - 500)
    headings = list(_HEADING.finditer(text, window_start, at))
    if not headings or at - headings[-1].end() > MAX_GAP:
        return False
    words = " ".join(_MARKUP.sub(" ", headings[-1].group(2)).split())
    return bool(words) and heading_matches(words, NEWS_HEADINGS)


def _templates(site_dir: Path):
    for root in layout_roots(site_dir):
        yield from (p for p in sorted(root.rglob("*.html")) if p.is_file())
