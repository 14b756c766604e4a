"""jekyll-polyglot's collections: ``_news/en/`` and ``_news/fr/`` hold the same news in two
languages. One language's are read (:mod:`.chosen_language`: the ``language`` setting's
when it names one of the site's ``languages``, else ``default_lang``), as for Hugo's
language trees; ``-v`` says which folders were not read. Files outside the language
folders are read as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..diagnostics import Reporter, display_path
from .chosen_language import chosen

if TYPE_CHECKING:
    from markdown_it.token import Token

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
    prefix = document_prefix(path, site_dir, meta, config)
    return "" if site_url.rstrip("/").endswith(prefix) else prefix


def document_prefix(
    path: Path, site_dir: Path, meta: dict[str, Any], config: dict[str, Any]
) -> str:
    """``/ja`` when polyglot builds the document ``path`` under a language's prefix (its
    ``lang:``, else with ``lang_from_path`` its folder's: one of ``languages`` other than
    ``default_lang``); else ``""``."""
    languages = config.get("languages")
    default = config.get("default_lang")
    if not isinstance(languages, list) or not isinstance(default, str):
        return ""
    lang = meta.get("lang")
    if not isinstance(lang, str) and config.get("lang_from_path") is True:
        lang = _path_language(path, site_dir)
    if not isinstance(lang, str) or lang == default or lang not in languages:
        return ""
    return f"/{lang}"


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


def localize_links(tokens: list[Token], prefix: str, config: dict[str, Any]) -> None:
    """The links of a document polyglot builds under ``prefix`` (``/ja``), as polyglot's
    ``relativize_urls`` writes them: each ``href`` to a path of the site (``/projects/``,
    after the ``baseurl``) gets the prefix, unless the path is in
    ``exclude_from_localization`` or ``exclude`` (``assets``, ``*.pdf``) or already under a
    language's prefix; other sites' addresses, and images, are left as written. Changes
    ``tokens`` (Markdown links and raw HTML ``<a href="/…">``) in place."""
    if not prefix:
        return
    base = str(config.get("baseurl") or "").strip().rstrip("/")
    if base and not base.startswith("/"):
        base = "/" + base
    kept = _not_localized(config)

    def localized(href: str) -> str:
        if not href.startswith(base + "/") or href.startswith("//"):
            return href
        rest = href[len(base) + 1 :]
        return href if kept(rest) else f"{base}{prefix}/{rest}"

    for token in tokens:
        if token.type == "html_block":
            token.content = _HREF.sub(lambda m: m[1] + localized(m[2]) + '"', token.content)
        for child in token.children or ():
            if child.type == "link_open" and isinstance(child.attrs.get("href"), str):
                child.attrs["href"] = localized(str(child.attrs["href"]))
            elif child.type == "html_inline":
                child.content = _HREF.sub(lambda m: m[1] + localized(m[2]) + '"', child.content)


_HREF = re.compile(r'(\bhref=")(/[^"\s]*)"')


def _not_localized(config: dict[str, Any]) -> Callable[[str], bool]:
    """Whether a site path (after the ``baseurl``, no leading ``/``) is left as written:
    it starts with an entry of ``exclude_from_localization`` or ``exclude`` (globs as
    polyglot reads them) or a language's prefix (``ja/``)."""
    entries: list[str] = []
    for key in ("exclude_from_localization", "exclude"):
        value = config.get(key)
        entries += (
            [str(v).strip().lstrip("/") for v in value if str(v).strip()]
            if isinstance(value, list)
            else []
        )
    languages = config.get("languages")
    codes = (
        [f"{c}/" for c in languages if isinstance(c, str)] if isinstance(languages, list) else []
    )
    globs = (re.escape(e).replace(r"\*", ".*").replace(r"\?", ".") for e in entries)
    patterns = [re.compile(g) for g in globs]  # matched at the path's start: a prefix

    def kept(path: str) -> bool:
        return any(path.startswith(c) for c in codes) or any(p.match(path) for p in patterns)

    return kept
