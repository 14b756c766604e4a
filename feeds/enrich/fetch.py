"""Asking arXiv with the ``arxiv`` package, politely and within a time budget.

One :class:`Lookup` per run: one :class:`arxiv.Client` whose HTTP goes through a
:class:`~feeds.enrich.session.PacedSession` (spacing, deadline, XML check), for the id
lookups and the title searches alike. Retries (429, 5xx, broken answers) are done here,
with backoff through the injected ``sleep``; the client's own delay and retries are off.
The first failed connection, or the budget running out, stops the lookup for the run.
"""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field

import arxiv
import requests

from ..arxiv_ids import arxiv_page_url, split_version
from ..model import Paper
from .cache import utc_stamp
from .reach import some
from .session import (
    ATOM,
    SPACING,
    BudgetExhausted,
    Clock,
    MalformedResponse,
    PacedSession,
    Sleep,
    Unreachable,
)

CHUNK = 100  # ids (or results) per request
ATTEMPTS = 3  # tries per request for transient failures
MAX_RETRY_AFTER = 60.0  # seconds; longer Retry-After answers are cut to this
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_TRANSIENT = (requests.Timeout, requests.exceptions.ChunkedEncodingError, requests.ConnectionError)

Warn = Callable[[str], None]
Progress = Callable[[int, int], None]  # (done, total) ids


class Stopped(Exception):
    """No more lookups this run: the budget is used up or arXiv cannot be reached."""


class Refused(Exception):
    """One request failed for good; ``status`` is its HTTP status, if any."""

    def __init__(self, problem: str, status: int | None = None):
        super().__init__(problem)
        self.status = status


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


class Lookup:
    """One run's way to arXiv: one client, one session, one budget, one stop."""

    def __init__(
        self,
        api: str,
        budget: float,
        warn: Warn,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = time.sleep,
        client_factory: Callable[[], arxiv.Client] | None = None,
    ):
        self.budget, self.warn = budget, warn
        self.session = PacedSession(clock, sleep, clock() + budget)
        self.client = make_client(api, self.session, client_factory)
        self.stopped: str | None = None  # why no more requests are made this run

    @property
    def requests(self) -> int:
        return self.session.count

    def results(self, search: arxiv.Search) -> list[arxiv.Result]:
        """The results of ``search``, retrying transient failures with backoff.

        Raises :class:`Refused` when this request fails for good and :class:`Stopped`
        (recording why in ``stopped``) when no request can be made any more.
        """
        if self.stopped:
            raise Stopped(self.stopped)
        failures = 0
        while True:
            try:
                results = list(self.client.results(search))
                errors = [why for _, why in error_entries(self.session.response)]
                if errors:  # the client skips them; an error inside a 200 is still an error
                    raise Refused(f"arXiv reported an error: {'; '.join(errors)}", 200)
                return results
            except arxiv.HTTPError as exc:
                problem = f"arXiv answered HTTP {exc.status}"
                if exc.status not in RETRY_STATUS:
                    raise Refused(problem, exc.status) from None
                delay = _retry_after(self.session.response)
            except MalformedResponse as exc:
                raise Refused(f"malformed response from arXiv ({exc})") from None
            except Unreachable as exc:
                raise self._stop(str(exc)) from None
            except BudgetExhausted as exc:
                raise self._stop(self._used_up(str(exc))) from None
            except _TRANSIENT as exc:
                problem, delay = _describe(exc, self.session.timeout), 0.0
            except (requests.RequestException, arxiv.ArxivError, ValueError) as exc:
                raise Refused(f"unusable response from arXiv ({exc})") from None
            failures += 1
            if failures >= ATTEMPTS:
                raise Refused(f"{problem} ({failures} attempts)")
            try:
                self.session.wait(max(SPACING * 2 ** (failures - 1), delay))
            except BudgetExhausted:
                raise self._stop(self._used_up(problem)) from None

    def _used_up(self, problem: str) -> str:
        why = f" (last problem: {problem})" if problem else ""
        return f"time budget of {self.budget:g} s for arXiv used up{why}"

    def _stop(self, why: str) -> Stopped:
        self.stopped = why
        return Stopped(why)

    def fetch(self, ids: list[str], progress: Progress | None = None) -> Fetched:
        """Look up version-free ``ids`` in chunks of ``CHUNK``; warn about what failed."""
        out = Fetched()
        chunks = [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]
        for n, chunk in enumerate(chunks):
            try:
                self._fetch_chunk(chunk, out)
            except Stopped as exc:
                done = {*out.papers, *out.missing, *out.failed}
                rest = [i for c in chunks[n:] for i in c if i not in done]
                self.warn(f"{exc}; {len(rest)} id(s) not enriched: {some(rest)}")
                out.failed += rest
                break
            if progress is not None:
                progress(min((n + 1) * CHUNK, len(ids)), len(ids))
        return out

    def _fetch_chunk(self, chunk: list[str], out: Fetched) -> None:
        """Fetch one chunk into ``out``; an id arXiv rejects is dropped and the rest asked."""
        pending = list(chunk)
        while pending:
            search = arxiv.Search(id_list=pending, max_results=len(pending))
            try:
                results = self.results(search)
            except Refused as exc:
                bad = _rejected(self.session.response, pending, self.warn)
                if exc.status == 400 and bad is not None:
                    pending.remove(bad)
                    out.failed.append(bad)
                    continue
                self.warn(f"{exc}; {len(pending)} id(s) not enriched: {some(pending)}")
                out.failed += pending
                return
            return _collect(results, pending, out, self.warn)


