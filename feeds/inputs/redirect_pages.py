"""A page that only sends its reader on (``src/pages/index.astro`` of an Astro site in two
languages, redirecting ``/`` to ``/ja/``): a ``<meta http-equiv="refresh">``,
``Astro.redirect('/en/')`` or ``window.location.replace(…)``, and no words of its own
besides a "Redirecting…" line, nor components (a page made of ``<Hero /><News />`` may
redirect some readers by their browser's language, and shows the rest its parts). Such
a page is no homepage: the page it sends to is.
"""

from __future__ import annotations

import re
from pathlib import Path

MAX_WORDS = 12  # "Redirecting to the English version of this site…"
_REDIRECT = re.compile(
    r"""http-equiv\s*=\s*["']?refresh|\bAstro\.redirect\s*\(|\blocation\s*\.\s*"""
    r"""(?:replace|assign)\s*\(|\blocation\s*\.\s*href\s*=[^=]"""
    r"""|\b(?:window|document)\s*\.\s*location\s*=[^=]"""
)
_COMPONENT = re.compile(r"<[A-Z][\w.]*[\s/>]")  # <Layout>, <News />: a page made of parts
_FENCE = re.compile(r"\A\s*---\n.*?\n---[ \t]*$", re.DOTALL | re.MULTILINE)  # the code
_CODE = re.compile(
    r"<(script|style|head)\b.*?</\1\s*>|\{[^{}]*\}|<[^>]*>", re.DOTALL | re.IGNORECASE
)


def only_redirects(page: Path) -> bool:
    """Whether ``page`` redirects its reader and shows nothing else."""
    try:
        text = page.read_text(encoding="utf-8", errors="replace")[:100_000]
    except OSError:
        return False
    markup = _FENCE.sub(" ", text)
    if _REDIRECT.search(text) is None or _COMPONENT.search(markup) is not None:
        return False
    return len(_CODE.sub(" ", markup).split()) <= MAX_WORDS
