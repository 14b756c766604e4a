"""The language a page says it is written in: its front matter's ``lang`` (or
``language``, ``locale``), else its ``<html lang="…">``; ``""`` when it says none (the
site's ``language`` setting holds then). It decides how yearless numeric dates are read
(:mod:`.dates.reading`): ``05.03`` on a German page is 5 March."""

from __future__ import annotations

import re
from typing import Any

_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,2}")
_HTML_LANG = re.compile(
    r"<html\b[^>]{0,300}?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,2})", re.I
)
_KEYS = ("lang", "language", "locale")


def page_language(meta: dict[str, Any], text: str) -> str:
    """The language code ``meta`` (front matter) or ``text``'s ``<html>`` tag gives."""
    for key in _KEYS:
        value = meta.get(key)
        if isinstance(value, str) and _CODE.fullmatch(value.strip()):
            return value.strip()
    found = _HTML_LANG.search(text, 0, 20_000)
    return found.group(1) if found else ""
