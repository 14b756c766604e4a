"""A real browser (headless Chromium) renders subscribe.html and the XSL-styled feeds.

``output/`` is served from 127.0.0.1 (XSLT needs a same-origin stylesheet over HTTP).
Screenshots are saved under the build's output folder, in ``screenshots/``.
Skipped only when no Chromium binary is installed, and then failed instead in CI
(``FEEDS_REQUIRE_BROWSER``, see tests/browser_binary.py).
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import feedparser
import pytest

from feeds.build import BuildResult, build

from .browser_binary import chromium_binary, serving
from .conftest import CONTENT, TODAY, Page

TIMEOUT = 120
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


@pytest.fixture(scope="module")
def chromium() -> str:
    return chromium_binary()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    return build(CONTENT, tmp_path_factory.mktemp("out"), today=TODAY, overrides={"offline": True})


@pytest.fixture(scope="module")
def served(built: BuildResult) -> Iterator[str]:
    """Base URL of the build's output folder, served on a free loopback port."""
    with serving(built.out_dir) as url:
        yield url


def run_chromium(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [chromium, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def dump_dom(chromium: str, profile: Path, url: str) -> Page:
    done = run_chromium(chromium, profile, "--dump-dom", url)
    assert done.returncode == 0, done.stderr[-2000:]
    return Page(done.stdout)


def titles(path: Path) -> list[str]:
    return [entry.title for entry in feedparser.parse(path.read_bytes()).entries]


def test_subscribe_page_renders(
    chromium: str, served: str, built: BuildResult, tmp_path: Path
) -> None:
    page = dump_dom(chromium, tmp_path, served + "subscribe.html")
    text = page.text
    assert "Subscribe to" in text and "Talk calendar" in text
    for title in titles(built.out_dir / "feed.xml")[:10]:
        assert " ".join(title.split()) in text
    assert "Talk: Imaging and Vision Seminar Series at Rice University" in text
    assert any(a["href"].startswith("webcal://") for a in page.find("a"))


@pytest.mark.parametrize("name", ["feed.xml", "atom.xml", "talks.xml"])
def test_browser_applies_the_feed_stylesheet(
    chromium: str, served: str, built: BuildResult, tmp_path: Path, name: str
) -> None:
    page = dump_dom(chromium, tmp_path, served + name)
    text = page.text
    assert "This is a web feed" in text  # the XSLT ran: raw feeds have no such text
    assert page.find("meta", name="viewport")
    items = titles(built.out_dir / name)
    assert items
    for title in items:
        assert " ".join(title.split()) in text


@pytest.mark.parametrize(
    ("name", "size"),
    [
        ("subscribe.html", "1280,1600"),
        ("subscribe.html", "390,1600"),
        ("feed.xml", "1280,1400"),
        ("talks.xml", "390,1400"),
    ],
)
def test_screenshots(
    chromium: str, served: str, built: BuildResult, tmp_path: Path, name: str, size: str
) -> None:
    folder = built.out_dir / "screenshots"
    folder.mkdir(exist_ok=True)
    shot = folder / f"{name.replace('.', '-')}-{size.split(',')[0]}.png"
    done = run_chromium(
        chromium, tmp_path, f"--screenshot={shot}", f"--window-size={size}", served + name
    )
    assert done.returncode == 0, done.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000
    print(f"screenshot: {shot}")
