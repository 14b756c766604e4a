"""Pages in a Jekyll site's folders that are no page of its news (corpus c32, §3).

A lab keeps authoring templates in ``templates/`` (``templates/news-template.md``: front
matter ``title: "Your News Title Here"`` and a body of instructions, copied into
``_posts/`` to write a post); ``_config.yml`` ``exclude:`` names what Jekyll never
publishes. Neither is a news page, a talks page or a homepage: the posts the real news
page loops over are the news.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from feeds.build import load_site
from feeds.config import Settings
from feeds.diagnostics import Reporter
from feeds.inputs.news_page import news_page_candidates

from .site_listing import write

HEADINGS = Settings().news_headings
CONFIG = "title: Toy Lab\nurl: https://toy.example.org\n"
HOME = "---\nlayout: home\n---\n\nWe build toy robots.\n"
TEMPLATE = """\
---
layout: post
title: "Your News Title Here"
date: 2025-01-25
---

Write your news here. It may be about:

- Paper acceptances
- Awards and achievements
- New members joining
"""
NEWS = "---\nlayout: page\ntitle: News\npermalink: /news/\n---\n\n- Mar 2026: Toy paper accepted.\n"


@pytest.mark.parametrize(
    ("config", "name", "text"),
    [
        ("", "templates/news-template.md", TEMPLATE),  # an authoring template
        ("", "template/news.md", NEWS),
        ("", "docs/templates/news.md", NEWS),
        ("exclude:\n  - drafts\n", "drafts/news.md", NEWS),  # a folder Jekyll leaves out
        ("exclude: [drafts/]\n", "drafts/old/news.md", NEWS),
        ("exclude:\n  - 'menu/*.md'\n", "menu/news.md", NEWS),  # a pattern
        ("exclude:\n  - menu/news.md\n", "menu/news.md", NEWS),  # the file itself
    ],
)
def test_pages_jekyll_does_not_publish_as_news_are_no_news_pages(
    tmp_path: Path, config: str, name: str, text: str
) -> None:
    site = write(tmp_path, {"_config.yml": CONFIG + config, "index.markdown": HOME, name: text})
    assert news_page_candidates(site, HEADINGS) == []


@pytest.mark.parametrize(
    ("config", "name"),
    [
        ("exclude:\n  - drafts\n", "menu/news.md"),  # another folder is excluded
        ("exclude:\n  - men\n", "menu/news.md"),  # a name's start is not its folder
        ("", "my-templates/news.md"),
    ],
)
def test_other_folders_are_still_read(tmp_path: Path, config: str, name: str) -> None:
    site = write(tmp_path, {"_config.yml": CONFIG + config, "index.markdown": HOME, name: NEWS})
    assert news_page_candidates(site, HEADINGS) == [site / name]


NEWS_LOOP = """\
---
layout: default
title: News
---

<div class="news-list">
  {% for post in site.posts %}
  <div class="news-item">
    <span class="day">{{ post.date | date: "%d" }}</span>
    <h3><a href="{{ post.url | relative_url }}">{{ post.title }}</a></h3>
  </div>
  {% endfor %}
</div>
"""


def post(title: str, date: str) -> str:
    return f"---\nlayout: post\ntitle: {title}\ndate: {date}\n---\n\nSome words.\n"


def test_the_posts_a_news_page_loops_over_are_the_news_not_the_template(tmp_path: Path) -> None:
    site = write(
        tmp_path,
        {
            "_config.yml": CONFIG + "permalink: /news/:year/:month/:day/:title/\n",
            "about.md": "---\nlayout: page\ntitle: About\n---\n\n## About the lab\n\nToys.\n",
            "news.md": NEWS_LOOP,
            "templates/news-template.md": TEMPLATE,
            "_posts/2025-03-20-toy-workshop.md": post("Toy workshop for students", "2025-03-20"),
            "_posts/2025-07-10-toy-award.md": post("Best toy award", "2025-07-10"),
        },
    )
    loaded = load_site(site, today=dt.date(2026, 11, 26), reporter=Reporter(quiet=True))
    found = [(e.title, e.span.start.isoformat(), e.links[0].url) for e in loaded.events]
    assert found == [
        ("Best toy award", "2025-07-10", "https://toy.example.org/news/2025/07/10/toy-award/"),
        (
            "Toy workshop for students",
            "2025-03-20",
            "https://toy.example.org/news/2025/03/20/toy-workshop/",
        ),
    ]
