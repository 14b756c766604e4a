"""Stage 3: enrich a site's events (arXiv metadata for paper items)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..diagnostics import Reporter

if TYPE_CHECKING:
    from ..build import Site


def enrich_site(
    site: Site, reporter: Reporter, *, progress: bool = False, offline_only: bool = False
) -> None:
    """Attach cached/fetched arXiv metadata to every event that links arXiv."""
    return None
