"""arXiv enrichment: metadata for the arXiv ids found on the page, cached in ``arxiv.json``.

:func:`enrich` answers from the cache and fetches only what is missing (or everything,
with ``refresh``); it never raises for network, HTTP or response problems, it reports
them and carries on. :func:`load_papers` reads the cache alone.
"""

from .papers import EnrichResult, enrich, load_papers

__all__ = ["EnrichResult", "enrich", "load_papers"]
