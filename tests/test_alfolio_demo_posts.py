"""al-folio's demo blog posts in ``_posts/`` ("a post with formatting and links", "a post
with plotly.js") are the template's, never the owner's news (fix27scan, scan27 C4): an
untouched al-folio whose homepage shows its latest posts says it has no news, with one
warning counting the demo posts; a post renamed or retitled by the owner is theirs.

Written in our own words (the demo's file names and titles are the form matched);
expectations are written from the input.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import NOW, write

ABOUT = """\
---
layout: about
title: about
permalink: /
latest_posts:
  enabled: true
  limit: 3
---

We study tides.
"""
LAYOUT = """\
<div>{{ content }}</div>
{% if page.latest_posts and page.latest_posts.enabled %}
  <h2>latest posts</h2>
  {% assign latest_posts = site.posts %}
  {% for item in latest_posts limit: 3 %}<a href="{{ item.url }}">{{ item.title }}</a>{% endfor %}
{% endif %}
"""


def post(title: str, day: str) -> str:
    return f"---\nlayout: post\ntitle: {title}\ndate: {day} 11:12:00-0400\n---\n\nSome words.\n"


DEMOS = {
    "_posts/2015-03-15-formatting-and-links.md": post(
        "a post with formatting and links", "2015-03-15"
    ),
    "_posts/2015-10-20-math.md": post("a post with math", "2015-10-20"),
    "_posts/2025-03-26-plotly.md": post("a post with plotly.js", "2025-03-26"),
}  # fmt: skip


def _site(tmp_path: Path, posts: dict[str, str]) -> Path:
    return write(tmp_path, {"_config.yml": "title: Ada Lab\nurl: https://ada.example.org\n",
                            "_pages/about.md": ABOUT, "_layouts/about.liquid": LAYOUT,
                            **posts})  # fmt: skip


def _run(site: Path):
    return feeds("list", "--json", "--content", str(site), "--now", NOW,
                 "--site-url", "https://ada.example.org/")  # fmt: skip


def test_an_untouched_al_folio_says_it_has_no_news(tmp_path: Path):
    ran = _run(_site(tmp_path, DEMOS))
    assert ran.returncode == 1
    assert "a post with" not in ran.stdout
    warning = "_posts: warning: al-folio's 3 demo posts, left out; delete them or edit them"
    assert warning in ran.stderr
    assert "Traceback" not in ran.stderr


@pytest.mark.parametrize(
    ("name", "title", "own"),
    [
        ("_posts/2015-10-20-math.md", "a post with math", False),  # the template's
        ("_posts/2015-10-20-math.md", "Our tide model in one formula", True),  # retitled
        ("_posts/2026-02-01-math.md", "a post with math", True),  # the owner's own file
        ("_posts/2025-03-26-plotly.md", "A post with Plotly.js", True),  # not the same words
    ],
)
def test_only_the_templates_name_and_title_together_are_the_demo(tmp_path: Path, name, title, own):
    day = Path(name).name[:10]
    ran = _run(_site(tmp_path, {name: post(title, day)}))
    if own:
        assert ran.returncode == 0, ran.stderr
        assert [i["title"] for i in json.loads(ran.stdout)] == [title]
    else:
        assert ran.returncode == 1
        assert "al-folio's demo post, left out; delete it or edit it" in ran.stderr


def test_the_owners_posts_beside_the_demos_stay(tmp_path: Path):
    own = {"_posts/2026-04-02-survey.md": post("Our survey of tidal models is out", "2026-04-02")}
    ran = _run(_site(tmp_path, {**DEMOS, **own}))
    assert ran.returncode == 0, ran.stderr
    assert [i["title"] for i in json.loads(ran.stdout)] == ["Our survey of tidal models is out"]
    assert "al-folio's 3 demo posts, left out" in ran.stderr
