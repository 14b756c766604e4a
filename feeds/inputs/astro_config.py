"""Settings an Astro site's configuration implies: its default language, the
``i18n: { defaultLocale: 'ja' }`` of ``astro.config.mjs`` (the language its homepage and
its bilingual data entries are read in, :mod:`.localized_entries`); ``feeds.toml`` and
options still win.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .language_homepages import language_code

CONFIGS = tuple(f"astro.config.{suffix}" for suffix in ("mjs", "ts", "js", "mts", "cjs"))
_LOCALE = re.compile(r"""\bi18n\s*:\s*\{[^}]*?\bdefaultLocale\s*:\s*(['"])(?P<code>[\w-]+)\1""")


def astro_config(site_dir: Path) -> Path | None:
    """The Astro configuration file at ``site_dir``'s root, else ``None``."""
    return next((site_dir / c for c in CONFIGS if (site_dir / c).is_file()), None)


def astro_defaults(site_dir: Path) -> dict[str, Any]:
    config = astro_config(site_dir)
    if config is None:
        return {}
    text = config.read_text(encoding="utf-8", errors="replace")[:100_000]
    found = _LOCALE.search(text)
    if found is None or not language_code(found.group("code")):
        return {}
    return {"language": found.group("code")}
