"""Every language of a multilingual site gets its own feed set.

A site whose news is kept in several languages (Hugo language trees, jekyll-polyglot's
``_news/<lang>/``; :mod:`feeds.inputs.site_languages`) is read once per language. The
default language's feeds stay at the output root, exactly as for a site in one language;
each other language that has news of its own gets the same files in ``<out>/<lang>/``,
with its own site URL (the site's + ``<lang>/``, as polyglot and Hugo publish it, unless
the configuration gives the language its own ``baseURL``) and its ``language``. The
``language`` setting (``feeds.toml``, ``--language``) still builds that one language
alone, at the root; the ``languages`` setting names which others are built.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .config import CONFIG_NAME
from .diagnostics import BuildError, Reporter, display_path
from .inputs.site_languages import SiteLanguage, site_languages
from .site import Site

Load = Callable[[dict[str, Any], Reporter], Site]  # a site read with these overrides


def language_sites(
    content: Path, overrides: dict[str, Any] | None, load: Load, reporter: Reporter
) -> list[tuple[str, Site]]:
    """The site read in every language built: ``("", root)`` first (the default
    language, as ever), then ``(code, site)`` for each other language with news."""
    overrides = dict(overrides or {})
    root = load(overrides, reporter)
    languages = [] if _language_chosen(content, overrides) else site_languages(content)
    if not languages:
        return [("", root)]
    wanted = {_fold(code) for code in root.settings.languages}
    sites: list[tuple[str, Site]] = [("", root)]
    read = _sources(root)
    for language in languages[1:]:  # the first, the default, is the root's (or has no news)
        if wanted and not {_fold(language.code), _fold(language.feed_language)} & wanted:
            reporter.info(language.code, None, "language not built (the 'languages' setting)")
            continue
        quiet = Reporter(quiet=True, verbose=False)
        try:
            site = load({**overrides, **_language_overrides(root, language)}, quiet)
        except BuildError as exc:  # its tree cannot be read: the other languages still are
            reporter.info(language.code, None, f"language not built: {exc}")
            continue
        sources = _sources(site)
        if not site.events or sources <= read:
            reporter.info(language.code, None, "language not built: no news of its own")
            continue
        _forward_new(quiet, reporter)
        _own_ids(site, language.code)
        read |= sources
        sites.append((language.code, site))
    for code, site in sites:
        reporter.info(
            code or display_path(content),
            None,
            f"language {site.settings.language!r}: {len(site.events)} items from "
            + _some(sorted(_sources(site)))
            + f" → {code + '/' if code else 'the output root'}",
        )
    return sites


def _language_overrides(root: Site, language: SiteLanguage) -> dict[str, Any]:
    base = language.base_url or (
        f"{root.settings.site_root}{language.code}" if root.settings.site_url else ""
    )
    return {"language": language.feed_language, "site_url": base or None}


def _own_ids(site: Site, code: str) -> None:
    """Tell a language's items from the same news in the default language:
    ``tag:host,2000:fr/2025-03-02`` (the root's ids stay as they are)."""
    for event in site.events:
        if event.id.startswith("tag:") and "," in event.id:
            cut = event.id.index(":", event.id.index(",")) + 1
            event.id = f"{event.id[:cut]}{code}/{event.id[cut:]}"


def _language_chosen(content: Path, overrides: dict[str, Any]) -> bool:
    """Whether ``--language`` or ``feeds.toml`` names the one language to build."""
    if overrides.get("language"):
        return True
    if not (content / CONFIG_NAME).is_file():  # a pipe would wait for a writer forever
        return False
    try:
        data = tomllib.loads((content / CONFIG_NAME).read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return bool(data.get("language"))


def _some(names: list[str], shown: int = 3) -> str:
    more = len(names) - shown
    return ", ".join(names[:shown]) + (f" and {more} more" if more > 0 else "")


def _sources(site: Site) -> set[str]:
    return {event.source for event in site.events}


def _forward_new(source: Reporter, reporter: Reporter) -> None:
    """Pass on what reading another language found, but what was already said."""
    said = {str(p) for p in reporter.problems}
    for problem in source.problems:
        if str(problem) not in said:
            said.add(str(problem))
            reporter.report(problem)


def _fold(code: str) -> str:
    return code.strip().lower().replace("_", "-")
