"""Stage 3: enrich a site's events (arXiv metadata for the items that link arXiv)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..diagnostics import Reporter, display_path

if TYPE_CHECKING:
    from ..site import Site
    from . import EnrichResult


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
    from . import enrich, load_papers

    wanted = site_arxiv_ids(site)
    cache_path = site.content_dir / site.settings.arxiv_cache
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
            progress=progress,
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
