"""Shared fixtures. No test may reach the network: any non-loopback connection fails."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from feeds.model import Paper

from .arxiv_fake import block_network

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
SEED = CONTENT / "index.md"
JEKYLL_SITE = Path(__file__).parent / "fixtures" / "jekyll_site"  # an al-folio site
TODAY = dt.date(2022, 11, 10)  # "now" of the output tests' build of the seed


@pytest.fixture(autouse=True)
def network_attempts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every test: non-loopback connections and name lookups fail, and fail the test.

    Attempts are recorded and checked at teardown, since the code under test may catch
    the error (the arXiv client retries and reports instead of raising).
    """
    attempts = block_network(monkeypatch)
    monkeypatch.setenv("FEEDS_OFFLINE", "1")
    monkeypatch.setenv("FEEDS_CACHE", "off")  # a test sees a build parse, unless it asks
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


def absolute(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


class Tags(HTMLParser):
    """Start tags and hrefs of an HTML fragment."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.hrefs: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.hrefs += [v for k, v in attrs if k == "href" and v]


def sample_paper(arxiv_id: str = "2211.00799") -> Paper:
    return Paper(
        arxiv_id=arxiv_id,
        title="Practical Phase Retrieval",
        authors=("Ada Lovelace", "Alan Turing"),
        abstract="We retrieve $\\ell_p$ phases <fast>.",
        categories=("eess.IV", "cs.CV"),
        primary_category="eess.IV",
        published="2022-11-01T00:00:00Z",
        updated="2022-11-01T00:00:00Z",
        version=1,
        abs_url=f"https://arxiv.org/abs/{arxiv_id}",
        pdf_url=f"https://arxiv.org/pdf/{arxiv_id}v1",
        doi="10.1000/xyz",
    )


class Page(HTMLParser):
    """Elements (tag, attrs) and the visible text of an HTML document."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.chunks: list[str] = []
        self._skip = 0
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))
        self._skip += tag in ("style", "script", "title")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("style", "script", "title") and self._skip > 0

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.chunks.append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.chunks).split())

    def find(self, tag: str, **attrs: str) -> list[dict[str, str]]:
        return [
            a
            for t, a in self.elements
            if t == tag and all(a.get(k.rstrip("_")) == v for k, v in attrs.items())
        ]
