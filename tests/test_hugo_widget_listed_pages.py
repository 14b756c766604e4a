"""A Hugo Blox / Wowchemy homepage news widget that is only a stub (issue 8, corpus c24):
``content/home/news.md`` says ``widget: news`` (a site's own widget) or ``widget: pages``
/ ``posts`` with ``content: {page_type: …}`` and holds no items itself; the items are the
pages of the folder it lists (``post/<slug>/index.md``, ``post/*.md``, ``news/``), each
one item (front-matter ``title``, ``date``, ``summary``). As the theme's pages widget
does: ``page_type`` defaults to ``post``; ``filters.tag`` / ``filters.category`` keep only
the pages so tagged; drafts are left out; ``count`` only limits the homepage (its "see
all" link leads to the section page, which lists every page), so every page is read.
Sites written here in our own words, read back with ``json`` (``feeds list --json``) or
built and read with feedparser."""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest

from .hugo_sites import HEADLESS, YAML_CONFIG, build, listed, summary, write

SPRING = "---\ntitle: Spring school in Oslo\ndate: 2025-04-02\nsummary: We taught a week.\n---\n"
KEYNOTE = (
    "---\ntitle: Keynote at the owl meeting\ndate: 2025-09-14\n"
    "tags: [news, talks]\ncategories: [Lab news]\n---\n\nMia gave an invited talk.\n"
)
DRAFT = "---\ntitle: Not ready yet\ndate: 2025-10-01\ndraft: true\n---\n"
PRIZE = (
    '+++\ntitle = "Best poster prize"\ndate = 2024-12-05T10:00:00+01:00\n'
    'tags = ["blog"]\n+++\n\nJo won the poster prize.\n'
)
BUNDLES = {
    "content/post/spring/index.md": SPRING,
    "content/post/spring/cover.md": "---\ntitle: a resource\ndate: 2020-01-01\n---\n",
    "content/post/owls/index.md": KEYNOTE,
    "content/post/later/index.md": DRAFT,
    "content/post/prize.md": PRIZE,
}
ALL = [
    ("Keynote at the owl meeting", "2025-09-14", "day", "talk"),
    ("Spring school in Oslo", "2025-04-02", "day", "news"),
    ("Best poster prize", "2024-12-05", "day", "award"),
]

CASES = {
    "a site's own news widget, a bare stub": (
        {"content/home/news.md": "---\nwidget: news\nactive: true\ntitle: News\nweight: 30\n---\n"},
        BUNDLES,
        ALL,
    ),
    "a news widget in TOML, untitled, lists post/ by default": (
        {"content/home/news.md": '+++\nwidget = "news"\nheadless = true\n+++\n'},
        BUNDLES,
        ALL,
    ),
    "a news widget kept under another name, untitled": (
        {"content/home/latest.md": '+++\nwidget = "news"\nweight = 20\n+++\n'},
        BUNDLES,
        ALL,
    ),
    "pages widget without page_type: the theme's default is post": (
        {"content/home/news.md": "---\nwidget: pages\ntitle: Latest\ncontent:\n  count: 2\n---\n"},
        BUNDLES,
        ALL,
    ),
    "posts widget of old Academic titled news, count below the pages": (
        {"content/home/recent.md": '+++\nwidget = "posts"\ntitle = "Recent News"\n+++\n'},
        BUNDLES,
        ALL,
    ),
    "pages widget filtered by tag": (
        {
            "content/home/news.md": (
                "---\nwidget: pages\ntitle: News\ncontent:\n  page_type: post\n"
                "  filters:\n    tag: news\n---\n"
            )
        },
        BUNDLES,
        ALL[:1],
    ),
    "pages widget filtered by category, written in another case": (
        {
            "content/home/news.md": (
                '+++\nwidget = "pages"\ntitle = "News"\n[content]\n  page_type = "post"\n'
                '  [content.filters]\n    category = "lab news"\n+++\n'
            )
        },
        BUNDLES,
        ALL[:1],
    ),
    "a news widget over a news/ folder of flat pages": (
        {"content/home/news.md": "---\nwidget: news\ntitle: News\n---\n"},
        {"content/news/a.md": SPRING, "content/news/b.md": DRAFT},
        ALL[1:2],
    ),
    "a news widget over Wowchemy event pages only: talks": (
        {"content/home/news.md": "---\nwidget: news\ntitle: News\n---\n"},
        {
            "content/event/pond/index.md": "---\ntitle: Ducks, counted\nevent: Pond Day 2025\n"
            "location: Oslo\ndate: 2025-06-02T14:00:00Z\n---\n"
        },
        [("Ducks, counted", "2025-06-02", "day", "talk")],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_stub_widget_reads_the_pages_it_lists(tmp_path: Path, case: str) -> None:
    home, pages, expected = CASES[case]
    site = write(
        tmp_path / "site",
        {
            "config/_default/hugo.yaml": YAML_CONFIG,
            "content/home/index.md": HEADLESS,
            **home,
            **pages,
        },
    )
    items, _ = listed(site)
    assert summary(items) == expected


def test_the_built_feed_links_each_page(tmp_path: Path) -> None:
    home = {"content/home/news.md": "---\nwidget: news\ntitle: News\n---\n"}
    files = {"config/_default/hugo.yaml": YAML_CONFIG, "content/home/index.md": HEADLESS}
    site = write(tmp_path / "site", {**files, **home, **BUNDLES})
    result = build(site, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    feed = feedparser.parse((tmp_path / "out" / "atom.xml").read_bytes())
    assert [e.link for e in feed.entries] == [
        "https://ana.example.org/post/owls/",
        "https://ana.example.org/post/spring/",
        "https://ana.example.org/post/prize/",
    ]
    assert feed.entries[1].summary.count("We taught a week.") == 1


def test_a_news_widget_with_its_own_items_lists_no_folder(tmp_path: Path) -> None:
    widget = "---\nwidget: news\ntitle: News\n---\n\n- **Mar 2025**: Our paper was accepted.\n"
    files = {"config/_default/hugo.yaml": YAML_CONFIG, "content/home/index.md": HEADLESS}
    site = write(tmp_path / "site", {**files, "content/home/news.md": widget, **BUNDLES})
    items, _ = listed(site)
    assert summary(items) == [("Our paper was accepted", "2025-03", "month", "paper")]
