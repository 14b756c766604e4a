"""WebSub: hub and self links in every feed, and ``feeds build --ping`` against a
stand-in hub on 127.0.0.1 that records the POSTs it gets."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import feedparser
import pytest
from click.testing import CliRunner
from lxml import etree

from feeds.cli import main

from .conftest import write_site

ATOM = "{http://www.w3.org/2005/Atom}"
NEWS = """
- **Talk** at Seminar A (Chicago, Dec 1, 2022)
- **Paper release**: a paper (Nov 2, 2022)
- **News**: first news (Nov 1, 2022)
"""
SITE = "https://example.org/~me/"
FEEDS = ["feed.xml", "atom.xml", "feed.json", "talks.xml", "papers.xml"]


class Hub:
    """A stand-in WebSub hub: records (content type, form fields) of each POST."""

    def __init__(self, status: int = 204) -> None:
        self.posts: list[tuple[str, dict[str, list[str]]]] = []
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                hub.posts.append(
                    (self.headers.get("Content-Type", ""), parse_qs(body.decode("ascii")))
                )
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hub"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def topics(self) -> list[str]:
        return [fields["hub.url"][0] for _, fields in self.posts]


@pytest.fixture
def hub() -> Iterator[Hub]:
    running = Hub()
    running.thread.start()
    yield running
    running.server.shutdown()
    running.server.server_close()


@pytest.fixture
def online(monkeypatch: pytest.MonkeyPatch) -> None:
    """The conftest sets FEEDS_OFFLINE=1 for every test; the ping tests go online
    (the only server is the stand-in hub on 127.0.0.1; the page has no arXiv link)."""
    monkeypatch.delenv("FEEDS_OFFLINE")


def run_build(site: Path, out: Path, *extra: str):
    args = ["build", "--content", str(site), "--out", str(out), "--now", "2022-11-10", *extra]
    return CliRunner().invoke(main, args, catch_exceptions=False)


def feed_bytes(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in FEEDS}


def test_every_feed_names_hub_and_self(tmp_path: Path) -> None:
    hub = "https://hub.example.net/"
    site = write_site(tmp_path / "site", NEWS, config=f'hub = "{hub}"\n')
    out = tmp_path / "out"
    assert run_build(site, out).exit_code == 0
    rss = etree.parse(str(out / "feed.xml")).getroot().find("channel")
    links = {(a.get("rel"), a.get("href")) for a in rss.findall(f"{ATOM}link")}
    assert links == {("hub", hub), ("self", SITE + "feed.xml")}
    for name in ("atom.xml", "talks.xml", "papers.xml"):
        root = etree.parse(str(out / name)).getroot()
        rels = {a.get("rel"): a.get("href") for a in root.findall(f"{ATOM}link")}
        assert rels["hub"] == hub and rels["self"] == SITE + name, name
        parsed = feedparser.parse((out / name).read_bytes())
        assert not parsed.bozo
        assert {(link.rel, link.href) for link in parsed.feed.links} >= {
            ("hub", hub),
            ("self", SITE + name),
        }
    data = json.loads((out / "feed.json").read_text(encoding="utf-8"))
    assert data["hubs"] == [{"type": "WebSub", "url": hub}]
    assert data["feed_url"] == SITE + "feed.json"


def test_no_hub_no_hub_links(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", NEWS)
    out = tmp_path / "out"
    assert run_build(site, out).exit_code == 0
    for name in FEEDS:
        assert b"hub" not in (out / name).read_bytes(), name


def test_ping_only_the_feeds_that_changed(tmp_path: Path, hub: Hub, online: None) -> None:
    site = write_site(tmp_path / "site", NEWS, config=f'hub = "{hub.url}"\n')
    out = tmp_path / "out"
    first = run_build(site, out, "--ping")
    assert first.exit_code == 0, first.stderr
    assert sorted(hub.topics()) == sorted(SITE + name for name in FEEDS)  # all new
    assert all(kind == "application/x-www-form-urlencoded" for kind, _ in hub.posts)
    assert all(fields["hub.mode"] == ["publish"] for _, fields in hub.posts)

    hub.posts.clear()
    assert run_build(site, out, "--ping").exit_code == 0
    assert hub.posts == []  # nothing changed: no ping

    before = feed_bytes(out)
    page = site / "index.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("first news", "first news, reworded"), encoding="utf-8")
    assert run_build(site, out, "--ping").exit_code == 0
    changed = [name for name, data in feed_bytes(out).items() if data != before[name]]
    assert changed and set(changed) < set(FEEDS)  # a news item: not in talks/papers feeds
    assert sorted(hub.topics()) == sorted(SITE + name for name in changed)  # one each


def test_unreachable_hub_is_a_warning(tmp_path: Path, online: None) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    site = write_site(tmp_path / "site", NEWS, config=f'hub = "http://127.0.0.1:{port}/"\n')
    result = run_build(site, tmp_path / "out", "--ping")
    assert result.exit_code == 0
    assert "warning" in result.stderr and "cannot be reached" in result.stderr
    assert (tmp_path / "out" / "feed.xml").is_file()


def test_hub_error_is_a_warning_per_feed(tmp_path: Path, online: None) -> None:
    refusing = Hub(status=500)
    refusing.thread.start()
    try:
        site = write_site(tmp_path / "site", NEWS, config=f'hub = "{refusing.url}"\n')
        result = run_build(site, tmp_path / "out", "--ping")
    finally:
        refusing.server.shutdown()
        refusing.server.server_close()
    assert result.exit_code == 0
    assert len(refusing.posts) == len(FEEDS)
    assert result.stderr.count("HTTP 500") == len(FEEDS)


def test_offline_sends_nothing(tmp_path: Path, hub: Hub) -> None:
    site = write_site(tmp_path / "site", NEWS, config=f'hub = "{hub.url}"\n')
    result = run_build(site, tmp_path / "out", "--ping")  # FEEDS_OFFLINE=1 (conftest)
    assert result.exit_code == 0
    assert hub.posts == []
    result = run_build(site, tmp_path / "out2", "--ping", "--offline")
    assert result.exit_code == 0 and hub.posts == []


def test_no_ping_without_the_option(tmp_path: Path, hub: Hub, online: None) -> None:
    site = write_site(tmp_path / "site", NEWS, config=f'hub = "{hub.url}"\n')
    assert run_build(site, tmp_path / "out").exit_code == 0
    assert hub.posts == []


def test_pinging_stops_when_the_time_is_up(hub: Hub) -> None:
    """The round is bounded: a clock that has run past the limit leaves the rest unsent."""
    from feeds.diagnostics import Reporter
    from feeds.websub import ping

    ticks = iter([0.0, 1.0, 25.0, 26.0])  # start, first POST, then past the 20 s limit
    reporter = Reporter(quiet=True)
    topics = [SITE + name for name in FEEDS[:3]]
    result = ping(hub.url, topics, reporter, timeout=20.0, clock=lambda: next(ticks))
    assert hub.topics() == topics[:1] and result.pinged == topics[:1]
    assert result.failed == topics[1:]
    assert len(reporter.warnings) == 1 and "out of time" in reporter.warnings[0].message
