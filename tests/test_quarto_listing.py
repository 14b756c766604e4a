"""Quarto listing pages and distill post folders as news (issue 8, corpus C2 cause C):
every document a news listing shows is one item, dated by its front matter in the forms
people write, linked at its rendered page. Sites written here in our own words."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import feedparser
import pytest

from feeds.build import load_site
from feeds.diagnostics import Reporter

TODAY = dt.date(2026, 11, 26)
SITE = "https://lab.example.org"
QUARTO = "project:\n  type: website\n"


def write(site: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = site / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return site


def post(title: str, date: str, extra: str = "", body: str = "Some words.") -> str:
    return f'---\ntitle: "{title}"\ndate: {date}\n{extra}---\n\n{body}\n'


def read(site: Path, reporter: Reporter | None = None) -> list[tuple[str, str, str, str]]:
    """(title, start, precision, type) of every item, in feed order."""
    loaded = load_site(site, today=TODAY, reporter=reporter, overrides={"site_url": SITE})
    return [
        (
            e.title,
            e.span.start_iso if e.span else "",
            str(e.span.precision) if e.span else "",
            e.type,
        )
        for e in loaded.events
    ]


HOME = "---\ntitle: Ada Byron\n---\n\nI study engines.\n"

LISTING_FORMS = {
    "a folder, the page titled News": {
        "_quarto.yml": QUARTO,
        "index.qmd": HOME,
        "news.qmd": '---\ntitle: "News"\nlisting:\n  contents: news\n  sort: "date desc"\n---\n',
        "news/2024-12_meet/index.qmd": post("Winter workshop", "20 12 2024"),
        "news/2024-03_grant/index.qmd": post("A grant for the loom", "2024-03-05"),
    },
    "no title: the file name says news (Portuguese)": {
        "_quarto.yml": QUARTO,
        "index.qmd": HOME,
        "noticias.qmd": "---\nlisting:\n  contents: noticias\n  type: grid\n---\n",
        "noticias/a/index.qmd": post("Winter workshop", "20 12 2024"),
        "noticias/b/index.qmd": post("A grant for the loom", "05 03 2024"),
    },
    "the navbar links to it as news, a glob": {
        "_quarto.yml": QUARTO
        + "website:\n  navbar:\n    left:\n      - text: Actualités\n        href: journal.qmd\n",
        "index.qmd": HOME,
        "journal.qmd": '---\ntitle: "Journal"\nlisting:\n  contents: "billets/*.qmd"\n---\n',
        "billets/meet.qmd": post("Winter workshop", "December 20, 2024"),
        "billets/grant.qmd": post("A grant for the loom", "March 5, 2024"),
        "billets/notes/old.qmd": post("Not matched by the glob", "2020-01-01"),
    },
    "a list of listings: the one whose id says news": {
        "_quarto.yml": QUARTO,
        "index.qmd": "---\ntitle: Ada Byron\nlisting:\n  - id: recent-news\n"
        '    contents: "updates/*.qmd"\n  - id: projects\n    contents: projects\n---\n',
        "updates/meet.qmd": post("Winter workshop", "2024-12-20"),
        "updates/grant.qmd": post("A grant for the loom", "2024-03-05"),
        "projects/engine.qmd": post("The difference engine", "2023-01-01"),
    },
    "a listing placed under a News heading": {
        "_quarto.yml": QUARTO,
        "index.qmd": "---\ntitle: Ada Byron\nlisting:\n  id: latest\n  contents: posts\n---\n\n"
        "I study engines.\n\n## News\n\n::: {#latest}\n:::\n\n## Projects\n\nLooms.\n",
        "posts/meet.qmd": post("Winter workshop", "2024-12-20"),
        "posts/grant.qmd": post("A grant for the loom", "2024-03-05"),
    },
    "a list of contents with a left-out glob and a draft": {
        "_quarto.yml": QUARTO,
        "index.qmd": HOME,
        "news.qmd": '---\ntitle: News\nlisting:\n  contents:\n    - "news/*.qmd"\n'
        '    - "!news/wip-*.qmd"\n---\n',
        "news/meet.qmd": post("Winter workshop", "2024-12-20"),
        "news/grant.qmd": post("A grant for the loom", "2024-03-05"),
        "news/wip-idea.qmd": post("Left out by the pattern", "2024-04-01"),
        "news/later.qmd": post("Still a draft", "2024-05-01", "draft: true\n"),
    },
    "distill: listing: posts is the _posts folder, dates month first": {
        "_site.yml": 'name: "lab"\nnavbar:\n  left:\n    - text: "News"\n      href: news.html\n',
        "index.Rmd": HOME,
        "news.Rmd": '---\ntitle: "Lab notes"\nlisting: posts\n---\n',
        "_posts/2024-12-20-meet/meet.Rmd": post("Winter workshop", "12-20-2024"),
        "_posts/2024-03-05-grant/grant.Rmd": post("A grant for the loom", "03-05-2024"),
    },
    "entries of a YAML file": {
        "_quarto.yml": QUARTO,
        "index.qmd": HOME,
        "news.qmd": "---\ntitle: News\nlisting:\n  contents: news.yml\n---\n",
        "news.yml": '- title: "Winter workshop"\n  date: 2024-12-20\n  path: meet.qmd\n'
        '- title: "A grant for the loom"\n  date: "March 5, 2024"\n  href: https://x.org/g\n',
    },
}


@pytest.mark.parametrize("files", LISTING_FORMS.values(), ids=LISTING_FORMS.keys())
def test_each_listed_document_is_an_item(tmp_path: Path, files: dict[str, str]) -> None:
    reporter = Reporter(quiet=True)
    assert read(write(tmp_path, files), reporter) == [
        ("Winter workshop", "2024-12-20", "day", "event"),
        ("A grant for the loom", "2024-03-05", "day", "award"),
    ]
    assert not reporter.warnings, reporter.warnings


DATES = [  # (what the front matter says, what the other documents say, the day)
    ("20 12 2024", "", "2024-12-20"),
    ("2024-12-20", "", "2024-12-20"),
    ("2024 12 20", "", "2024-12-20"),
    ("December 20, 2024", "", "2024-12-20"),
    ("20 December 2024", "", "2024-12-20"),
    ("20.12.2024", "", "2024-12-20"),
    ("12/20/2024", "", "2024-12-20"),
    ("12-20-2024", "", "2024-12-20"),
    ("05 06 2024", "", "2024-06-05"),  # spaces: day first
    ("05-06-2024", "", "2024-05-06"),  # dashes: month first (distill)
    ("05-06-2024", "25-06-2024", "2024-06-05"),  # the site writes day first
    ("05 06 2024", "06 25 2024", "2024-05-06"),  # the site writes month first
    ("2024-12-20 15:30:00 -0500", "", "2024-12-20"),
]


@pytest.mark.parametrize(("written", "sibling", "day"), DATES)
def test_listed_dates(tmp_path: Path, written: str, sibling: str, day: str) -> None:
    files = {
        "_quarto.yml": QUARTO,
        "news.qmd": "---\ntitle: News\nlisting:\n  contents: news\n---\n",
        "news/a.qmd": post("The one we check", written),
    }
    if sibling:
        files["news/b.qmd"] = post("Its sibling", sibling)
    found = {
        title: (start, precision) for title, start, precision, _ in read(write(tmp_path, files))
    }
    assert found["The one we check"] == (day, "day")


@pytest.mark.parametrize("written", ["today", "last-modified", "someday", ""])
def test_an_unreadable_date_is_said_with_its_line(tmp_path: Path, written: str) -> None:
    site = write(
        tmp_path,
        {
            "_quarto.yml": QUARTO,
            "news.qmd": "---\ntitle: News\nlisting:\n  contents: news\n---\n",
            "news/a.qmd": f"---\ntitle: Undated\nauthor: me\ndate: {written}\n---\n\nText.\n",
        },
    )
    reporter = Reporter(quiet=True)
    assert read(site, reporter) == [("Undated", "", "", "news")]
    (warning,) = reporter.warnings
    assert warning.source.endswith("news/a.qmd") and warning.line == 4
    assert "undated" in warning.message


def test_not_news_listings_are_not_read(tmp_path: Path) -> None:
    site = write(
        tmp_path,
        {
            "_quarto.yml": QUARTO,
            "index.qmd": "---\ntitle: Ada Byron\nlisting:\n  contents: projects\n---\n\n"
            "## News\n\n- **Mar 2026**: Opened the new lab.\n\n## Projects\n",
            "projects/engine.qmd": post("The difference engine", "2023-01-01"),
            "talks.qmd": "---\ntitle: Talks\nlisting:\n  contents: talks\n---\n",
            "talks/one.qmd": post("A talk on looms", "2023-02-01"),
        },
    )
    assert [title for title, *_ in read(site)] == ["Opened the new lab"]


def test_description_summary_and_category(tmp_path: Path) -> None:
    """The description (else the first paragraph) follows the title; a category that
    names a type types the item."""
    site = write(
        tmp_path,
        {
            "_quarto.yml": QUARTO,
            "news.qmd": "---\ntitle: News\nlisting:\n  contents: news\n---\n",
            "news/a.qmd": post(
                "At the engine society", "2024-06-01", "categories: [Talk, looms]\n"
            ),
            "news/b/index.qmd": post(
                "A summer note",
                "2024-05-01",
                "description: We *presented* the loom.\n",
            ),
            "news/c.qmd": post(
                "Spring",
                "2024-04-01",
                body="![a picture](p.jpg){width=50%}\n\nOur paper was [accepted]"
                "(https://x.org){.external target=_blank} at the loom venue.\n",
            ),
        },
    )
    loaded = load_site(site, today=TODAY, overrides={"site_url": SITE})
    got = [(e.title, e.kind, e.type, e.text, e.links[0].url) for e in loaded.events]
    assert got == [
        ("At the engine society", "Talk", "talk", "At the engine society — Some words.",
         f"{SITE}/news/a.html"),
        ("A summer note", "News", "talk", "A summer note — We presented the loom.",
         f"{SITE}/news/b/"),
        ("Spring", "News", "paper", "Spring — Our paper was accepted at the loom venue.",
         f"{SITE}/news/c.html"),
    ]  # fmt: skip


def test_quarto_site_with_a_listing_end_to_end(tmp_path: Path) -> None:
    """``feeds build`` on a Quarto site whose news is a listing page named in the navbar;
    the feed read back with feedparser, the list with json."""
    site = write(
        tmp_path / "site",
        {
            "_quarto.yml": QUARTO + "website:\n  site-url: https://soc.example.org\n"
            "  navbar:\n    left:\n      - href: index.qmd\n        text: Início\n"
            "      - href: avisos.qmd\n        text: Notícias\n",
            "feeds.toml": 'site_url = "https://soc.example.org"\n',
            "index.qmd": "---\nabout:\n  template: marquee\n---\n\nA society of engines.\n",
            "avisos.qmd": "---\nlisting:\n  contents: avisos\n  sort: date desc\n---\n",
            "avisos/2025-12_reuniao/index.qmd": post(
                "Workshop de inverno", "20 12 2025", body="O encontro teve lugar na biblioteca."
            ),
            "avisos/2025-02_premio/index.qmd": post(
                "Prémio do tear 2025", "19 02 2025", "description: Um prémio para jovens.\n"
            ),
        },
    )
    out = tmp_path / "out"
    env = {"FEEDS_OFFLINE": "1", "PATH": "/usr/bin:/bin", "FEEDS_CACHE": "off"}
    result = subprocess.run(
        [sys.executable, "-m", "feeds", "build", "--content", str(site), "--out", str(out)]
        + ["--now", "2026-11-26", "--timezone", "UTC", "-v"],
        capture_output=True, text=True, check=False, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr and "error" not in result.stderr
    assert "avisos.qmd:2: info: news read from this listing: 2 items" in result.stderr
    feed = feedparser.parse((out / "atom.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert [(e.title, e.published[:10], e.link) for e in feed.entries] == [
        ("Workshop de inverno", "2025-12-20", "https://soc.example.org/avisos/2025-12_reuniao/"),
        ("Prémio do tear 2025", "2025-02-19", "https://soc.example.org/avisos/2025-02_premio/"),
    ]
    listed = subprocess.run(
        [sys.executable, "-m", "feeds", "list", "--json", "--content", str(site)]
        + ["--now", "2026-11-26"],
        capture_output=True, text=True, check=True, env=env,
    )  # fmt: skip
    items = json.loads(listed.stdout)
    assert [(i["start"], i["precision"], i["type"]) for i in items] == [
        ("2025-12-20", "day", "event"),
        ("2025-02-19", "day", "award"),
    ]


def test_an_empty_news_listing_is_said(tmp_path: Path) -> None:
    site = write(
        tmp_path,
        {
            "_quarto.yml": QUARTO,
            "index.qmd": HOME + "\n## News\n\n- **Mar 2026**: Opened the new lab.\n",
            "news.qmd": "---\ntitle: News\nsort: date desc\nlisting:\n  contents: posts\n---\n",
            "posts/draft.qmd": post("Not yet", "2026-04-01", "draft: true\n"),
        },
    )
    reporter = Reporter(quiet=True)
    assert read(site, reporter) == [("Opened the new lab", "2026-03", "month", "news")]
    (warning,) = reporter.warnings
    assert (warning.source.endswith("news.qmd"), warning.line) == (True, 4)
    assert "shows no documents (contents: posts)" in warning.message


def test_a_post_the_homepage_shows_is_not_added_twice(tmp_path: Path) -> None:
    site = write(
        tmp_path,
        {
            "_quarto.yml": QUARTO,
            "index.qmd": HOME + "\n## News\n\n- **Mar 2026**: Opened the new lab.\n"
            "- **Mar 2026**: Our paper on looms is out.\n",
            "news.qmd": "---\ntitle: News\nlisting:\n  contents: news\n---\n",
            "news/lab.qmd": post("Opened the new lab", "2026-03-12"),
            "news/paper.qmd": post("Our paper on engines is out", "2026-03-20"),
            "news/old.qmd": post("Opened the old lab", "2026-01-12"),
        },
    )
    assert read(site) == [
        ("Opened the new lab", "2026-03", "month", "news"),
        ("Our paper on looms is out", "2026-03", "month", "paper"),
        ("Our paper on engines is out", "2026-03-20", "day", "paper"),
        ("Opened the old lab", "2026-01-12", "day", "news"),
    ]


# A listing page's body holds links of its own: a box of links to other pages, the newest
# posts again by topic, a link to the research page (which has dated lines of its own).
LISTING_BODY = """---
title: Lab news
listing:
  contents: "posts/**/index.qmd"
  sort: "date desc"
