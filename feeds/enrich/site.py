"""Stage 3: enrich a site's events (arXiv metadata for their papers, linked or found)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..diagnostics import Reporter, display_path
from ..model import Item, Link, Paper
from .candidates import Wanted, is_paper
from .candidates import wanted as candidates

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

    An item's paper is its first arXiv link; a paper item without one is searched on
    arXiv by DOI, then by title (see :mod:`feeds.enrich.search`). ``offline_only`` reads
    the cache alone (``feeds list``, ``feeds check``); ``ids`` limits a fetch to those
    ids (``feeds enrich --ids``), without searches. Never raises for network problems.
    """
    from .papers import enrich, read_cache

    wanted = site_arxiv_ids(site)
    cache_path = cache_location(site, reporter)
    if cache_path is None:
        return None
    source = display_path(cache_path)
    unlinked = [e for e in site.events if not e.arxiv and is_paper(e)]
    looked_for = {id(e): candidates(e) for e in unlinked}
    result = None
    if offline_only or ids is not None:
        papers, found = read_cache(cache_path) if cache_path.exists() else ({}, {})
    if not offline_only:
        asked = ids if ids is not None else wanted
        result = enrich(
            asked,
            cache_path,
            site.settings,
            reporter,
            refresh=refresh,
            find=[] if ids is not None else [w for ws in looked_for.values() for w in ws],
            source=source,
            progress=_TerminalBar() if progress and sys.stderr.isatty() else None,
        )
        if ids is None:
            papers, found = result.papers, result.found
        else:
            papers, found = read_cache(cache_path)
    for event in site.events:  # the paper announced: the item's first arXiv link
        main = event.arxiv[0] if event.arxiv else None
        event.papers = [papers[main]] if main in papers else []
        event.matched = "link" if event.papers else None
        if id(event) in looked_for:
            _attach_found(event, looked_for[id(event)], found, papers)
        if event.papers and not _title_from_link(event):
            from ..latex_text import latex_in_text
            from ..text import squash

            event.title = squash(latex_in_text(event.papers[0].title))
        if event.matched in ("doi", "title"):
            paper = event.papers[0]
            event.links.append(
                Link(f"arXiv:{paper.arxiv_id} (found by {event.matched})", paper.abs_url)
            )
    said = set(result.failed + result.missing) if result else set()
    asked = wanted if ids is None else [i for i in wanted if i in ids]
    missing = [i for i in asked if i not in papers and i not in said]
    if missing and not offline_only:
        reporter.warn(source, None, unenriched_message(missing))
    for event in unlinked:
        if not event.papers:
            how = "DOI or title" if looked_for[id(event)] else "no DOI or title to search for"
            reporter.info(
                event.source,
                event.line,
                f"paper item without an arXiv match ({how}); link its arXiv page to enrich it",
            )
    return result


def unenriched_message(missing: list[str], shown: int = 10) -> str:
    """``N arXiv paper(s) stay unenriched: a, b, … (k more)``: a line, however many."""
    more = f", … ({len(missing) - shown} more)" if len(missing) > shown else ""
    return f"{len(missing)} arXiv paper(s) stay unenriched: {', '.join(missing[:shown])}{more}"


def _attach_found(
    event: Item, wanted: list[Wanted], found: dict[str, str | None], papers: dict[str, Paper]
) -> None:
    """The first paper a search of the item's DOIs, then titles, found for sure."""
    for item in wanted:
        ident = found.get(item.key)
        if ident is not None and ident in papers:
            event.papers, event.matched = [papers[ident]], item.kind
            return


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
