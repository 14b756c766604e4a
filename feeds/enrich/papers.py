"""Metadata for arXiv ids: from the cache, fetching only what is missing or newer."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from ..arxiv_ids import split_version
from ..config import Settings
from ..diagnostics import Reporter
from ..model import Paper
from .cache import Cache, utc_stamp
from .candidates import Wanted
from .reach import some, unreachable

if TYPE_CHECKING:  # the network stack (arxiv, requests) is imported only to fetch
    import arxiv

    from .fetch import Lookup, Progress
    from .session import Clock, Sleep


@dataclass
class EnrichResult:
    """The outcome of :func:`enrich`; ids are version-free.

    ``papers`` holds every requested id with metadata (cached or fetched); ``fetched``
    the ids fetched this run; ``missing`` the ids arXiv did not return; ``failed`` the
    ids (or unusable inputs) whose lookup failed; ``skipped`` the ids not looked up
    because the run is offline; ``new_versions`` maps an id to (cached, fetched) version.
    An id whose refetch failed is in ``failed`` and still in ``papers`` (from the cache).
    ``found`` maps each search key (``doi:…``, ``title:…``) with a known answer to the id
    found or ``None``; ``unsearched`` holds the keys that could not be asked this run.
    """

    papers: dict[str, Paper] = field(default_factory=dict)
    fetched: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    new_versions: dict[str, tuple[int, int]] = field(default_factory=dict)
    requests: int = 0
    found: dict[str, str | None] = field(default_factory=dict)
    unsearched: list[str] = field(default_factory=list)


def utc_now() -> datetime:
    return datetime.now(UTC)


def wall_sleep(seconds: float) -> None:
    """The default ``sleep`` (looked up at each call, so tests can replace it)."""
    time.sleep(seconds)


def enrich(
    ids: list[str],
    cache_path: Path,
    settings: Settings,
    reporter: Reporter,
    *,
    refresh: bool = False,
    find: Iterable[Wanted] = (),
    source: str = "arxiv",
    progress: Progress | None = None,
    client_factory: Callable[[], arxiv.Client] | None = None,
    sleep: Sleep | None = None,
    clock: Clock = time.monotonic,
    now: Callable[[], datetime] = utc_now,
) -> EnrichResult:
    """Metadata for arXiv ``ids`` (versioned or not), from the cache or arXiv.

    An id is fetched when it is not cached, when ``refresh`` is set, or when it asks
    for a newer version than the cached one. Problems are reported to ``reporter``
    under ``source``; the cache at ``cache_path`` is updated only with new data.
    ``progress`` is called with (ids done, ids to fetch) after each request.

    ``find`` lists DOIs and titles of papers without an arXiv link: each is searched
    unless the cache has its answer (a "none" is asked again after
    ``arxiv_retry_days``, or with ``refresh``), through the same client and budget.
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
    ask = _due(list(dict.fromkeys(find)), cache, known, todo, result, settings, refresh, now())
    names = [n for n in (settings.author, *settings.author_aliases) if n.strip()]
    if ask and (settings.offline or not names):
        why = "offline" if settings.offline else "no `author` setting to recognise them by"
        reporter.info(
            source,
            None,
            f"{why}: {len(ask)} DOI/title search(es) for papers without an arXiv link not made",
        )
        result.unsearched, ask = [w.key for w in ask], []
    if todo and settings.offline:
        result.skipped = todo
        uncached = sum(i not in known for i in todo)
        if uncached:
            reporter.info(source, None, f"offline: {uncached} arXiv id(s) not cached, unenriched")
    elif (
        (todo or ask)
        and client_factory is None
        and (why := unreachable(settings.arxiv_api, settings.arxiv_timeout))
    ):
        _unreached(why, todo, ask, result, reporter, source)
    elif todo or ask:
        from .fetch import Lookup

        warn = lambda message: reporter.warn(source, None, message)  # noqa: E731
        lookup = Lookup(
            settings.arxiv_api,
            settings.arxiv_timeout,
            warn,
            clock=clock,
            sleep=sleep or wall_sleep,
            client_factory=client_factory,
        )
        stamp = utc_stamp(now())
        with lookup.session:  # its connections closed when done
            changed = _fetch(lookup, todo, known, cache, result, reporter, source, stamp, progress)
            changed |= _search(lookup, ask, names, known, cache, result, reporter, source, stamp)
        if changed:
            cache.save(reporter, now())
        result.requests = lookup.requests
    result.papers = {i: known[i] for i in [*wanted, *result.found.values()] if i in known}
    return result


