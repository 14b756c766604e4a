"""A link that ends the homepage's news to a page with more news ("More updates →",
"All news", "Más noticias"…) is followed like an archive link (issue 8, corpus C2 cause
G): that page's items are added, those the homepage already shows not twice, and the
link itself is not an item. Sites written here in our own words."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

import feedparser
import pytest

from feeds.build import load_site
from feeds.diagnostics import Reporter
from feeds.parse.more_links import says_more

TODAY = dt.date(2026, 11, 26)
SITE = "https://lab.example.org"


def write(site: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = site / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return site


def read(site: Path, reporter: Reporter | None = None) -> list[tuple[str, str]]:
    loaded = load_site(site, today=TODAY, reporter=reporter, overrides={"site_url": SITE})
    return [(e.title, e.span.start_iso if e.span else "") for e in loaded.events]


@pytest.mark.parametrize(
    ("text", "more"),
    [
        ("More updates →", True),
        ("All news", True),
        ("Older news", True),
        ("more…", True),
        ("See all", True),
        ("View all news »", True),
        ("→ Past announcements", True),
        ("Read all news", True),
        ("News archive", True),
        ("Más noticias", True),
        ("Ver todas las noticias", True),
        ("Plus d'actualités", True),
        ("Toutes les actualités", True),
        ("ältere Meldungen", True),
        ("Alle Neuigkeiten", True),
        ("Mais notícias", True),
        ("Altre notizie", True),
        ("更多新闻", True),
        ("もっと見る", True),
        ("Read more", False),  # one item's own page
        ("All publications", False),
        ("News", False),
        ("Slides", False),
        ("My CV", False),
        ("See the workshop page for more details on the venue", False),
    ],
)
def test_which_links_say_more_news(text: str, more: bool) -> None:
    assert says_more(text) is more


HOME_ITEMS = (
    "- **Aug 2026:** Our [loom paper](https://journal.example.org/a) is now out.\n\n"
    "- **May 2026:** Gave a talk at the engine society on punched cards and looms.\n\n"
)
NEWS_PAGE = (
    "---\ntitle: News\n---\n\n## 2026\n\n"
    "- **Aug 2026** — Our [loom paper](https://doi.org/10.1/a) is now out.\n"
    "- **Jul 2026** — Joined the analytical society as a fellow.\n"
    "- **May 2026** — Gave a talk at the engine society on punched cards and looms, "
    "with a demo of the new card reader.\n\n"
    "## Earlier\n\n- **2023** — Completed a degree in mathematics.\n"
)
EXPECTED = [
    ("Our loom paper is now out", "2026-08"),
    ("Gave a talk at the engine society on punched cards and looms", "2026-05"),
    ("Joined the analytical society as a fellow", "2026-07"),
    ("Completed a degree in mathematics", "2023"),
]

FORMS = {
    "Quarto, a paragraph after the list": {
        "_quarto.yml": "project:\n  type: website\n",
        "index.qmd": "---\ntitle: Ada\n---\n\n## News\n\n"
        + HOME_ITEMS
        + "[More updates →](news.qmd)\n\n## Research\n\nLooms.\n",
        "news.qmd": NEWS_PAGE,
    },
    "Jekyll, the last bullet, a permalink": {
        "_config.yml": f"url: {SITE}\n",
        "_pages/about.md": "---\npermalink: /\ntitle: Ada\n---\n\n## News\n\n"
        + HOME_ITEMS
        + "- [All news](/news/)\n",
        "_pages/everything.md": "---\npermalink: /news/\n---\n\n" + NEWS_PAGE.split("---\n")[2],
    },
    "a raw <a href> in Markdown": {
        "_config.yml": f"url: {SITE}\n",
        "index.md": "---\ntitle: Ada\n---\n\n## News\n\n"
        + HOME_ITEMS
        + '<a class="more" href="/older/">Older news</a> »\n',
        "older/index.md": NEWS_PAGE,
    },
    "in Spanish, linked as the rendered page": {
        "_quarto.yml": "project:\n  type: website\n",
        "index.qmd": "---\ntitle: Ada\n---\n\n## Noticias\n\n"
        + HOME_ITEMS
        + "*[Más noticias](noticias.html)*\n",
        "noticias.qmd": NEWS_PAGE,
    },
    "the page with more is a Quarto listing": {
        "_quarto.yml": "project:\n  type: website\n",
        "index.qmd": "---\ntitle: Ada\n---\n\n## News\n\n" + HOME_ITEMS + "[See all](log.qmd)\n",
        "log.qmd": "---\ntitle: Log\nlisting:\n  contents: log\n---\n",
        "log/a.qmd": '---\ntitle: "Our loom paper is now out"\ndate: 2026-08-01\n---\n',
        "log/b.qmd": '---\ntitle: "Joined the analytical society as a fellow"\n'
        "date: 2026-07-01\n---\n",
        "log/c.qmd": '---\ntitle: "Completed a degree in mathematics"\ndate: 2023-06-01\n---\n',
    },
}


@pytest.mark.parametrize("files", FORMS.values(), ids=FORMS.keys())
def test_the_page_with_more_news_is_read(tmp_path: Path, files: dict[str, str]) -> None:
    reporter = Reporter(quiet=True)
    got = read(write(tmp_path, files), reporter)
    if "log.qmd" in files:  # listed documents are dated by the day (Aug 1 is in Aug)
        assert got == [
            ("Our loom paper is now out", "2026-08"),
            ("Gave a talk at the engine society on punched cards and looms", "2026-05"),
            ("Joined the analytical society as a fellow", "2026-07-01"),
            ("Completed a degree in mathematics", "2023-06-01"),
        ]
    else:
        assert got == EXPECTED
    assert not reporter.warnings, reporter.warnings


def test_a_read_more_link_is_not_followed(tmp_path: Path) -> None:
    site = write(
        tmp_path,
        {
            "_quarto.yml": "project:\n  type: website\n",
            "index.qmd": "---\ntitle: Ada\n---\n\n## News\n\n" + HOME_ITEMS
            + "[Read more](news.qmd)\n",
            "news.qmd": NEWS_PAGE,
        },
    )  # fmt: skip
    assert read(site) == EXPECTED[:2]


def test_more_news_end_to_end_with_the_parse_cache(tmp_path: Path) -> None:
    """``feeds build`` twice with the parsed-page cache on: the second build, which
    reads the homepage from the cache, still follows the link."""
    site = write(tmp_path / "site", FORMS["Quarto, a paragraph after the list"])
    (site / "feeds.toml").write_text(f'site_url = "{SITE}"\n', encoding="utf-8")
    env = {"FEEDS_OFFLINE": "1", "PATH": "/usr/bin:/bin", "FEEDS_CACHE": str(tmp_path / "c")}
    for out in (tmp_path / "first", tmp_path / "second"):
        result = subprocess.run(
            [sys.executable, "-m", "feeds", "build", "--content", str(site), "--out", str(out)]
            + ["--now", "2026-11-26"],
            capture_output=True, text=True, check=False, env=env,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        feed = feedparser.parse((out / "atom.xml").read_bytes())
        assert not feed.bozo, feed.bozo_exception
        assert sorted(e.title for e in feed.entries) == sorted(t for t, _ in EXPECTED)
    assert list((tmp_path / "c").glob("*.pickle"))  # the cache was used