def _collect(results: list[arxiv.Result], pending: list[str], out: Fetched, warn: Warn) -> None:
    """Map ``results`` back to the requested ids; report the ids arXiv left out."""
    wanted = {_key(i): i for i in pending}
    for result in usable(results, warn):
        ident, version = split_version(result.get_short_id())
        asked = wanted.get(_key(ident))
        if asked is not None:
            out.papers[asked] = to_paper(result, asked, version or 1)
    missing = [i for i in pending if i not in out.papers]
    if missing:
        what = "an empty feed" if not results else "no entry"
        warn(f"arXiv returned {what} for {len(missing)} id(s): {some(missing)}")
        out.missing += missing


def usable(results: list[arxiv.Result], warn: Warn) -> list[arxiv.Result]:
    """``results`` without entries whose id is not an arXiv id."""
    kept = []
    for result in results:
        try:
            split_version(result.get_short_id())
        except ValueError:
            warn(f"ignored an arXiv entry with unexpected id {result.entry_id!r}")
            continue
        kept.append(result)
    return kept


def error_entries(response: requests.Response | None) -> list[tuple[str, str]]:
    """The (code, message) of each error entry in an answer's body (none if not XML)."""
    try:
        root = ET.fromstring(response.content) if response is not None else None
    except ET.ParseError:
        return []
    found = []
    for entry in root.iter(ATOM + "entry") if root is not None else ():
        ident = entry.findtext(ATOM + "id") or ""
        if "/api/errors" in ident:
            fragment = ident.partition("#")[2]
            found.append((fragment, (entry.findtext(ATOM + "summary") or fragment).strip()))
    return found


def _rejected(response: requests.Response | None, pending: list[str], warn: Warn) -> str | None:
    """Report the error entries of a 400 answer; the pending id it rejects, if named."""
    if response is None or response.status_code != 400:
        return None
    bad = None
    for code, why in error_entries(response):
        warn(f"arXiv rejected a request (HTTP 400): {why}")
        named = code.removeprefix("incorrect_id_format_for_")
        if named != code and named in pending:
            bad = named
    return bad


def _retry_after(response: requests.Response | None) -> float:
    value = response.headers.get("Retry-After", "") if response is not None else ""
    try:
        seconds = float(value)
    except ValueError:
        return 0.0
    return min(max(seconds, 0.0), MAX_RETRY_AFTER) if seconds == seconds else 0.0


def _describe(exc: requests.RequestException, timeout: float) -> str:
    if isinstance(exc, requests.Timeout):
        return f"arXiv did not answer within {timeout:.3g} s"
    if isinstance(exc, requests.exceptions.ChunkedEncodingError):
        return "incomplete response from arXiv (connection closed early)"
    return "connection to arXiv broken mid-answer"


def _key(ident: str) -> str:
    """Id for matching answers: old-style subject classes dropped (``math.AG/…`` → ``math/…``)."""
    return re.sub(r"^([a-z\-]+)\.[A-Z]{2}/", r"\1/", ident)


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
        abs_url=arxiv_page_url(alternate, "abs", ident, version),
        pdf_url=arxiv_page_url(result.pdf_url, "pdf", ident, version),
        doi=result.doi or None,
        journal_ref=result.journal_ref or None,
        comment=result.comment or None,
        affiliations=tuple(tuple(a.affiliation) for a in result.authors),
    )
