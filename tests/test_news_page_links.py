"""A short homepage news list that ends with a link to the site's full news page
(issue 8, corpus C4 cause A7): the link is followed whatever its words
(``[[Full history](/news)]``, ``[All news](news.html)``, ``[Older news →](/news/)``,
``See all news``, ``archive``, ``Everything else``) when it points to the site's news page
by file name or permalink, and the two lists are merged: the full page's items plus the
homepage's, each item once. Sites written here in our own words."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from feeds.parse.more_links import says_more

SITE = "https://ada.example.org"

HOME = (
    "---\ntitle: Ada\n---\n\nI study looms.\n\n---\n\n### Updates\n\n"
    "* Feb 16, 2026: We are organising the Loom Workshop at the engine conference.\n\n"
    "* Feb 10, 2026: Gave my first talk at my old school about punched cards.\n\n"
    "---\n\n{link}\n\n---\nLast edited: Sept 1, 2024\n"
)
NEWS = (
    "## Updates and news\n\n### 2026\n\n"
    "* Feb 16, 2026: We are organising the Loom Workshop at the engine conference. "
    "Come and see us!\n"
    "* Jan 5, 2026: Joined the analytical society as a fellow.\n\n"
    "### 2025\n\n"
    "* July 16, 2025: Presented our paper on card readers at the weaving symposium in Leeds.\n"
    "* Oct 6-10, 2025: Attended the engine summer school.\n"
)
# (title start, ISO start) of each item a reader sees, once
EXPECTED = [
    ("We are organising the Loom Workshop", "2026-02-16"),
    ("Gave my first talk at my old school", "2026-02-10"),
    ("Joined the analytical society", "2026-01-05"),
    ("Presented our paper on card readers", "2025-07-16"),
    ("Attended the engine summer school", "2025-10-06"),
]

FORMS = {
    "double brackets, words that say history": ("[[Full history](/news)]", "news.md", ""),
    "words that say nothing, file name news": ("[[Todo el historial](/news)]", "news.md", ""),
    "the rendered page name": ("[All news](news.html)", "news.md", ""),
    "a permalink with an arrow": ("[Older news →](/news/)", "_pages/log.md", "/news/"),
    "see all news": ("See [all news](/updates/)", "updates.md", ""),
    "archive": ("[archive](/news-archive/)", "_pages/old.md", "/news-archive/"),
    "words about something else": ("→ [Everything else](/news/)", "news/index.md", ""),
    "a raw anchor": ('<a href="/news.html">Past items</a>', "news.md", ""),
}


def build(site: Path, out: Path) -> list[dict]:
    (site / "feeds.toml").write_text(f'site_url = "{SITE}"\n', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "feeds", "list", "--json", "--content", str(site)]
        + ["--now", "2026-11-26"],
        capture_output=True, text=True, check=False, env={"FEEDS_OFFLINE": "1",
        "PATH": "/usr/bin:/bin", "FEEDS_CACHE": "off"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def write(site: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = site / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return site


@pytest.mark.parametrize(("link", "page", "permalink"), FORMS.values(), ids=FORMS.keys())
def test_the_full_news_page_is_merged(tmp_path: Path, link: str, page: str, permalink: str) -> None:
    front = f"---\npermalink: {permalink}\n---\n\n" if permalink else ""
    files = {"_config.yml": f"url: {SITE}\n", "index.md": HOME.format(link=link)}
    files[page] = front + NEWS
    items = build(write(tmp_path, files), tmp_path / "out")
    got = sorted((i["title"], i["start"]) for i in items)
    assert len(got) == len(EXPECTED), got
    for (title, start), (want_title, want_start) in zip(
        got, sorted(EXPECTED, key=lambda e: e[0]), strict=True
    ):
        assert title.startswith(want_title), (title, want_title)
        assert start[:10] == want_start
        dt.date.fromisoformat(start[:10])
    assert not any(
        i["title"].startswith(
            ("Full", "Todo", "All", "Older", "See", "archive", "Everything", "Past")
        )
        for i in items
    )


def test_a_link_to_another_page_is_not_followed(tmp_path: Path) -> None:
    """A link alone to the publications page is neither followed nor an item."""
    files = {
        "_config.yml": f"url: {SITE}\n",
        "index.md": HOME.format(link="[[My papers](/publications)]"),
        "publications.md": NEWS,
    }
    items = build(write(tmp_path, files), tmp_path / "out")
    assert sorted(i["start"][:10] for i in items) == ["2026-02-10", "2026-02-16"]


@pytest.mark.parametrize(
    ("text", "more"),
    [("Full history", True), ("Historique complet", True), ("Full publication list", False)],
)
def test_history_says_more(text: str, more: bool) -> None:
    assert says_more(text) is more


def test_a_hand_written_html_site(tmp_path: Path) -> None:
    """``<p><a href="news.html">Full history</a></p>`` after an HTML homepage's list."""
    files = {
        "index.html": "<html><body><h1>Ada</h1>\n<h2>News</h2>\n<ul>\n"
        "<li>Feb 16, 2026: We are organising the Loom Workshop at the engine conference.</li>\n"
        '</ul>\n<p><a href="news.html">Everything before</a></p>\n<h2>Research</h2>\n'
        "<p>Looms.</p>\n</body></html>\n",
        "news.html": "<html><body><h1>News</h1>\n<ul>\n"
        "<li>Feb 16, 2026: We are organising the Loom Workshop at the engine conference.</li>\n"
        "<li>Jan 5, 2026: Joined the analytical society as a fellow.</li>\n</ul></body></html>\n",
    }
    items = build(write(tmp_path, files), tmp_path / "out")
    assert sorted(i["start"][:10] for i in items) == ["2026-01-05", "2026-02-16"]
