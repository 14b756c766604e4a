"""A fake arXiv API for tests: real Atom responses, scripted faults, recorded requests.

Responses copy the reference sample of the API: entry ids ``http://arxiv.org/abs/IDvN``,
the PDF link titled ``pdf``, optional ``arxiv:`` elements, entries not in the order asked
(reversed), unknown ids left out, malformed ids answered by HTTP 400 and an error entry.
"""

from __future__ import annotations

import functools
import gzip
import re
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from feeds.config import Settings
from feeds.diagnostics import Reporter
from feeds.enrich import EnrichResult, enrich

from .arxiv_atom import FakePaper, entry_xml, error_xml, feed_xml, words

__all__ = ["NOW", "Env", "FakeArxiv", "FakeClock", "FakePaper", "block_network", "environment"]

NOW = datetime(2026, 4, 12, 22, 10, 19, tzinfo=UTC)  # the injected "now" of every run

_ID = re.compile(r"^(\d{4}\.\d{4,5}|[a-z][a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v(\d+))?$")


@dataclass
class Request:
    """One request the fake received; ``at`` is by the fake's clock."""

    path: str
    query: dict[str, list[str]]
    id_list: list[str]
    at: float


class FakeArxiv:
    """The fake server; ``script`` lists behaviours for the next requests, then ``default``.

    Behaviours: ``normal``, ``503``, ``429`` (with ``Retry-After: {retry_after}``),
    ``404`` (a plain-text page), ``400`` (error entry naming the first id), ``400text``
    (a 400 whose body is not XML), ``error200`` (a 200 feed holding only an error entry),
    ``error200twice`` (two), ``html`` (a 200 HTML page), ``rss`` (a 200 RSS feed,
    well-formed but not Atom), ``malformed`` (mismatched tag), ``empty`` (no entries),
    ``truncated`` (half the promised Content-Length), ``gzip`` (a normal answer,
    compressed), ``cut`` (half a body, no length), ``hang`` (never answers, until the
    server stops), ``drip`` (the whole answer, headers too, one byte every
    ``drip_pause`` seconds), ``dripbody`` (headers at once, then the body so).
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self.papers: dict[str, FakePaper] = {}
        self.unknown: set[str] = set()
        self.script: list[str] = []
        self.default = "normal"
        self.retry_after = "5"  # the Retry-After header of a 429
        self.drip_pause = 0.02  # seconds between the bytes of a dripped answer
        self.dripped = 0  # bytes a dripping answer got out before the client hung up
        self.sleeps: list[float] = []  # what the code under test slept, if given this list
        self.requests: list[Request] = []
        self.release = threading.Event()
        self._lock = threading.Lock()
        self.errors: list[BaseException] = []  # bugs of the fake itself, not client hang-ups
        self.server = _Server(("127.0.0.1", 0), type("Handler", (_Handler,), {"fake": self}))
        self.server.errors = self.errors
        serve = functools.partial(self.server.serve_forever, poll_interval=0.02)
        self._thread = threading.Thread(target=serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/api/query"

    def paper(self, ident: str) -> FakePaper:
        return self.papers.setdefault(ident, FakePaper(title=f"Paper {ident}"))

    def record(self, request: Request) -> str:
        with self._lock:
            self.requests.append(request)
            return self.script.pop(0) if self.script else self.default

    def __enter__(self) -> FakeArxiv:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()  # lets hanging handlers go
        self.server.shutdown()
        self.server.server_close()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    errors: list[BaseException]

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Record the handler's exception (other than a client hanging up)."""
        error = sys.exc_info()[1]
        if error is not None and not isinstance(error, OSError):
            self.errors.append(error)


