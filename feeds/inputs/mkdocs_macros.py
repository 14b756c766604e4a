"""Data the mkdocs-macros plugin gives an MkDocs site's pages as Jinja variables::

    plugins:
      - macros:
          include_yaml:
            - news: data/news.yml      # the variable ``news`` is that file
            - data/lab.yml             # each top-level key of that file is a variable

A page then shows the news with a loop, ``{% for item in news %}- [{{ item.time }}]
{{ item.title }}{% endfor %}``, read as a Jekyll loop over a data file is
(:mod:`.jekyll_data`): each entry an item, its fields as the loop prints them. A list
written under ``extra:`` of ``mkdocs.yml`` is a variable too (``extra: news: […]``), when
the file holds no YAML tags (``!!python/name:…``) that would keep it from being read
as written. Paths are the project's (the folder of ``mkdocs.yml``); a file outside it
is never read. The configuration is only read, nothing is run.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..parse.front_matter import YamlError, load_yaml
from .doc_sites import MKDOCS_FILES, mkdocs_config, pages_folder
from .news_page import inside

Variable = tuple[Path, tuple[str, ...]]  # the data file and the keys to follow in it
_NAME = re.compile(r"\A[A-Za-z_]\w*\Z")
_TAGGED = re.compile(r"(?:(?<=\s)|^)!!?[A-Za-z]", re.M)


def macro_variables(site_dir: Path) -> dict[str, Variable]:
    """The variables the macros plugin of the MkDocs project whose pages (or root) are
    ``site_dir`` gives them, each its data file and keys; ``{}`` for any other site."""
    site_dir = site_dir.resolve()
    for root in (site_dir, site_dir.parent):  # the project, or the one whose pages these are
        config_file = next((root / n for n in MKDOCS_FILES if (root / n).is_file()), None)
        if config_file is not None:
            break
    else:
        return {}
    try:
        stamp = config_file.stat().st_mtime_ns
    except OSError:
        return {}
    return dict(_variables(site_dir, root, config_file, stamp))


@lru_cache(maxsize=16)
def _variables(
    site_dir: Path, root: Path, config_file: Path, stamp: int
) -> tuple[tuple[str, Variable], ...]:
    """The variables of the project at ``root`` for the pages of ``site_dir`` (``stamp``:
    its configuration's mtime, so an edited configuration is read again)."""
    if root != site_dir:  # the pages' folder of the project, else none of its pages
        pages = pages_folder(root)
        if pages is None or pages.resolve() != site_dir:
            return ()
    config = mkdocs_config(root) or {}
    found: dict[str, Variable] = {}
    extra = config.get("extra")
    if isinstance(extra, dict) and not _TAGGED.search(_read(config_file)):
        for name, value in extra.items():
            if isinstance(value, list) and _NAME.match(str(name)):
                found[str(name)] = (config_file, ("extra", str(name)))
    for entry in _included(config):
        if isinstance(entry, dict):  # - news: data/news.yml
            for name, path in entry.items():
                target = _file(root, path)
                if target is not None and _NAME.match(str(name)):
                    found[str(name)] = (target, ())
        elif (target := _file(root, entry)) is not None:  # - data/lab.yml: its keys
            for name in _top_keys(target):
                found[name] = (target, (name,))
    return tuple(found.items())


def _included(config: dict[str, Any]) -> list[Any]:
    """The ``include_yaml`` entries of the ``macros`` plugin (a list, or one path)."""
    plugins = config.get("plugins")
    for plugin in plugins if isinstance(plugins, list) else [plugins]:
        options = plugin.get("macros") if isinstance(plugin, dict) else None
        if isinstance(options, dict):
            included = options.get("include_yaml")
            return included if isinstance(included, list) else [included]
    return []


def _file(root: Path, path: Any) -> Path | None:
    if not isinstance(path, str) or not path.strip():
        return None
    target = root / path.strip()
    return target if target.is_file() and inside(target, root) else None


def _top_keys(path: Path) -> list[str]:
    try:
        data = load_yaml(_read(path))
    except YamlError:
        return []
    if not isinstance(data, dict):
        return []
    return [str(k) for k, v in data.items() if isinstance(v, list) and _NAME.match(str(k))]


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
