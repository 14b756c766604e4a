"""Jekyll posts of ONE category or tag shown as the news (issue 8, corpus c24): the news
page lists ``site.categories.<x>`` (or ``site.tags.<x>``, ``site.posts | where: …``,
``where_exp: … contains …``) in Liquid, or is laid out in Minimal Mistakes' ``category``
archive with ``taxonomy: <x>`` (a theme layout: the site has none of that name). Only the
posts so filed are items (also in a sub-folder of ``_posts/``), each dated by its
``date:`` or else its file name. Sites written in our own words; ``feeds list --json``
read back with ``json``, the built Atom feed with feedparser.
"""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from feeds.cli import main

from .site_listing import write

URL = "https://lab.example.org"
HOME = "---\nlayout: single\n---\nWe study tides.\n\n## Team\n\n- Ana, head.\n"
MM = "title: Tide Lab\nminimal_mistakes_skin: air\n"  # a copied-in Minimal Mistakes
POSTS = {
    "_posts/avisos/2025-03-14-escola.md": "---\ntitle: Escola de verão aberta\n"
    "categories:\n  - Aviso\ntags: [agenda]\n---\n\nInscrições abertas.\n",
    "_posts/avisos/2024-11-02-premio.md": "---\ntitle: Best poster prize for Rui\n"
    "date: 2024-11-05 10:00:00 -0300\ncategory: Avisos\n---\n\nCongratulations.\n",
    "_posts/2025-01-20-recipe.md": "---\ntitle: A recipe for tide pools\n"
    "categories: [blog]\ntags: [agenda]\n---\n\nA blog post, not news.\n",
}
NEWS = [("2025-03-14", "Escola de verão aberta"), ("2024-11-05", "Best poster prize for Rui")]

PAGES = {
    "a Minimal Mistakes category archive, the theme's layout": (
        MM,
        {"_pages/avisos.md": "---\nlayout: category\ntitle: Notícias\ntaxonomy: Aviso\n---\n"},
        NEWS,
    ),
    "a category archive of a named remote theme": (
        "title: Tide Lab\nremote_theme: mmistakes/minimal-mistakes\n",
        {"news.md": "---\nlayout: category\ntitle: News\ntaxonomy: aviso\n---\n"},
        NEWS,
    ),
    "a tag archive": (
        MM,
        {"_pages/agenda.md": "---\nlayout: tag\ntitle: News\ntaxonomy: agenda\n---\n"},
        [NEWS[0], ("2025-01-20", "A recipe for tide pools")],
    ),
    "a Liquid loop over site.categories.x": (
        "title: Tide Lab\n",
        {
            "news.md": "---\ntitle: News\n---\n{% for post in site.categories.Aviso %}\n"
            "- {{ post.date }} {{ post.title }}\n{% endfor %}\n"
        },
        NEWS,
    ),
    "a loop over site.categories['x'] in an included template": (
        "title: Tide Lab\n",
        {
            "news.md": "---\ntitle: News\n---\n{% include news-list.html %}\n",
            "_includes/news-list.html": "{% for p in site.categories['aviso'] %}<li>{{ p.title }}"
            "</li>{% endfor %}\n",
        },
        NEWS,
    ),
    "every category looped, one kept by its name (category.first)": (
        "title: Tide Lab\n",
        {
            "index.md": HOME + "\n## News\n\n{% include news.html limit=5 %}\n",
            "_includes/news.html": "<ul>{% for cat in site.categories %}\n"
            '  {% if cat.first == "aviso" %}{% for post in cat.last limit:{{include.limit}} %}\n'
            "<li>{{ post.date }}: {{ post.content }}</li>{% endfor %}{% endif %}\n"
            "{% endfor %}</ul>\n",
        },
        NEWS,
    ),
    "every category looped, one kept by its name (c[0], name first)": (
        "title: Tide Lab\n",
        {
            "news.md": "---\ntitle: News\n---\n{%- for c in site.categories -%}\n"
            "{%- if 'Avisos' == c[0] -%}{% for p in c[1] %}- {{ p.title }}\n{% endfor %}"
            "{%- endif -%}{%- endfor -%}\n"
        },
        NEWS,
    ),
    "every tag looped, one kept by its name": (
        "title: Tide Lab\n",
        {
            "news.md": "---\ntitle: News\n---\n{% for t in site.tags %}"
            '{% if t.first == "agenda" %}{% for p in t.last %}- {{ p.title }}\n{% endfor %}'
            "{% endif %}{% endfor %}\n"
        },
        [NEWS[0], ("2025-01-20", "A recipe for tide pools")],
    ),
    "site.categories.x in an include the homepage uses": (
        "title: Tide Lab\n",
        {
            "index.md": HOME + "\n## News\n\n{% include latest.html %}\n",
            "_includes/latest.html": "{% for p in site.categories.aviso limit: 3 %}"
            "<li>{{ p.title }}</li>{% endfor %}\n",
        },
        NEWS,
    ),
    "site.posts where category": (
        "title: Tide Lab\n",
        {
            "news.md": '---\ntitle: Notícias\n---\n{% assign n = site.posts | where: "categories",'
            ' "Aviso" %}\n{% for p in n %}{{ p.title }}{% endfor %}\n'
        },
        NEWS,
    ),
    "a page paged by jekyll-paginate-v2 over one category": (
        "title: Tide Lab\nplugins: [jekyll-paginate-v2]\n",
        {
            "news.md": "---\ntitle: News\nlayout: default\npagination:\n  enabled: true\n"
            "  category: aviso\n  per_page: 1\n---\n"
        },
        NEWS,
    ),
    "a page paged over a tag, tags as a list": (
        "title: Tide Lab\n",
        {"news.md": "---\ntitle: News\npagination:\n  enabled: true\n  tags: [agenda]\n---\n"},
        [NEWS[0], ("2025-01-20", "A recipe for tide pools")],
    ),
    "site.posts where_exp on the path of a _posts/ folder": (
        "title: Tide Lab\n",
        {
            "news.md": '---\ntitle: News\n---\n{% assign n = site.posts | where_exp: "p", '
            "\"p.path contains 'avisos/'\" %}\n{% for p in n %}{{ p.title }}{% endfor %}\n"
        },
        NEWS,
    ),
}


