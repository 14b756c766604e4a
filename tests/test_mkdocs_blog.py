"""Material for MkDocs' blog plugin as the news (issue 8, sweep of templates): an academic
MkDocs site keeps its news as blog posts (``docs/blog/posts/*.md``, ``date:`` or ``date:
created:``, titled by a heading); the blog is the news when its folder, its index page
or the menu entry naming it says news. Sites written in our own words; ``feeds build``
read back with feedparser (Atom) and json (JSON Feed).
"""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from feeds.cli import main

from .site_listing import write

CONFIG = "site_name: Rivers\nsite_url: https://rivers.example.org/\ntheme:\n  name: material\n"
POSTS = {
    "grant.md": "---\ndate:\n  created: 2026-03-02\n  updated: 2026-03-09\ncategories:\n"
    "  - Funding\n---\n\n# Two more years for the river survey\n\nThe council renewed it.\n"
    "\n<!-- more -->\n\nDetails.\n",
    "talk.md": "---\ndate: 2025-11-18\nauthors:\n  - kim\n---\n\n# At the Delta Seminar\n\n"
    "I gave an invited talk on river dens.\n",
    "later.md": "---\ndate:\n  created: 2025-10-01\ndraft: true\n---\n\n# Not written yet\n",
    "titled.md": '---\ntitle: "Our otter paper is accepted at EcoConf"\ndate: 2025-06-30\n---\n'
    "\nA study of dens.\n",
}
EXPECTED = [
    (
        "2026-03-02",
        "Two more years for the river survey",
        "{b}/2026/03/02/two-more-years-for-the-river-survey/",
    ),
    ("2025-11-18", "At the Delta Seminar", "{b}/2025/11/18/at-the-delta-seminar/"),
    (
        "2025-06-30",
        "Our otter paper is accepted at EcoConf",
        "{b}/2025/06/30/our-otter-paper-is-accepted-at-ecoconf/",
    ),
]
SITES = {  # (files, the blog's folder)
    "the menu names it News": (
        {
            "mkdocs.yml": CONFIG + "plugins:\n  - search\n  - blog\nnav:\n  - Home: index.md\n"
            "  - News:\n    - blog/index.md\n",
            "docs/blog/index.md": "# Blog\n",
        },
        "blog",
    ),
    "its folder is news, the plugin with options": (
        {
            "mkdocs.yml": CONFIG + "plugins:\n  - material/blog:\n      blog_dir: news\n"
            "      post_date_format: long\n",
            "docs/news/index.md": "",
        },
        "news",
    ),
    "its index page's heading": (
        {"mkdocs.yml": CONFIG + "plugins:\n  - blog\n", "docs/blog/index.md": "# Latest news\n"},
        "blog",
    ),
}


def built(site: Path, out: Path) -> tuple[int, str]:
    result = CliRunner().invoke(
        main,
        ["build", "--content", str(site), "--out", str(out), "--now", "2026-11-26"]
        + ["--cache", "off", "--offline"],
    )
    return result.exit_code, result.output


def site_of(tmp_path: Path, files: dict[str, str], blog: str) -> Path:
    posts = {f"docs/{blog}/posts/{name}": text for name, text in POSTS.items()}
    return write(
        tmp_path / "site", {"docs/index.md": "# Kim Lee\n\nI study rivers.\n"} | files | posts
    )


@pytest.mark.parametrize("case", SITES)
def test_the_blog_named_as_news_is_read(tmp_path: Path, case: str) -> None:
    files, blog = SITES[case]
    code, output = built(site_of(tmp_path, files, blog), tmp_path / "out")
    assert code == 0, output
    feed = json.loads((tmp_path / "out" / "feed.json").read_text(encoding="utf-8"))
    assert [(i["date_published"][:10], i["title"]) for i in feed["items"]] == [
        (day, title) for day, title, _ in EXPECTED
    ]
    atom = feedparser.parse(str(tmp_path / "out" / "atom.xml"))
    base = f"https://rivers.example.org/{blog}"
    assert [e.link for e in atom.entries] == [url.format(b=base) for _, _, url in EXPECTED]
    talks = feedparser.parse(str(tmp_path / "out" / "talks.xml"))
    assert [e.title for e in talks.entries] == ["At the Delta Seminar"]  # its body says so


def test_a_blog_called_blog_is_not_news(tmp_path: Path) -> None:
    files = {"mkdocs.yml": CONFIG + "plugins:\n  - blog\nnav:\n  - Blog: blog/index.md\n"}
    code, output = built(
        site_of(tmp_path, files | {"docs/blog/index.md": "# Blog\n"}, "blog"), tmp_path / "out"
    )
    assert code == 1
    assert "no news found" in output


def test_its_own_posts_folder_and_a_posts_slug(tmp_path: Path) -> None:
    """``post_dir`` names the posts' folder; a post's ``slug:`` is its address."""
    config = CONFIG + "plugins:\n  - blog:\n      blog_dir: news\n      post_dir: news/items\n"
    files = {
        "mkdocs.yml": config,
        "docs/index.md": "# Kim Lee\n",
        "docs/news/items/one.md": "---\ndate: 2026-01-05\nslug: dens\n---\n\n# Dens found\n",
    }
    code, output = built(write(tmp_path / "site", files), tmp_path / "out")
    assert code == 0, output
    atom = feedparser.parse(str(tmp_path / "out" / "atom.xml"))
    assert [(e.title, e.link) for e in atom.entries] == [
        ("Dens found", "https://rivers.example.org/news/2026/01/05/dens/")
    ]


def test_a_blog_switched_off_is_not_read(tmp_path: Path) -> None:
    files = {
        "mkdocs.yml": CONFIG + "plugins:\n  - blog:\n      enabled: false\n      blog_dir: news\n"
    }
    code, output = built(site_of(tmp_path, files, "news"), tmp_path / "out")
    assert code == 1
    assert "no news found" in output
