"""Shared by the arXiv tests: ids, an unreachable API URL, a seeded cache, a fault check."""

from __future__ import annotations

import socket

from feeds.diagnostics import Reporter
from feeds.enrich import EnrichResult

from .arxiv_fake import Env

X, Y = "2401.01234", "2312.09876"


def closed_port_url() -> str:
    """An API URL on a loopback port nothing listens on (connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/api/query"


def seed(env: Env) -> bytes:
    """Cache ``X`` with a clean run; the cache's bytes."""
    env.run([X], reporter=Reporter(quiet=True))
    return env.cache.read_bytes()


def check_fault(env: Env, result: EnrichResult, before: bytes, message: str, bucket: str) -> None:
    assert message in env.warnings
    assert env.cache.read_bytes() == before  # cache intact
    assert result.papers[X].title == f"Paper {X}"  # still answered from the cache
    assert Y not in result.papers and Y in getattr(result, bucket)
    assert result.fetched == []
    assert [p.name for p in env.cache.parent.iterdir()] == ["arxiv.json"]  # no temp file
