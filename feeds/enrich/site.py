"""Stage 3: enrich a site's events (arXiv metadata for the items that link arXiv)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..diagnostics import Reporter, display_path

if TYPE_CHECKING:
    from ..site import Site
    from .papers import EnrichResult


def site_arxiv_ids(site: Site) -> list[str]:
    """Every arXiv id the site's events link, first occurrence first."""
    return list(dict.fromkeys(i for event in site.events for i in event.arxiv))


def enrich_site(
    site: Site,
    reporter: Reporter,
    *,
    progress: bool = False,
    offline_only: bool = False,
    refresh: bool = False,
    ids: list[str] | None = None,
) -> EnrichResult | None:
    """Attach arXiv metadata to paper items: from the cache, fetching what is missing.

    ``offline_only`` reads the cache alone (``feeds list``); ``ids`` limits a fetch to
    those ids (``feeds enrich --ids``). Never raises for network problems.
    """
    from .papers import enrich, load_papers

    wanted = site_arxiv_ids(site)
    cache_path = cache_location(site, reporter)
    if cache_path is None:
        return None
    source = display_path(cache_path)
    result = None
    if offline_only:
        papers = load_papers(cache_path) if wanted and cache_path.exists() else {}
    else:
        asked = ids if ids is not None else wanted
        result = enrich(
            asked,
            cache_path,
            site.settings,
            reporter,
            refresh=refresh,
            source=source,
            progress=_TerminalBar() if progress and sys.stderr.isatty() else None,
        )
        papers = load_papers(cache_path) if ids is not None else result.papers
    for event in site.events:  # the paper announced: the item's first arXiv link
        main = event.arxiv[0] if event.arxiv else None
        event.papers = [papers[main]] if main in papers else []
        if event.papers and not _title_from_link(event):
            from ..text import latex_in_text, squash

            event.title = squash(latex_in_text(event.papers[0].title))
    said = set(result.failed + result.missing) if result else set()
    asked = wanted if ids is None else [i for i in wanted if i in ids]
    missing = [i for i in asked if i not in papers and i not in said]
    if missing and not offline_only:
        reporter.warn(
            source,
            None,
            f"{len(missing)} arXiv paper(s) stay unenriched: {', '.join(missing)}",
        )
    return result


def _title_from_link(event) -> bool:
    """Whether the item's title is the text of one of its links (the author's title)."""
    return any(link.text and link.text in event.title for link in event.links)


def cache_location(site: Site, reporter: Reporter) -> Path | None:
    """The cache file the ``arxiv.cache`` setting names; ``None`` (an error) if outside.

    The setting itself is checked with the other settings (relative, no ``..``); this
    catches a symbolic link that leads out of the content folder.
    """
    path = site.content_dir / site.settings.arxiv_cache
    folder = site.content_dir.resolve()
    if path.resolve().is_relative_to(folder) and path.resolve() != folder:
        return path
    reporter.error(
        display_path(path),
        None,
        f"arxiv.cache {site.settings.arxiv_cache!r} leads outside the content folder; "
        "the arXiv cache is not read or written",
    )
    return None


class _TerminalBar:
    """A progress bar on stderr (a terminal), shown from the first report on."""

    def __init__(self) -> None:
        self.bar: Any = None
        self.done = 0

    def __call__(self, done: int, total: int) -> None:
        import click

        if self.bar is None:
            self.bar = click.progressbar(length=total, label="arXiv", file=sys.stderr)
            self.bar.render_progress()
        self.bar.update(done - self.done)
        self.done = done
        if done >= total:
            self.bar.render_finish()
