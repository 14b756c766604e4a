"""Shared fixtures. No test may reach the network: any non-loopback connection fails."""

from __future__ import annotations

import socket
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
SEED = CONTENT / "index.md"
_LOOPBACK = {"127.0.0.1", "localhost", "::1", "0.0.0.0", ""}


def _host(address: object) -> str:
    if isinstance(address, tuple) and address:
        return str(address[0])
    return str(address) if not isinstance(address, (bytes, str)) else ""


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test that opens a connection to a non-loopback address."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def guard(address: object) -> None:
        if isinstance(address, tuple):
            host = _host(address)
            if host not in _LOOPBACK and not host.startswith("127."):
                raise AssertionError(f"test tried to reach the network: {address!r}")

    def connect(self: socket.socket, address: object) -> None:
        guard(address)
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: object) -> int:
        guard(address)
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setenv("FEEDS_OFFLINE", "1")


def write_site(
    folder: Path, news: str, config: str = "", front: str = "title: Test Person"
) -> Path:
    """A content folder with an ``index.md`` whose news section is ``news``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "feeds.toml").write_text(
        'site_url = "https://example.org/~me"\nauthor = "Test Person"\n'
        'email = "me@example.org"\ntimezone = "America/Chicago"\nid_date = "2020"\n' + config,
        encoding="utf-8",
    )
    page = f"---\n{front}\n---\n\nIntro text.\n\n### News\n\n{textwrap.dedent(news).strip()}\n"
    (folder / "index.md").write_text(page, encoding="utf-8")
    return folder


@pytest.fixture
def make_site(tmp_path: Path):
    """Factory: ``make_site(news, config="")`` → a content folder in tmp_path."""
    counter = iter(range(1000))

    def make(news: str, config: str = "", front: str = "title: Test Person") -> Path:
        return write_site(tmp_path / f"site{next(counter)}", news, config, front)

    return make