---

## News & Highlights

::: {.callout-note}
**Join us.** We are hiring.

- Explore [open positions](jobs.qmd)
- Read about our [research](research.qmd)
:::

## By topic

- [Winter workshop](posts/2025-12_workshop/index.qmd)
- [More research stories and updates](research.qmd)
"""
RESEARCH = """---
title: Research
---

## Funding

- **Jan 2026**: Grant on looms, 2026-2029.
- **Feb 2025**: Grant on spindles, 2025-2027.
- **Jan 2023**: Grant on shuttles, 2023-2025.
"""


LISTING_HOMES = {
    "no news on the homepage": (HOME, []),
    "topics and a button to the news page": (
        HOME + "\n### What's new?\n\n- Recent talks\n- New people\n\n"
        "[Read lab news](news.qmd){.btn}\n",
        [],
    ),
    "a news list ending with a link to more": (
        HOME + "\n## News\n\n- **Mar 2026**: Opened the new lab.\n\n[All news →](news.qmd)\n",
        [("Opened the new lab", "2026-03", "month", "news")],
    ),
}


@pytest.mark.parametrize("case", LISTING_HOMES)
def test_a_listing_pages_body_links_are_not_news(tmp_path: Path, case: str) -> None:
    home, first = LISTING_HOMES[case]
    site = write(
        tmp_path,
        {
            "_quarto.yml": QUARTO,
            "index.qmd": home,
            "news.qmd": LISTING_BODY,
            "research.qmd": RESEARCH,
            "jobs.qmd": "---\ntitle: Jobs\n---\n\nWe are hiring.\n",
            "posts/2025-12_workshop/index.qmd": post("Winter workshop", "2025-12-20"),
            "posts/2025-03_prize/index.qmd": post("Loom prize 2025", "2025-03-02"),
        },
    )
    assert read(site) == [
        *first,
        ("Winter workshop", "2025-12-20", "day", "event"),
        ("Loom prize 2025", "2025-03-02", "day", "award"),
    ]
