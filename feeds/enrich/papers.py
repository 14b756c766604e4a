"""Metadata for arXiv ids: from the cache, fetching only what is missing or newer."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..arxiv_ids import split_version
from ..config import Settings
from ..diagnostics import Reporter
from ..model import Paper
from .cache import Cache, utc_stamp

if TYPE_CHECKING:  # the network stack (arxiv, requests) is imported only to fetch
    import arxiv

    from .fetch import Progress
    from .session import Clock, Sleep


@dataclass
class EnrichResult:
    """The outcome of :func:`enrich`; ids are version-free.

    ``papers`` holds every requested id with metadata (cached or fetched); ``fetched``
    the ids fetched this run; ``missing`` the ids arXiv did not return; ``failed`` the
    ids (or unusable inputs) whose lookup failed; ``skipped`` the ids not looked up
    because the run is offline; ``new_versions`` maps an id to (cached, fetched) version.
    An id whose refetch failed is in ``failed`` and still in ``papers`` (from the cache).
    """

    papers: dict[str, Paper] = field(default_factory=dict)
    fetched: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    new_versions: dict[str, tuple[int, int]] = field(default_factory=dict)
    requests: int = 0


def utc_now() -> datetime:
    return datetime.now(UTC)


def enrich(
    ids: list[str],
    cache_path: Path,
    settings: Settings,
    reporter: Reporter,
    *,
    refresh: bool = False,
    source: str = "arxiv",
    progress: Progress | None = None,
    client_factory: Callable[[], arxiv.Client] | None = None,
    sleep: Sleep = time.sleep,
    clock: Clock = time.monotonic,
    now: Callable[[], datetime] = utc_now,
) -> EnrichResult:
    """Metadata for arXiv ``ids`` (versioned or not), from the cache or arXiv.

    An id is fetched when it is not cached, when ``refresh`` is set, or when it asks
    for a newer version than the cached one. Problems are reported to ``reporter``
    under ``source``; the cache at ``cache_path`` is updated only with new data.
    ``progress`` is called with (ids done, ids to fetch) after each request.
    """
    result = EnrichResult()
    wanted: dict[str, int] = {}  # version-free id -> highest version asked for (0: any)
    for raw in ids:
        try:
            ident, version = split_version(raw)
        except ValueError:
            reporter.warn(source, None, f"not an arXiv id: {raw!r}")
            result.failed.append(raw)
            continue
        wanted[ident] = max(wanted.get(ident, 0), version or 0)
    cache = Cache.load(cache_path, reporter)
    known = cache.papers(reporter)
    todo = [i for i, v in wanted.items() if refresh or i not in known or v > known[i].version]
    if todo and settings.offline:
        result.skipped = todo
        uncached = sum(i not in known for i in todo)
        if uncached:
            reporter.info(source, None, f"offline: {uncached} arXiv id(s) not cached, unenriched")
    elif todo:
        from .fetch import Lookup

        lookup = Lookup(
            settings.arxiv_api,
            settings.arxiv_timeout,
            lambda message: reporter.warn(source, None, message),
            clock=clock,
            sleep=sleep,
            client_factory=client_factory,
        )
        found = lookup.fetch(todo, progress)
        stamp = utc_stamp(now())
        for ident, paper in found.papers.items():
            old = known.get(ident)
            if old is not None and paper.version > old.version:
                result.new_versions[ident] = (old.version, paper.version)
                reporter.info(source, None, f"{ident}: new version v{paper.version}")
            cache.put(paper, stamp)
            known[ident] = paper
        if found.papers:
            cache.save(reporter, now())
        result.fetched = list(found.papers)
        result.missing, result.requests = found.missing, lookup.requests
        result.failed += found.failed
    result.papers = {i: known[i] for i in wanted if i in known}
    return result


def load_papers(cache_path: Path, reporter: Reporter | None = None) -> dict[str, Paper]:
    """Every paper in the cache at ``cache_path`` (empty if missing; damage is salvaged)."""
    cache = Cache.load(cache_path, reporter)
    return cache.papers(reporter)
