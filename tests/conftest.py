"""Shared fixtures. No test may reach the network: any non-loopback connection fails."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from .arxiv_fake import block_network

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
SEED = CONTENT / "index.md"


@pytest.fixture(autouse=True)
def network_attempts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every test: non-loopback connections and name lookups fail, and fail the test.

    Attempts are recorded and checked at teardown, since the code under test may catch
    the error (the arXiv client retries and reports instead of raising).
    """
    attempts = block_network(monkeypatch)
    monkeypatch.setenv("FEEDS_OFFLINE", "1")
    yield attempts
    assert not attempts, f"a test tried to reach the network: {attempts}"


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
