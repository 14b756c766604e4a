"""The language a hand-written (or built) HTML site says it is in: its homepage's
``<html lang="zh">``, the ``language`` setting's default, as Jekyll's ``lang:`` is. A
generator's configuration read after it (``_config.yml`` ``lang``, Hugo's
``languageCode``) still wins, and ``feeds.toml`` or ``--language`` over both.

A template's ``lang="zh-CN"`` left on a page written in English is no Chinese: a
Chinese, Japanese or Korean ``lang`` counts only when the page's words are mostly in
that script (more such characters than Latin words)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..parse.page_language import page_language
from .language_homepages import language_code

_HOMEPAGES = ("index.html", "index.htm")
_LARGEST = 2_000_000  # bytes read of a homepage
_CJK_LANGUAGES = ("zh", "ja", "ko")
_CODE_AND_STYLE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def html_defaults(site_dir: Path) -> dict[str, Any]:
    """``{"language": code}`` from the site's ``index.html`` ``<html lang>``, when it
    names a language we know that its words are written in; else ``{}``."""
    for name in _HOMEPAGES:
        path = site_dir / name
        if not path.is_file():
            continue
        try:
            with path.open("rb") as page:
                text = page.read(_LARGEST).decode("utf-8", errors="replace")
        except OSError:
            return {}
        code = page_language({}, text)
        known = language_code(code) if code else ""
        if not known or (known.split("-")[0] in _CJK_LANGUAGES and not _written_in_cjk(text)):
            return {}
        return {"language": code}
    return {}


def _written_in_cjk(html: str) -> bool:
    """Whether the page's words are mostly Chinese, Japanese or Korean characters."""
    words = _TAG.sub(" ", _CODE_AND_STYLE.sub(" ", html))
    return len(_CJK.findall(words)) > len(_LATIN_WORD.findall(words))
