"""Fetching arXiv metadata with the ``arxiv`` package, politely and within a time budget.

One :class:`arxiv.Client` per run, its HTTP going through a
:class:`~feeds.enrich.session.PacedSession` (spacing, timeouts, deadline, XML check).
Retries (429, 5xx, connection problems) are done here, with backoff through the
injected ``sleep``; the client's own delay and retries are switched off.
"""

from __future__ import annotations

import re
import socket
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import arxiv
import click
import requests

from ..arxiv_ids import split_version
from ..model import Paper
from .cache import utc_stamp
from .session import (
    ATOM,
    SPACING,
    BudgetExhausted,
    Clock,
    MalformedResponse,
    PacedSession,
    Sleep,
)

CHUNK = 100  # ids per request
ATTEMPTS = 3  # tries per chunk for transient failures
MAX_RETRY_AFTER = 60.0  # seconds; longer Retry-After answers are cut to this
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_TRANSIENT = (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError)

Warn = Callable[[str], None]


def make_client(
    api: str, session: PacedSession, factory: Callable[[], arxiv.Client] | None = None
) -> arxiv.Client:
    """An arXiv client that queries ``api`` through ``session``, without delays or retries."""
    client = (factory or arxiv.Client)()
    escaped = api.replace("{", "{{").replace("}", "}}")
    client.query_url_format = escaped + ("&" if "?" in api else "?") + "{}"
    client.page_size = CHUNK
    client.delay_seconds = 0.0
    client.num_retries = 0
    client._session = session
    return client


@dataclass
class Fetched:
    """What a fetch found: papers by requested id, ids arXiv lacks, ids that failed."""

    papers: dict[str, Paper] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    requests: int = 0


def fetch(
    ids: list[str],
    api: str,
    budget: float,
    warn: Warn,
    *,
    clock: Clock = time.monotonic,
    sleep: Sleep = time.sleep,
    client_factory: Callable[[], arxiv.Client] | None = None,
    progress: bool = False,
) -> Fetched:
    """Look up version-free ``ids`` in chunks of ``CHUNK``, within ``budget`` seconds."""
    session = PacedSession(clock, sleep, clock() + budget)
    client = make_client(api, session, client_factory)
    out = Fetched()
    chunks = [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]
    with session, _progress(len(ids), progress) as bar:
        for n, chunk in enumerate(chunks):
            try:
                _fetch_chunk(client, session, chunk, out, warn)
            except BudgetExhausted as exc:
                done = {*out.papers, *out.missing, *out.failed}
                rest = [i for c in chunks[n:] for i in c if i not in done]
                why = f" (last problem: {exc})" if str(exc) else ""
                warn(
                    f"time budget of {budget:g} s for arXiv used up{why}; "
                    f"{len(rest)} id(s) not enriched: {_some(rest)}"
                )
                out.failed += rest
                break
            bar.update(len(chunk))
    out.requests = session.count
    return out


def _fetch_chunk(
    client: arxiv.Client, session: PacedSession, chunk: list[str], out: Fetched, warn: Warn
) -> None:
    """Fetch one chunk into ``out``, retrying transient failures with backoff."""
    pending = list(chunk)
    failures = 0
    while pending:
        search = arxiv.Search(id_list=pending, max_results=len(pending))
        try:
            results = list(client.results(search))
        except arxiv.HTTPError as exc:
            problem = f"arXiv answered HTTP {exc.status}"
            if exc.status == 400:
                bad = _rejected(session.response, pending, warn)
                if bad is not None:
                    pending.remove(bad)
                    out.failed.append(bad)
                    continue
            if exc.status not in RETRY_STATUS:
                return _give_up(problem, pending, out, warn)
            delay = _retry_after(session.response)
        except MalformedResponse as exc:
            return _give_up(f"malformed response from arXiv ({exc})", pending, out, warn)
        except _TRANSIENT as exc:
            problem, delay = _describe(exc, session.timeout), 0.0
            if no_such_host(exc):  # no DNS (an offline machine): retrying cannot help
                return _give_up(problem, pending, out, warn)
        except (requests.RequestException, arxiv.ArxivError, ValueError) as exc:
            return _give_up(f"unusable response from arXiv ({exc})", pending, out, warn)
        else:
            return _collect(results, pending, out, warn)
        failures += 1
        if failures >= ATTEMPTS:
            return _give_up(f"{problem} ({failures} attempts)", pending, out, warn)
        try:
            session.wait(max(SPACING * 2 ** (failures - 1), delay))
        except BudgetExhausted:
            raise BudgetExhausted(problem) from None