def _unreached(
    why: str,
    todo: list[str],
    ask: list[Wanted],
    result: EnrichResult,
    reporter: Reporter,
    source: str,
) -> None:
    """What a :class:`.fetch.Lookup` whose first request cannot connect reports: the ids
    (else the searches) it had to ask as not enriched, the searches after them not made."""
    result.requests = 1
    if todo:
        reporter.warn(source, None, f"{why}; {len(todo)} id(s) not enriched: {some(todo)}")
        result.failed += todo
        why = ""
    if ask and why:
        reporter.warn(source, None, f"{why}; {len(ask)} DOI/title search(es) not made")
    elif ask:
        reporter.info(
            source,
            None,
            f"{len(ask)} DOI/title search(es) for papers without an arXiv link not made",
        )
    result.unsearched += [w.key for w in ask]


def _due(
    find: list[Wanted],
    cache: Cache,
    known: dict[str, Paper],
    todo: list[str],
    result: EnrichResult,
    settings: Settings,
    refresh: bool,
    moment: datetime,
) -> list[Wanted]:
    """The searches to make; known answers go to ``result.found`` (their papers to ``todo``)."""
    searches = cache.searches()
    retry = timedelta(days=settings.arxiv_retry_days)
    ask = []
    for item in find:
        old = searches.get(item.key)
        if old is not None and old.found is not None:
            result.found[item.key] = old.found
            if old.found not in known and old.found not in todo:
                todo.append(old.found)  # answered, but its paper is not cached (any more)
        elif old is not None and not refresh and moment - old.asked < retry:
            result.found[item.key] = None
        else:
            ask.append(item)
    return ask


def _fetch(
    lookup: Lookup,
    todo: list[str],
    known: dict[str, Paper],
    cache: Cache,
    result: EnrichResult,
    reporter: Reporter,
    source: str,
    stamp: str,
    progress: Progress | None,
) -> bool:
    """Fetch ``todo`` into ``known`` and the cache; whether anything was fetched."""
    if not todo:
        return False
    found = lookup.fetch(todo, progress)
    for ident, paper in found.papers.items():
        old = known.get(ident)
        if old is not None and paper.version > old.version:
            result.new_versions[ident] = (old.version, paper.version)
            reporter.info(source, None, f"{ident}: new version v{paper.version}")
        cache.put(paper, stamp)
        known[ident] = paper
    result.fetched = list(found.papers)
    result.missing = found.missing
    result.failed += found.failed
    return bool(found.papers)


def _search(
    lookup: Lookup,
    ask: list[Wanted],
    names: list[str],
    known: dict[str, Paper],
    cache: Cache,
    result: EnrichResult,
    reporter: Reporter,
    source: str,
    stamp: str,
) -> bool:
    """Search ``ask``, recording every answer; whether any was recorded."""
    if not ask:
        return False
    if lookup.stopped:  # already said why, once
        reporter.info(
            source,
            None,
            f"{len(ask)} DOI/title search(es) for papers without an arXiv link not made",
        )
        result.unsearched += [w.key for w in ask]
        return False
    from .search import search

    searched = search(lookup, ask, names, lambda m: reporter.warn(source, None, m))
    for item in ask:
        if item.key not in searched.answers:
            result.unsearched.append(item.key)
            continue
        paper = searched.answers[item.key]
        cache.put_search(item.key, item.clause, paper and paper.arxiv_id, stamp)
        result.found[item.key] = paper and paper.arxiv_id
        if paper is not None:
            cache.put(paper, stamp)
            known[paper.arxiv_id] = paper
    return bool(searched.answers)


def load_papers(cache_path: Path, reporter: Reporter | None = None) -> dict[str, Paper]:
    """Every paper in the cache at ``cache_path`` (empty if missing; damage is salvaged)."""
    cache = Cache.load(cache_path, reporter)
    return cache.papers(reporter)


def read_cache(cache_path: Path) -> tuple[dict[str, Paper], dict[str, str | None]]:
    """The cache's papers, and its search answers (key → id found or ``None``)."""
    cache = Cache.load(cache_path)
    return cache.papers(), {key: asked.found for key, asked in cache.searches().items()}
