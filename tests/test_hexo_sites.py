"""Hexo sites (fix25, form 1): news posts of ``source/_posts/`` filed under a news
category or tag, listed by the theme's ``news`` layout on ``source/news/index.md``; and a
data file ``source/_data/news.yml`` a theme template shows (``site.data.news``).

Every site is written here in our own words; ``feeds list --json`` is read back with
``json`` and a build's ``feed.xml`` with feedparser; expectations are written from the
input.
"""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import pytest

from .cli_run import feeds
from .hugo_sites import NOW, write

CONFIG = """\
title: Example Lab
author: Rin Sato
timezone: Asia/Tokyo
url: https://lab.example.org
theme: solar
"""
NEWS_PAGE = "---\ntitle: News\nlayout: news\ndate: 2020-10-24 21:05:04\n---\n"
POSTS_SITE = {
    "_config.yml": CONFIG,
    "package.json": '{"name": "hexo-site", "dependencies": {"hexo": "^7.0.0"}}\n',
    "source/news/index.md": NEWS_PAGE,
    "source/_posts/best-poster.md": (
        "---\ntitle: Mei won the best poster award at the Example Symposium\n"
        "date: 2025-09-04 10:00:00\ncategories: [news]\ntags: [news]\n---\n"
    ),
    "source/_posts/2024/talk-kyoto.md": (
        "---\ntitle: Rin gave an invited talk at Kyoto University\ndate: 2024-02-15\n"
        "categories:\n  - News\n---\nSlides are on the talks page.\n"
    ),
    "source/_posts/cluster-notes.md": (
        "---\ntitle: Notes on setting up our cluster\ndate: 2024-03-01\n"
        "categories: [tech]\n---\nA blog post, not news.\n"
    ),
    "source/_posts/draft.md": (
        "---\ntitle: Our paper on lattices was accepted\ndate: 2024-04-01\n"
        "tags: news\npublished: false\n---\n"
    ),
}
DATA_SITE = {
    "_config.yml": "title: Vision Group\nurl: https://vg.example.edu\ntheme: minimal\n",
    "scaffolds/post.md": "---\ntitle: {{ title }}\ndate: {{ date }}\n---\n",
    "source/about/index.md": "---\ntitle: About\n---\nWe study vision.\n",
    "themes/minimal/layout/index.ejs": "<%- partial('_partial/recent') %>\n",
    "themes/minimal/layout/_partial/recent.ejs": (
        "<h2>Recent</h2><ul><% site.data.news.forEach(function(item){ %>"
        "<li><b><%= item.date %></b> <%- markdown(item.headline) %></li><% }) %></ul>\n"
    ),
    "source/_data/news.yml": (
        "- date: 9 December 2025\n"
        '  headline: "Our paper on impedance sensing was accepted at CHES 2026."\n'
        "\n"
        "- date: 15 August 2025\n"
        '  headline: "Welcome to our new group website!"\n'
    ),
    "source/_data/members.yml": "- name: Ana\n  role: PI\n",
}
SITES = {
    "posts filed under news, a news page of the theme's layout": (
        POSTS_SITE,
        [
            (
                "Mei won the best poster award at the Example Symposium",
                "2025-09-04",
                "award",
                "https://lab.example.org/2025/09/04/best-poster/",
                2,
            ),
            (
                "Rin gave an invited talk at Kyoto University",
                "2024-02-15",
                "talk",
                "https://lab.example.org/2024/02/15/2024/talk-kyoto/",
                2,
            ),
        ],
    ),
    "source/_data/news.yml shown by a theme partial": (
        DATA_SITE,
        [
            (
                "Our paper on impedance sensing was accepted at CHES 2026",
                "2025-12-09",
                "paper",
                None,
                1,
            ),
            ("Welcome to our new group website", "2025-08-15", "news", None, 4),
        ],
    ),
}


def listed(site: Path) -> list[dict]:
    result = feeds(
        "list", "--json", "--content", str(site), "--now", NOW,
        "--site-url", "https://lab.example.org/", "--timezone", "UTC",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("name", SITES)
def test_hexo_site_root(tmp_path: Path, name: str):
    files, expected = SITES[name]
    items = listed(write(tmp_path, files))
    got = [
        (i["title"], i["start"], i["type"], i["links"][0]["url"] if i["links"] else None, i["line"])
        for i in items
    ]
    assert got == expected


def test_post_date_is_in_the_site_time_zone(tmp_path: Path):
    """A post's ``date:`` is the day in ``_config.yml``'s time zone, as Hexo shows it."""
    files = dict(POSTS_SITE)
    files["source/_posts/best-poster.md"] = files["source/_posts/best-poster.md"].replace(
        "2025-09-04 10:00:00", "2025-09-04T23:30:00Z"
    )  # 08:30 on the 5th in Tokyo
    site = write(tmp_path, files)
    result = feeds(
        "list", "--json", "--content", str(site), "--now", NOW,
        "--site-url", "https://lab.example.org/",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["start"] == "2025-09-05"


def test_feed_of_hexo_news_posts(tmp_path: Path):
    site = write(tmp_path / "site", POSTS_SITE)
    result = feeds(
        "build", "--content", str(site), "--out", str(tmp_path / "out"), "--now", NOW,
        "--site-url", "https://lab.example.org/", "--timezone", "UTC",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    feed = feedparser.parse((tmp_path / "out" / "feed.xml").read_bytes())
    assert [(e.link, e.published_parsed[:3]) for e in feed.entries] == [
        ("https://lab.example.org/2025/09/04/best-poster/", (2025, 9, 4)),
        ("https://lab.example.org/2024/02/15/2024/talk-kyoto/", (2024, 2, 15)),
    ]


def test_a_blog_without_news_posts_is_no_hexo_news_site(tmp_path: Path):
    """Posts filed under other categories are a blog: the site's news is not them."""
    files = {k: v for k, v in POSTS_SITE.items() if "cluster" in k or not k.startswith("source")}
    result = feeds(
        "list", "--content", str(write(tmp_path, files)), "--now", NOW,
        "--site-url", "https://lab.example.org/",
    )  # fmt: skip
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
