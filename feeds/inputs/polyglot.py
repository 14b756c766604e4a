"""jekyll-polyglot's collections: ``_news/en/`` and ``_news/fr/`` hold the same news in two
languages. One language's are read (:mod:`.chosen_language`: the ``language`` setting's
when it names one of the site's ``languages``, else ``default_lang``), as for Hugo's
language trees; ``-v`` says which folders were not read. Files outside the language
folders are read as before.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..diagnostics import Reporter, display_path
from .chosen_language import chosen

_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")  # en, fr, en-us, pt_BR


def polyglot_languages(config: dict[str, Any]) -> list[str]:
    """The site's ``languages``, the one read first (the setting's, else ``default_lang``);
    ``[]`` for a site in one language."""
    languages = config.get("languages")
    if not isinstance(languages, list):
        return []
    default = config.get("default_lang")
    codes = [c for c in languages if isinstance(c, str) and _LANGUAGE_CODE.fullmatch(c)]
    first = chosen(codes) or (default if isinstance(default, str) else None)
    order = [first, *codes] if first and _LANGUAGE_CODE.fullmatch(first) else codes
    return list(dict.fromkeys(order))


def one_language(
    folder: Path, files: list[Path], config: dict[str, Any], reporter: Reporter
) -> list[Path]:
    """``files`` of the collection ``folder`` but those in another language's folder."""
    codes = polyglot_languages(config)
    others = [folder / code for code in codes[1:] if (folder / code).is_dir()]
    if not codes or not (folder / codes[0]).is_dir() or not others:
        return files
    left = [p for p in files if not any(p.is_relative_to(other) for other in others)]
    reporter.info(
        display_path(folder),
        None,
        f"news in {codes[0]!r} read; not read (another language's copy): "
        + ", ".join(f"{display_path(other)}/" for other in others),
    )
    return left


def language_prefix(
    path: Path, site_dir: Path, meta: dict[str, Any], config: dict[str, Any], site_url: str
) -> str:
    """``/ja`` when polyglot builds the document ``path`` (front matter ``meta``; the
    site's ``_config.yml`` ``config``) under its language's prefix: a language of the
    site's ``languages`` other than ``default_lang``, and ``site_url`` (a language's own,
    ``…/ja/``) not already under it; else ``""``."""
    languages = config.get("languages")
    default = config.get("default_lang")
    if not isinstance(languages, list) or not isinstance(default, str):
        return ""
    lang = meta.get("lang")
    if not isinstance(lang, str) and config.get("lang_from_path") is True:
        lang = _path_language(path, site_dir)
    if not isinstance(lang, str) or lang == default or lang not in languages:
        return ""
    return "" if site_url.rstrip("/").endswith(f"/{lang}") else f"/{lang}"


def _path_language(path: Path, site_dir: Path) -> str | None:
    """The language polyglot's ``lang_from_path`` reads off a document's path: the folder
    after a ``_`` collection folder (``_posts/ja/x.md``), else the first folder."""
    try:
        parts = path.relative_to(site_dir).parts
    except ValueError:
        return None
    if parts[0].startswith("_") and len(parts) > 2:
        code = parts[1]
    elif len(parts) > 1:
        code = parts[0]
    else:
        return None
    return code if _LANGUAGE_CODE.fullmatch(code) else None