def listed(site: Path) -> tuple[int, list[dict], str]:
    result = CliRunner().invoke(
        main, ["list", "--json", "--content", str(site), "--now", "2026-11-26", "--site-url", URL]
    )
    items = json.loads(result.stdout) if result.exit_code == 0 else []
    return result.exit_code, items, result.output


@pytest.mark.parametrize("case", PAGES)
def test_a_page_listing_one_category_reads_its_posts(tmp_path: Path, case: str) -> None:
    config, pages, expected = PAGES[case]
    site = write(tmp_path, {"_config.yml": config, "index.md": HOME, **pages, **POSTS})
    code, items, output = listed(site)
    assert code == 0, output
    assert [(i["start"], i["title"]) for i in items] == expected
    assert all(i["precision"] == "day" for i in items)


def test_the_sites_own_category_layout_is_read_for_its_loop(tmp_path: Path) -> None:
    own = {
        "_layouts/category.html": "{% include posts-of.html taxonomy=page.taxonomy %}\n",
        "_includes/posts-of.html": "{% for post in site.categories[include.taxonomy] %}"
        "{{ post.title }}{% endfor %}\n",
        "_pages/avisos.md": "---\nlayout: category\ntitle: Novidades\ntaxonomy: blog\n---\n",
    }
    site = write(tmp_path, {"_config.yml": MM, "index.md": HOME, **own, **POSTS})
    code, items, output = listed(site)
    assert code == 0, output
    assert [(i["start"], i["title"]) for i in items] == [("2025-01-20", "A recipe for tide pools")]


def test_an_own_category_layout_without_a_loop_shows_no_posts(tmp_path: Path) -> None:
    own = {
        "_layouts/category.html": "<main>{{ content }}</main>\n",
        "news.md": "---\nlayout: category\ntitle: News\ntaxonomy: Aviso\n---\n",
    }
    site = write(tmp_path, {"_config.yml": MM, "index.md": HOME, **own, **POSTS})
    code, items, output = listed(site)
    assert code == 1 and not items, output


def test_the_built_feed_links_each_post(tmp_path: Path) -> None:
    pages = {"news.md": "---\nlayout: category\ntitle: News\ntaxonomy: Aviso\n---\n"}
    site = write(tmp_path, {"_config.yml": MM, "index.md": HOME, **pages, **POSTS})
    out = tmp_path / "out"
    args = ["build", "--content", str(site), "--out", str(out), "--now", "2026-11-26"]
    result = CliRunner().invoke(main, [*args, "--site-url", URL])
    assert result.exit_code == 0, result.output
    feed = feedparser.parse((out / "atom.xml").read_bytes())
    assert [e.title for e in feed.entries] == [title for _, title in NEWS]
    assert all(e.link.startswith(URL + "/") for e in feed.entries)


@pytest.mark.parametrize(
    "pages",
    [
        {  # a count of the categories is no category named "size"
            "news.md": "---\ntitle: News\n---\n{% if site.categories.size > 0 %}{% endif %}\n"
            "{% for post in site.posts %}{{ post.title }}{% endfor %}\n"
        },
        {  # the homepage lists every post: what it shows comes first
            "index.md": HOME + "\n## News\n\n{% for post in site.posts %}{{ post.title }}"
            "{% endfor %}\n",
            "news.md": "---\ntitle: News\n---\n{% for post in site.categories.Aviso %}"
            "{{ post.title }}{% endfor %}\n",
        },
    ],
    ids=["categories.size", "homepage lists all first"],
)
def test_a_page_listing_every_post_reads_them_all(tmp_path: Path, pages: dict) -> None:
    site = write(tmp_path, {"_config.yml": "title: Tide Lab\n", "index.md": HOME, **pages, **POSTS})
    code, items, output = listed(site)
    assert code == 0, output
    assert [i["start"] for i in items] == ["2025-03-14", "2025-01-20", "2024-11-05"]
