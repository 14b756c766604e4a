"""A research group's homepage whose news list loops over the posts and prints an untitled
post's content (the UW SAMPA research-group template: ``{% for post in site.posts %}
{% include news-item.html %}``, the include printing ``{{ post.content | markdownify }}``
for a short news post and the title, linked, for a full one). The short posts are items
of their body's words, links and type, dated by the post's date (its file name's), not
titled by the file name. Sites written in our own words; ``feeds build`` read back with
feedparser (Atom) and json (JSON Feed).
"""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from feeds.cli import main

from .site_listing import write

HOME = (
    '---\ntitle: Otter Group\n---\n<section>\n  <h2>News</h2>\n  <ul class="news">\n'
    "    {% for post in site.posts limit: site.front_page_news %}\n"
    "      {% include news-item.html item=post %}\n    {% endfor %}\n  </ul>\n</section>\n"
)
SHOWS_BODY = (
    "{% if post.shortnews %}\n  {{ post.content | markdownify | remove: '<p>' }}\n{% else %}\n"
    '  <h5><a href="{{ post.url }}">{{ post.title }}</a></h5>\n{% endif %}\n'
    "<span class=\"date\">{{ post.date | date: '%B %d, %Y' }}</span>\n"
)
SITE = {
    "_config.yml": "title: Otter Group\nurl: https://otters.example.org\nfront_page_news: 8\n",
    "index.html": HOME,
    "_includes/news-item.html": SHOWS_BODY,
    "_posts/2026-02-10-talk.md": "---\nlayout: post\nshortnews: true\n---\n\nKim gave an invited "
    "talk on river dens at the [Delta Seminar](https://delta.example.org/seminar).\n",
    "_posts/2025-12-01-grant.md": "---\nlayout: post\ntitle: A new grant for the group\n---\n"
    "\nA long post with its own page.\n",
    "_posts/2025-09-15-x.md": "---\nlayout: post\nshortnews: true\nicon: star\n---\n\n"
    "Welcome to Lee, our new postdoc!\n",
}


def built(site: Path, out: Path) -> tuple[int, str]:
    result = CliRunner().invoke(
        main,
        ["build", "--content", str(site), "--out", str(out), "--now", "2026-11-26"]
        + ["--cache", "off", "--offline"],
    )
    return result.exit_code, result.output


def test_an_untitled_post_is_its_body(tmp_path: Path) -> None:
    code, output = built(write(tmp_path / "site", SITE), tmp_path / "out")
    assert code == 0, output
    feed = json.loads((tmp_path / "out" / "feed.json").read_text(encoding="utf-8"))
    assert [(i["date_published"][:10], i["title"]) for i in feed["items"]] == [
        ("2026-02-10", "Kim gave an invited talk on river dens at the Delta Seminar"),
        ("2025-12-01", "A new grant for the group"),
        ("2025-09-15", "Welcome to Lee, our new postdoc"),
    ]
    assert "https://delta.example.org/seminar" in feed["items"][0]["content_html"]
    atom = feedparser.parse(str(tmp_path / "out" / "atom.xml"))
    assert atom.entries[1].link == "https://otters.example.org/2025/12/01/grant.html"
    talks = feedparser.parse(str(tmp_path / "out" / "talks.xml"))
    assert [e.title for e in talks.entries] == [feed["items"][0]["title"]]


@pytest.mark.parametrize(
    "include",
    [
        '<a href="{{ post.url }}">{{ post.title }}</a>\n',  # titles only
        "{{ post.excerpt }}\n",  # a teaser, not the content
    ],
    ids=["titles", "excerpt"],
)
def test_a_list_of_titles_keeps_the_file_name(tmp_path: Path, include: str) -> None:
    """A list that prints no post's content shows Jekyll's title from the file name."""
    site = write(tmp_path / "site", SITE | {"_includes/news-item.html": include})
    code, output = built(site, tmp_path / "out")
    assert code == 0, output
    feed = json.loads((tmp_path / "out" / "feed.json").read_text(encoding="utf-8"))
    assert [i["title"] for i in feed["items"]] == ["talk", "A new grant for the group", "x"]
