"""A page that only sends its reader on (``src/pages/index.astro`` of an Astro site in two
languages, redirecting ``/`` to ``/ja/``): a ``<meta http-equiv="refresh">``,
``Astro.redirect('/en/')`` or ``window.location.replace(…)``, and no words of its own
besides a "Redirecting…" line. Such a page is no homepage: the page it sends to is.
"""

from __future__ import annotations

import re
from pathlib import Path

MAX_WORDS = 12  # "Redirecting to the English version of this site…"
_REDIRECT = re.compile(
    r"""http-equiv\s*=\s*["']?refresh|\bAstro\.redirect\s*\(|\blocation\s*\.\s*"""
    r"""(?:replace|assign)\s*\(|\blocation(?:\s*\.\s*href)?\s*=[^=]""",
    re.IGNORECASE,
)
_CODE = re.compile(
    r"\A\s*---\n.*?\n---[ \t]*$|<(script|style|head)\b.*?</\1\s*>|\{[^{}]*\}|<[^>]*>",
    re.DOTALL | re.IGNORECASE | re.MULTILINE,
)


def only_redirects(page: Path) -> bool:
    """Whether ``page`` redirects its reader and shows nothing else."""
    try:
        text = page.read_text(encoding="utf-8", errors="replace")[:100_000]
    except OSError:
        return False
    if _REDIRECT.search(text) is None:
        return False
    return len(_CODE.sub(" ", text).split()) <= MAX_WORDS