def _collect(results: list[arxiv.Result], pending: list[str], out: Fetched, warn: Warn) -> None:
    """Map ``results`` back to the requested ids; report the ids arXiv left out."""
    wanted = {_key(i): i for i in pending}
    for result in results:
        if "/api/errors" in result.entry_id:
            warn(f"arXiv error: {result.summary.strip() or result.entry_id}")
            continue
        try:
            ident, version = split_version(result.get_short_id())
        except ValueError:
            warn(f"ignored an arXiv entry with unexpected id {result.entry_id!r}")
            continue
        asked = wanted.get(_key(ident))
        if asked is not None:
            out.papers[asked] = to_paper(result, asked, version or 1)
    missing = [i for i in pending if i not in out.papers]
    if missing:
        what = "an empty feed" if not results else "no entry"
        warn(f"arXiv returned {what} for {len(missing)} id(s): {_some(missing)}")
        out.missing += missing


def _give_up(problem: str, pending: list[str], out: Fetched, warn: Warn) -> None:
    warn(f"{problem}; {len(pending)} id(s) not enriched: {_some(pending)}")
    out.failed += pending


def _rejected(response: requests.Response | None, pending: list[str], warn: Warn) -> str | None:
    """Report the error entries of a 400 answer; the pending id it rejects, if named."""
    bad = None
    try:
        root = ET.fromstring(response.content) if response is not None else None
    except ET.ParseError:
        root = None
    for entry in root.iter(ATOM + "entry") if root is not None else ():
        ident = entry.findtext(ATOM + "id") or ""
        if "/api/errors" not in ident:
            continue
        fragment = ident.partition("#")[2]
        warn(
            f"arXiv rejected a request (HTTP 400): "
            f"{(entry.findtext(ATOM + 'summary') or fragment).strip()}"
        )
        named = fragment.removeprefix("incorrect_id_format_for_")
        if named != fragment and named in pending:
            bad = named
    return bad


def _retry_after(response: requests.Response | None) -> float:
    value = response.headers.get("Retry-After", "") if response is not None else ""
    try:
        return min(max(float(value), 0.0), MAX_RETRY_AFTER)
    except ValueError:
        return 0.0


def _describe(exc: requests.RequestException, timeout: float) -> str:
    if isinstance(exc, requests.Timeout):
        return f"arXiv did not answer within {timeout:.3g} s"
    if isinstance(exc, requests.exceptions.ChunkedEncodingError):
        return "incomplete response from arXiv (connection closed early)"
    errno = re.search(r"\[Errno -?\d+\] [^'\")]+", str(exc))
    return f"could not reach arXiv ({errno.group(0) if errno else type(exc).__name__})"


def no_such_host(exc: BaseException) -> bool:
    """Whether a requests error comes from a failed host name lookup."""
    reason = exc.args[0] if exc.args else None
    reason = getattr(reason, "reason", reason)
    return isinstance(reason, socket.gaierror) or type(reason).__name__ == "NameResolutionError"


def _key(ident: str) -> str:
    """Id for matching answers: old-style subject classes dropped (``math.AG/…`` → ``math/…``)."""
    return re.sub(r"^([a-z\-]+)\.[A-Z]{2}/", r"\1/", ident)


def _some(ids: list[str], limit: int = 5) -> str:
    return ", ".join(ids[:limit]) + (f", … ({len(ids) - limit} more)" if len(ids) > limit else "")


def to_paper(result: arxiv.Result, ident: str, version: int) -> Paper:
    """The :class:`Paper` of an API result, under the requested version-free ``ident``."""
    alternate = next((link.href for link in result.links if link.rel == "alternate"), None)
    return Paper(
        arxiv_id=ident,
        title=result.title.strip(),
        authors=tuple(a.name for a in result.authors),
        abstract=result.summary.strip(),
        categories=tuple(result.categories),
        primary_category=result.primary_category or next(iter(result.categories), ""),
        published=utc_stamp(result.published),
        updated=utc_stamp(result.updated),
        version=version,
        abs_url=alternate or f"https://arxiv.org/abs/{ident}v{version}",
        pdf_url=result.pdf_url or f"https://arxiv.org/pdf/{ident}v{version}",
        doi=result.doi or None,
        journal_ref=result.journal_ref or None,
        comment=result.comment or None,
        affiliations=tuple(tuple(a.affiliation) for a in result.authors),
    )


class _NoBar:
    def update(self, n: int) -> None:
        """Do nothing."""


@contextmanager
def _progress(total: int, enabled: bool) -> Iterator[Any]:
    """A click progress bar on stderr when asked for and stderr is a terminal."""
    if enabled and sys.stderr.isatty():
        with click.progressbar(length=total, label="arXiv", file=sys.stderr) as bar:
            yield bar
    else:
        yield _NoBar()
