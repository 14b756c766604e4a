"""News kept in a Hugo site's configuration and shown by its home layout::

    config.toml:                  [params.news]
                                  title = "News"
                                  [[params.news.list]]
                                  date = "Mar 19, 2026"
                                  details = "Our paper was accepted at CONF 2026!"
    layouts/partials/news.html:   {{ range .Site.Params.news.list }} … {{ .details }}

The list may also sit right under the key (``[[params.news]]`` tables, ``params: news:``
in ``hugo.yaml``) or in ``config/_default/params.toml`` (``[[news]]``). It is the news
when the home layout (``layouts/index.html``, else the theme's), or a partial it includes,
ranges over ``.Site.Params.news`` (``site.Params.news``); then it is read as every Hugo
data list is (:func:`.hugo_front_list.read_data_entries`), each entry one item at its
line. An entry commented out (``# [[params.news.list]]``) is no data and never published.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from ..diagnostics import Reporter
from ..model import Item
from .data_lists import load_data, news_entries
from .hugo import config_files, hugo_homepages, is_hugo
from .hugo_front_list import read_data_entries
from .hugo_layout_news import home_layout, layout_texts

_PARAMS_NEWS = re.compile(r"(?:\.Site|\bsite)\.Params\.news\b")
_RANGE = re.compile(r"\{\{-?\s*range\b")


def params_news(site_dir: Path) -> tuple[Path, tuple[str, ...]] | None:
    """(configuration file, keys to its list) of the news list the home layout shows
    from the site's ``params``; ``None`` when the layout shows none or no file holds it."""
    if not is_hugo(site_dir) or (found := home_layout(site_dir)) is None:
        return None
    if not any(_PARAMS_NEWS.search(t) and _RANGE.search(t) for t in layout_texts(*found)):
        return None
    for path in config_files(site_dir):
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
            data = load_data(text, path.suffix)
        except (OSError, ValueError):  # said once by the site configuration's checks
            continue
        steps = ("news",) if path.stem == "params" else ("params", "news")
        keys = _spelled(data, steps)
        if keys is not None and news_entries(data, text, path.suffix, keys) is not None:
            return path, keys
    return None


def params_news_folder(site_dir: Path) -> Path | None:
    """The layouts folder of a Hugo site with no homepage file whose home layout shows
    the news list of its ``params``: the news is read from there (a folder: no page)."""
    if hugo_homepages(site_dir) or params_news(site_dir) is None:
        return None
    found = home_layout(site_dir)
    return found[1] if found is not None else None


def params_news_note(site_dir: Path) -> str | None:
    """What ``-v`` says when the homepage is the layout showing ``params.news``."""
    found, layout = params_news(site_dir), home_layout(site_dir)
    if found is None or layout is None:
        return None
    where = ".".join(found[1])
    shown = layout[0].relative_to(site_dir).as_posix()
    return f"news read from {found[0].name} ({where}): the homepage is {shown}, which shows it"


def read_params_news(
    site_dir: Path, site_url: str, tz: dt.tzinfo | None, reporter: Reporter
) -> list[Item]:
    """The items of the news list in the site's ``params`` the home layout shows."""
    found = params_news(site_dir)
    if found is None:
        return []
    path, keys = found
    return read_data_entries(path, "news", "news", site_dir, site_url, tz, reporter, keys)


def _spelled(data: Any, steps: tuple[str, ...]) -> tuple[str, ...] | None:
    """The keys as the file spells them (Hugo reads ``Params``, ``params`` alike)."""
    keys = []
    for step in steps:
        if not isinstance(data, dict):
            return None
        key = next((k for k in data if isinstance(k, str) and k.lower() == step), None)
        if key is None:
            return None
        keys.append(key)
        data = data[key]
    return tuple(keys)