class _Handler(BaseHTTPRequestHandler):
    fake: FakeArxiv

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet."""

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = parse_qs(parts.query, keep_blank_values=True)
        ids = [i for i in query.get("id_list", [""])[0].split(",") if i]
        behaviour = self.fake.record(Request(parts.path, query, ids, self.fake.clock()))
        if behaviour == "hang":
            self.fake.release.wait(30)
            return
        if behaviour in ("503", "429"):
            return self._send(int(behaviour), b"Try again later.\n")
        if behaviour in ("404", "400text"):
            return self._send(int(behaviour[:3]), b"Bad Request: we could not understand.\n")
        if behaviour == "html":
            return self._send(200, b"<!DOCTYPE html><html><body><p>Maintenance</p></body></html>")
        if behaviour == "rss":
            return self._send(200, b"<?xml version='1.0'?><rss version='2.0'><channel/></rss>")
        if behaviour in ("error200", "error200twice"):
            body = error_xml(ids[0] if ids else "", "internal search error, please retry")
            if behaviour == "error200twice":  # arXiv may list several error entries
                second = error_xml("", "query too long")
                entry = second[second.index("  <entry>") : second.index("</feed>")]
                body = body.replace("</feed>", f"{entry}</feed>")
            return self._send(200, body.encode())
        bad = next((i for i in ids if not _ID.match(i)), None)
        if behaviour == "400" or bad is not None:
            return self._send(400, error_xml(bad or (ids[0] if ids else "")).encode())
        entries, total = ([], None) if ids else self._search(query)
        for raw in reversed(ids):  # not the order asked for, as on arXiv
            match = _ID.match(raw)
            assert match is not None
            ident, version = match.group(1), match.group(2)
            if ident not in self.fake.unknown and behaviour != "empty":
                canonical = re.sub(r"^([a-z\-]+)\.[A-Z]{2}/", r"\1/", ident)  # math.AG/… → math/…
                entries.append(entry_xml(canonical, self.fake.paper(ident), int(version or 0)))
        body = feed_xml(entries, parts.query, total).encode()
        if behaviour == "malformed":
            body = body.replace(b"</summary>", b"</sumary>", 1)
        if behaviour == "truncated":  # promises the whole body, sends half
            return self._send(200, body, sent=len(body) // 2)
        if behaviour == "cut":  # no Content-Length: the body just stops half-way
            return self._send(200, body[: len(body) // 2], declared=False)
        if behaviour in ("drip", "dripbody"):
            return self._drip(body, headers_too=behaviour == "drip")
        self._send(
            200, gzip.compress(body) if behaviour == "gzip" else body, gzipped=behaviour == "gzip"
        )

    def _search(self, query: dict[str, list[str]]) -> tuple[list[str], int]:
        """Entries for ``search_query=ti:"…" OR doi:"…"``: papers whose title holds the
        phrase (word by word, case and accents ignored) or whose DOI is the one asked; the
        page asked for (``start``, ``max_results``) and how many there are in all."""
        asked = query.get("search_query", [""])[0]
        clauses = re.findall(r'(ti|doi):"([^"]*)"', asked)
        assert clauses, f"the fake understands only ti:/doi: queries, not {asked!r}"
        found = []
        for ident, paper in self.fake.papers.items():
            title = " ".join(words(paper.title))
            if any(
                (kind == "ti" and f" {' '.join(words(value))} " in f" {title} ")
                or (kind == "doi" and paper.doi and paper.doi.lower() == value.lower())
                for kind, value in clauses
            ):
                found.append(entry_xml(ident, paper))
        start = int(query.get("start", ["0"])[0])
        return found[start : start + int(query.get("max_results", ["10"])[0])], len(found)

    def _drip(self, body: bytes, headers_too: bool) -> None:
        """Send a 200 answer one byte at a time until done, the client goes or the test ends."""
        head = (
            "HTTP/1.1 200 OK\r\nContent-Type: application/atom+xml; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        ).encode()
        if not headers_too:
            self.wfile.write(head)
            self.wfile.flush()
        for byte in head + body if headers_too else body:
            if self.fake.release.wait(self.fake.drip_pause):
                return
            try:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
            except OSError:
                return
            self.fake.dripped += 1
        self.close_connection = True

    def _send(
        self, status: int, body: bytes, *, declared: bool = True, sent: int = -1, gzipped=False
    ) -> None:
        """Answer; ``declared``: send Content-Length; ``sent`` ≥ 0: write only that many bytes."""
        self.send_response(status)
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        kind = "application/atom+xml" if body.startswith(b"<?xml") else "text/plain"
        self.send_header("Content-Type", f"{kind}; charset=utf-8")
        if declared:
            self.send_header("Content-Length", str(len(body)))
        if status == 429:
            self.send_header("Retry-After", self.fake.retry_after)
        self.end_headers()
        self.wfile.write(body if sent < 0 else body[:sent])
        self.close_connection = True


@dataclass
class FakeClock:
    """An injectable monotonic clock that moves when slept on (and by ``tick`` per reading)."""

    now: float = 1000.0
    sleeps: list[float] = field(default_factory=list)
    tick: float = 0.0

    def __call__(self) -> float:
        self.now += self.tick
        return self.now - self.tick

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def block_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make non-loopback connections (and name lookups) fail; returns the attempts seen."""
    attempts: list[str] = []
    real_connect, real_getaddrinfo = socket.socket.connect, socket.getaddrinfo

    def check(host: Any) -> None:
        if isinstance(host, str) and host not in ("127.0.0.1", "localhost", "::1"):
            attempts.append(host)
            raise OSError(f"network access in tests: {host}")

    def connect(self: socket.socket, address: Any) -> None:
        check(address[0] if self.family in (socket.AF_INET, socket.AF_INET6) else None)
        real_connect(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        check(host)
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return attempts


@dataclass
class Env:
    """One test's fake API, fake clock, cache path and quiet reporter."""

    fake: FakeArxiv
    cache: Path
    clock: FakeClock
    reporter: Reporter = field(default_factory=lambda: Reporter(quiet=True))

    def run(self, ids: list[str], api: str = "", timeout: float = 60.0, **kw: Any) -> EnrichResult:
        """:func:`enrich` against the fake (or ``api``), sleeping on the fake clock."""
        offline, reporter = kw.pop("offline", False), kw.pop("reporter", self.reporter)
        more = {k: kw.pop(k) for k in ("author", "author_aliases", "arxiv_retry_days") if k in kw}
        settings = Settings(
            arxiv_api=api or self.fake.url, arxiv_timeout=timeout, offline=offline, **more
        )
        kw.setdefault("clock", self.clock)
        kw.setdefault("now", lambda: NOW)
        return enrich(ids, self.cache, settings, reporter, sleep=self.clock.sleep, **kw)

    @property
    def warnings(self) -> str:
        return "\n".join(str(p) for p in self.reporter.warnings)


@contextmanager
def environment(folder: Path) -> Iterator[Env]:
    """A running fake with its clock; the cache is ``folder/arxiv.json``."""
    clock = FakeClock()
    with FakeArxiv(clock) as fake:
        yield Env(fake, folder / "arxiv.json", clock)
    assert not fake.errors, f"the fake arXiv failed: {fake.errors!r}"
