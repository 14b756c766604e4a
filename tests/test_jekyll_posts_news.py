"""Jekyll ``_posts/`` shown as the news through a Liquid loop (c12 cause C): a page
titled as news or the homepage walks ``site.posts`` / ``paginator.posts`` (in itself, its
layout or an include), and the site has no other news. Each post is an item dated by its
``date:`` or its file name, titled by its ``title``, typed by its title (or, when that
says nothing, its description and opening), linked at its permalink. Sites written in
our own words; ``feeds list --json`` is read back with ``json``.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from feeds.cli import main

from .site_listing import write

URL = "https://lab.example.org"
TILES = (
    "{% if 'posts' == page.tiles-source %}{% assign tiles = site.posts %}{% endif %}\n"
    "{% for tile in tiles limit:page.tiles-count %}<article><h3>{{ tile.title }}</h3>"
    "<p>{{ tile.description }}</p></article>{% endfor %}\n"
)
POSTS = {
    "_posts/2025-10-09-artigo.md": "---\nlayout: post\ntitle: Equipe apresenta artigo no "
    "Simpósio Exemplo\ndescription: Veja o artigo.\n---\n\nTexto sobre o artigo.\n",
    "_posts/2025-10-02-projeto.md": "---\ntitle: Laboratório tem projeto de pesquisa aprovado\n"
    "---\n\nO projeto vai durar três anos.\n",
    "_posts/2025-08-22-feira.markdown": "---\ntitle: Visita à feira Exemplo\n"
    "description: Demonstramos nosso protótipo de TV imersiva no estande.\n---\n\nFotos.\n",
    "_posts/2025-07-01-rascunho.md": "---\ntitle: Rascunho\npublished: false\n---\nTexto.\n",
    "_posts/sem-data.md": "---\ntitle: Not a post, no date in its name\n---\nTexto.\n",
    "_drafts/2025-12-01-futuro.md": "---\ntitle: Ainda não publicado\n---\nTexto.\n",
}
EXPECTED = [
    ("2025-10-09", "talk", "Equipe apresenta artigo no Simpósio Exemplo", "/2025/10/09/artigo"),
    ("2025-10-02", "award", "Laboratório tem projeto de pesquisa aprovado", "/2025/10/02/projeto"),
    ("2025-08-22", "talk", "Visita à feira Exemplo", "/2025/08/22/feira"),
]


def listed(site: Path) -> tuple[int, list[dict], str]:
    result = CliRunner().invoke(
        main,
        ["list", "--json", "--content", str(site), "--now", "2026-11-26", "--site-url", URL],
    )
    items = json.loads(result.stdout) if result.exit_code == 0 else []
    return result.exit_code, items, result.output


def rows(items: list[dict]) -> list[tuple[str, str, str, str]]:
    return [(i["start"], i["type"], i["title"], i["links"][0]["url"]) for i in items]


def test_a_news_page_whose_layout_includes_a_posts_loop(tmp_path: Path) -> None:
    site = write(
        tmp_path,
        {
            "_config.yml": "title: Laboratório Exemplo\n",
            "index.md": "---\nlayout: home\ntitle: Início\n---\nO laboratório estuda TV.\n",
            "_layouts/home.html": "<html><body>{{ content }}</body></html>\n",
            "noticias.md": "---\nlayout: allposts\ntitle: Notícias\ntiles-source: posts\n"
            "---\n<h1>All posts</h1>\n",
            "_layouts/allposts.html": "<section>{% include tiles.html %}</section>\n",
            "_includes/tiles.html": TILES,
            **POSTS,
        },
    )
    code, items, output = listed(site)
    assert code == 0, output
    got = rows(items)
    assert [g[:3] for g in got] == [e[:3] for e in EXPECTED], got
    for (*_, url), (*_, path) in zip(got, EXPECTED, strict=True):
        assert url == f"{URL}{path}.html"
    assert all(i["precision"] == "day" for i in items)


def test_a_homepage_paginating_posts_with_dates_and_pretty_links(tmp_path: Path) -> None:
    site = write(
        tmp_path,
        {
            "_config.yml": "title: Ana\npermalink: pretty\npaginate: 5\n",
            "index.html": "---\nlayout: default\n---\n<ul>{% for post in paginator.posts %}"
            "<li>{{ post.title }}</li>{% endfor %}</ul>\n",
            "_posts/2024-05-02-prize.md": "---\ntitle: Best poster prize at ToyConf\n"
            "date: 2024-05-03 10:00:00 +0000\n---\nA photo.\n",
            "_posts/2024-03-01-visit.md": "---\ntitle: Spring news\n---\n\n"
            "I gave an invited talk at Example University about toy boats.\n\nMore later.\n",
        },
    )
    code, items, output = listed(site)
    assert code == 0, output
    assert rows(items) == [
        ("2024-05-03", "award", "Best poster prize at ToyConf", f"{URL}/2024/05/03/prize/"),
        ("2024-03-01", "talk", "Spring news", f"{URL}/2024/03/01/visit/"),
    ]


def test_posts_are_not_the_news_when_no_loop_shows_them(tmp_path: Path) -> None:
    """A blog the homepage shows only when switched on (``{% if page.latest_posts %}``),
    and it is not: no news is an error, not the blog."""
    site = write(
        tmp_path,
        {
            "_config.yml": "title: Ana\n",
            "index.md": "---\nlayout: about\ntitle: Ana\n---\nI study toy boats.\n",
            "_layouts/about.html": "{{ content }}\n{% if page.latest_posts %}\n"
            "{% include latest_posts.html %}\n{% endif %}\n",
            "_includes/latest_posts.html": "{% for post in site.posts limit:3 %}"
            "{{ post.title }}{% endfor %}\n",
            "_posts/2024-05-02-prize.md": "---\ntitle: Best poster prize at ToyConf\n---\nA.\n",
        },
    )
    code, _, output = listed(site)
    assert code == 1, output


def test_posts_are_not_read_over_a_news_list(tmp_path: Path) -> None:
    site = write(
        tmp_path,
        {
            "_config.yml": "title: Ana\n",
            "index.md": "---\nlayout: default\ntitle: Ana\n---\n## News\n\n"
            "- **May 2024**: Our paper on toy boats was accepted at ToyConf.\n\n"
            "## Blog\n\n{% for post in site.posts %}{{ post.title }}{% endfor %}\n",
            "_posts/2024-05-02-thoughts.md": "---\ntitle: Thoughts on sails\n---\nA.\n",
        },
    )
    code, items, output = listed(site)
    assert code == 0, output
    assert [(i["start"], i["type"]) for i in items] == [("2024-05", "paper")]
