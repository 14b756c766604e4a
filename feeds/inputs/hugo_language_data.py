"""Hugo news kept per language as ``data/<lang>/news.yaml``: Hugo nests
``site.Data`` by folder, so ``data/en/news.yml`` is ``site.Data.en.news``, and a layout
shows the news of the language being built with ``(index site.Data site.Language.Lang).news``
(``hugo.Data``, ``.Site.Data``, ``$.Site.Language.Lang``, ``.Lang``; or through a variable,
``$data := index hugo.Data site.Language.Lang`` … ``range $data.news``), the form of
Hugo's own documentation (``data/en/team.yaml``). The language read is the one being
built, else the site's default language; the entries are read as ``data/news.yaml``'s
are (:func:`.hugo_front_list.read_data_entries`). Read only when a layout of the site
or of its theme indexes the data by language.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ..diagnostics import Reporter
from ..model import Item
from .hugo_front_list import read_data_entries
from .hugo_layout_news import DATA_SUFFIXES, a_template_says

MAX_FILES = 300  # templates looked at
_BY_LANGUAGE = re.compile(
    r"\bindex\s+\(?\s*\$?\.?(?:Site|site|hugo)\.Data\s*\)?\s+"
    r"\(?\s*\$?\.?(?:(?:Site|site)\.)?(?:Language\.)?Lang\b"
)
NAMES = ("news",)


def language_data_path(site_dir: Path, language: str, default: str) -> Path | None:
    """``data/<language>/news.yaml`` (``.yml``, ``.toml``, ``.json``), else the default
    language's, when a layout shows data indexed by language; ``None`` otherwise."""
    data = site_dir / "data"
    wanted = [c for c in dict.fromkeys((language, default)) if c]
    candidates = [
        data / code / f"{name}{suffix}"
        for code in wanted
        for name in NAMES
        for suffix in DATA_SUFFIXES
    ]
    found = next((p for p in candidates if p.is_file()), None)
    if found is None or not _indexed_by_language(site_dir):
        return None
    return found


def read_language_data(
    site_dir: Path,
    site_url: str,
    language: str,
    default: str,
    tz: dt.tzinfo | None,
    reporter: Reporter,
) -> list[Item]:
    """The items of :func:`language_data_path` (``[]`` when there is none)."""
    path = language_data_path(site_dir, language.lower(), default.lower())
    if path is None:
        return []
    return read_data_entries(path, "news", "news", site_dir, site_url, tz, reporter)


def _indexed_by_language(site_dir: Path) -> bool:
    """Whether a template of the site or of its theme indexes ``site.Data`` by language."""
    return a_template_says(site_dir, lambda text: bool(_BY_LANGUAGE.search(text)), MAX_FILES)
