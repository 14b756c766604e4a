"""A Hugo site whose theme is not in its repository: ``theme = "celadon"`` over an empty
``themes/celadon/`` (a git submodule not checked out), or a Hugo Module (``theme =
"github.com/…"``, ``[[module.imports]] path = "github.com/…"``), which never is. Its
homepage layout is the theme's, so it cannot be read; when no layout of the site's own
shows the news data file either, :mod:`.hugo_layout_news` reads that file
(``data/news.yaml``) directly, and as many of its entries as the config gives the
homepage section of that name (``[params.homepage.news] limit = 5``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .hugo import read_hugo_config

LIMIT_KEYS = ("limit", "count")
MAX_DEPTH = 3  # params.homepage.news.limit: the section's table, a few levels down


def theme_names(config: dict[str, Any]) -> list[str]:
    """The themes the config names: ``theme`` (one or a list), ``module.imports`` paths."""
    theme = config.get("theme")
    names = [theme] if isinstance(theme, str) else theme if isinstance(theme, list) else []
    module = config.get("module")
    imports = module.get("imports") if isinstance(module, dict) else None
    for entry in imports if isinstance(imports, list) else []:
        if isinstance(entry, dict) and isinstance(entry.get("path"), str):
            names.append(entry["path"])
    return [str(n).strip() for n in names if str(n).strip()]


def absent_theme(site_dir: Path) -> str | None:
    """The theme(s) the config names, when none of them has its layouts in the repository
    (``themes/<name>/layouts/``); ``None`` when one has, or no theme is named."""
    names = theme_names(read_hugo_config(site_dir))
    if not names or any((site_dir / "themes" / n / "layouts").is_dir() for n in names):
        return None
    return ", ".join(f"'{n}'" for n in names)


def config_limit(site_dir: Path, name: str) -> tuple[int, str] | None:
    """(N, the setting) when the theme is absent and the config's params give the section
    ``name`` a ``limit`` or ``count`` of N entries (``params.homepage.news.limit``)."""
    if absent_theme(site_dir) is None:
        return None
    params = read_hugo_config(site_dir).get("params")
    return _limit_in(params, name, "params", MAX_DEPTH) if isinstance(params, dict) else None


def _limit_in(table: dict, name: str, where: str, depth: int) -> tuple[int, str] | None:
    for key, value in table.items():
        if not isinstance(value, dict):
            continue
        if str(key).lower() == name.lower():
            for limit_key in LIMIT_KEYS:
                limit = value.get(limit_key)
                if isinstance(limit, int) and not isinstance(limit, bool) and limit > 0:
                    return limit, f"{where}.{key}.{limit_key}"
        elif depth > 1 and (found := _limit_in(value, name, f"{where}.{key}", depth - 1)):
            return found
    return None
