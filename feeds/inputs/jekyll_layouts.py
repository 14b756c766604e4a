"""News a Jekyll LAYOUT shows: the homepage says ``layout: home`` (in its front matter,
or through ``defaults:`` in ``_config.yml``) and ``_layouts/home.html`` (or a layout
it is itself laid out in, ``layout: default`` in its own front matter) walks
``site.data.news`` in a Liquid loop::

    <section id="news"><h2>News</h2>
      {% for item in site.data.news %}<p>{{ item.date }} {{ item.text }}</p>{% endfor %}
    </section>

The page itself then has no news section: the loop is read where the layout has it,
under the heading before it in the layout (whatever its words: the data file is the
news), each item named by its data file and line (:mod:`.jekyll_data`).
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from ..config import Settings
from ..diagnostics import BuildError, Reporter, display_path
from ..model import Item
from ..parse import parse_page
from ..parse.front_matter import front_matter, read_text
from ..parse.page import Page
from .includes import expand
from .jekyll import read_config
from .jekyll_data import news_loops, shows_news
from .page_reader import remap

MAX_LAYOUTS = 8  # layouts inside layouts
HEADING_REACH = 3000  # characters before a loop its heading may be
LAYOUT_SUFFIXES = (".html", ".htm", ".liquid")

_INCLUDE = re.compile(r"\{%-?\s*include\s+([\w./-]+)[^%]*%\}")
_HEADING = re.compile(r"<h[1-6]\b[^>]*>.*?</h[1-6]\s*>", re.IGNORECASE | re.DOTALL)


def page_layouts(page: Path, site_dir: Path) -> list[Path]:
    """The layouts ``page`` is laid out in, innermost first (each once, in the site)."""
    name = layout_name(front_matter(page)) or default_layout(site_dir)
    found: list[Path] = []
    while name and len(found) < MAX_LAYOUTS:
        path = next(
            (p for s in LAYOUT_SUFFIXES if (p := site_dir / "_layouts" / f"{name}{s}").is_file()),
            None,
        )
        if path is None or path in found or not path.resolve().is_relative_to(site_dir.resolve()):
            break
        found.append(path)
        name = layout_name(front_matter(path))
    return found


def read_layout_news(
    page_path: Path, site_dir: Path, settings: Settings
) -> tuple[Page, list[Item], Path, Reporter] | None:
    """(page, items, layout, its problems) of the first layout of ``page_path`` whose
    loop shows news; ``None`` when none does."""
    for layout in page_layouts(page_path, site_dir):
        try:
            text = read_text(layout, display_path(layout))
        except BuildError:  # not UTF-8: a layout of no news, as before it was read
            continue
        loops = news_loops(text, site_dir, page=page_path) or news_includes(text, site_dir)
        if not loops:
            continue
        found = Reporter(quiet=True, stream=io.StringIO())
        source = display_path(layout)
        shown = _only(text, _with_heading(text, loops))
        expanded = expand(layout, site_dir, found, text=shown, page=page_path)
        scratch = Reporter(quiet=True, stream=io.StringIO())
        page, events = parse_page(
            layout,
            site_root=settings.site_root,
            news_headings=settings.news_headings,
            archive_headings=settings.archive_headings,
            reporter=scratch,
            source=source,
            text=expanded.text,
            headless=True,
            language=settings.language,
        )
        remap(page, events, scratch, expanded, source, found)
        if not events:
            continue
        said = (
            "a data file: {} is laid out in it and has no news list of its own"
            if news_loops(text, site_dir)
            else "the news list of the front matter of {}, which is laid out in it"
        )
        found.info(
            source,
            None,
            "news read from this layout's loop over " + said.format(display_path(page_path)),
        )
        return page, events, layout, found
    return None


def news_includes(text: str, site_dir: Path) -> list[tuple[int, int]]:
    """(start, end) of each ``{% include x %}`` of a layout whose file (in ``_includes/``)
    walks a data file of news: al-folio's ``{% include news.liquid limit=true %}`` made to
    loop over ``site.data.announcements``."""
    found = []
    for call in _INCLUDE.finditer(text):
        path = site_dir / "_includes" / call.group(1)
        if not path.is_file() or not path.resolve().is_relative_to(site_dir.resolve()):
            continue
        try:
            if shows_news(read_text(path, display_path(path)), site_dir):
                found.append((call.start(), call.end()))
        except BuildError:
            continue
    return found


def _with_heading(text: str, loops: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each loop from the heading before it (when one is near) to its ``endfor``."""
    spans = []
    for start, end in loops:
        before = list(_HEADING.finditer(text, max(0, start - HEADING_REACH), start))
        spans.append((before[-1].start() if before else start, end))
    return spans


def _only(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with everything outside ``spans`` blanked (its lines kept)."""
    out, pos = [], 0
    for start, end in spans:
        if start < pos:
            start = pos
        out.append(re.sub(r"[^\n]", "", text[pos:start]))
        out.append(text[start:end])
        pos = max(pos, end)
    out.append(re.sub(r"[^\n]", "", text[pos:]))
    return "".join(out)


def layout_name(meta: dict) -> str:
    name = meta.get("layout")
    return (
        name.strip()
        if isinstance(name, str) and name.strip().lower() not in ("", "none", "null")
        else ""
    )


def default_layout(site_dir: Path) -> str:
    """The layout ``_config.yml`` ``defaults:`` give every page (scope path ``""``)."""
    defaults = read_config(site_dir).get("defaults")
    for entry in defaults if isinstance(defaults, list) else []:
        scope = entry.get("scope") if isinstance(entry, dict) else None
        values = entry.get("values") if isinstance(entry, dict) else None
        if not isinstance(scope, dict) or not isinstance(values, dict):
            continue
        every_page = str(scope.get("path") or "").strip("/") == ""
        if every_page and scope.get("type") in (None, "pages") and layout_name(values):
            return layout_name(values)
    return ""
