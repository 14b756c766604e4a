"""Whether a site's templates or components print its entries' ``type`` field.

A data entry's ``type`` may be a label the page shows (``{{ item.type }}``, ``{{.type}}``,
``<span>{item.type}</span>``) or an app's switch it only looks things up with
(``iconMap[props.type]``: ``"rabbit"`` picks an icon). Printed, its value is the item's
label whatever it says; never printed, only a type word is (:mod:`.data_entry`).
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

from .output_folders import is_output

_SUFFIXES = frozenset({
    ".html", ".htm", ".njk", ".liquid", ".md", ".tsx", ".jsx", ".ts", ".js", ".mjs", ".vue",
    ".svelte", ".astro", ".mdx", ".hbs", ".ejs",
})  # fmt: skip
# {{ item.type }}, {{.type}}, {{ n.type | capitalize }}; JSX/Svelte/Astro {item.type}
_PRINTED = re.compile(
    r"\{\{-?\s*[\w$.]*\.type\s*(?:\||-?\}\})|(?<![\[\w$])\{\s*[\w$]+(?:\.[\w$]+)*\.type\s*\}"
)
_SKIPPED = frozenset({"node_modules", "vendor", "public", "dist", "_site", "build"})
MAX_FILES = 400
MAX_CHARS = 200_000


@lru_cache(maxsize=32)
def prints_type(site_dir: Path) -> bool:
    """Whether a template or component of ``site_dir`` prints a ``.type`` field."""
    seen = 0
    for root, folders, files in os.walk(site_dir):
        folders[:] = sorted(
            f for f in folders if not f.startswith(".") and f not in _SKIPPED
            and not is_output(Path(root) / f, site_dir)
        )  # fmt: skip
        for name in sorted(files):
            if Path(name).suffix.lower() not in _SUFFIXES:
                continue
            seen += 1
            if seen > MAX_FILES:
                return False
            try:
                with open(Path(root) / name, encoding="utf-8", errors="replace") as handle:
                    if _PRINTED.search(handle.read(MAX_CHARS)):
                        return True
            except OSError:
                continue
    return False
