"""A Jekyll homepage kept in a folder (issue 8, c29 LaComarca): ``pages/home.md`` says
``permalink: /`` and ``layout: home``; the site's own ``_layouts/home.html`` shows the
newest ``site.posts`` as cards, as many as ``_config.yml``'s ``posts_on_home`` says,
under no news heading. Those posts are the news, and only those. A site in our own
words, built with ``feeds build`` and read back with feedparser.
"""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from feeds.cli import main

from .site_listing import write

URL = "https://lab.example.org"
HOME_LAYOUT = (
    "<div>{{ content }}</div>\n{% if site.posts_on_home > 0 %}\n"
    "{% for post in site.posts limit:site.posts_on_home %}\n"
    '<div class="card">{% include card.html %}</div>\n{% endfor %}\n{% endif %}\n'
)
SITE = {
    "_config.yml": "title: Laboratorio Ejemplo\nposts_on_home: 2\n",
    "_layouts/home.html": HOME_LAYOUT,
    "_includes/card.html": "<h3>{{ post.title }}</h3>\n",
    "pages/home.md": "---\nlayout: home\ntitle: Laboratorio\npermalink: /\n---\n\n"
    "## Bienvenida\n\nEstudiamos redes de caminos rurales.\n",
    "_posts/2025-03-04-seminario.md": "---\ntitle: Seminario de grafos\n---\n\nHola.\n",
    "_posts/2025-6-9-premio.md": "---\ntitle: Premio al mejor póster\n---\n\nHola.\n",
    "_posts/2024-11-20-web.md": "---\ntitle: Estrenamos web\n---\n\nHola.\n",
}


def built_titles(tmp_path: Path, files: dict[str, str]) -> list[tuple[str, str]]:
    site = write(tmp_path / "site", files)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        ["build", "--content", str(site), "--out", str(out), "--now", "2026-11-26"]
        + ["--site-url", URL, "--cache", "off", "-q"],
    )
    assert result.exit_code == 0, result.output
    feed = feedparser.parse((out / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    return [(e.title, "{:04d}-{:02d}-{:02d}".format(*e.published_parsed[:3])) for e in feed.entries]


def test_the_homepage_in_a_folder_shows_the_newest_posts_it_is_set_to(tmp_path: Path) -> None:
    assert built_titles(tmp_path, SITE) == [
        ("Premio al mejor póster", "2025-06-09"),
        ("Seminario de grafos", "2025-03-04"),
    ]


@pytest.mark.parametrize(
    "change",
    [
        {"_config.yml": "title: Laboratorio Ejemplo\n"},  # no setting: limit names nothing
        {  # a blog page lists every post: all of them are the news
            "pages/blog.md": "---\nlayout: blog\ntitle: Blog\npermalink: /blog/\n---\n",
            "_layouts/blog.html": "{% for post in site.posts %}<li>{{ post.title }}</li>"
            "{% endfor %}\n",
        },
    ],
    ids=["no posts_on_home setting", "a blog page lists them all"],
)
def test_every_post_when_the_cut_names_nothing_or_another_page_lists_all(
    tmp_path: Path, change: dict[str, str]
) -> None:
    assert built_titles(tmp_path, {**SITE, **change}) == [
        ("Premio al mejor póster", "2025-06-09"),
        ("Seminario de grafos", "2025-03-04"),
        ("Estrenamos web", "2024-11-20"),
    ]
