"""Hugo's news section as posts: ``content/[<lang>/]news/<name>.md`` or page bundles
``news/<name>/index.md``, each one item (its front-matter ``title`` and ``date``, linked
at its page), as a ``pages`` widget lists them on the homepage. Drafts are left out.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..config import NEWS_HEADINGS
from ..diagnostics import Reporter, display_path
from ..model import Item
from ..parse.front_matter import front_matter
from .hugo import content_roots, is_hugo
from .hugo_dated_widgets import read_dated_widgets
from .hugo_widget_pages import is_leaf_bundle
from .news_collection import news_files, read_item
from .news_page import inside, is_news_title


def read_hugo_news(site_dir: Path, site_url: str, tz: dt.tzinfo, reporter: Reporter) -> list[Item]:
    """Every post of the news section of the default language, newest first."""
    if not is_hugo(site_dir):
        return []
    roots = content_roots(site_dir)
    events = read_dated_widgets(
        roots, lambda t: is_news_title(t, NEWS_HEADINGS), site_url, reporter
    )
    folder = next((r / "news" for r in roots if (r / "news").is_dir()), None)
    for path in news_files(folder) if folder is not None and not is_leaf_bundle(folder) else []:
        meta = front_matter(path)
        if not inside(path, site_dir) or meta.get("draft") is True or meta.get("headless"):
            continue
        relative = path.relative_to(folder).with_suffix("").as_posix()
        relative = relative.removesuffix("/index")
        url = str(meta.get("url") or f"/{folder.name}/{relative}/")
        event = read_item(path, folder, url, site_url, tz, reporter, display_path(path))
        if event is not None:
            events.append(event)
    undated = dt.date.max
    return sorted(events, key=lambda e: -(e.span.start if e.span else undated).toordinal())
