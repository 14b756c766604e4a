"""A Jekyll homepage without news whose layout's menu links the news page (issue 8, c41
dhd-ag-ocr), written for these tests.

The menu of a Jekyll site is in the layout the homepage is shown in, or in an include that
layout calls, not in the homepage's text; the news page it links may have any name
(``aktuelles.md``, ``noticias.md``). A page without ``layout:`` gets GitHub Pages' default
(``home`` for the index, else ``page``, else ``default``). That page is read as the news;
a menu link saying something else, or a site without layouts, finds no news page.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

from .site_listing import opened, write

SITE = "https://group.example.org/"

HOME = """\
# Example reading group

We study how old prints are read by machines.

## Aims

- Meet twice a year
- Share tools and data
"""
NEWS_PAGE = """\
## {heading}

- **25.06.2026**: Coffee lecture by Ana Example on reading catalogues.
- **17.04.2024**: Meeting of the group in Example City.
- **25.09.2019**: Founding of the group.
"""
EXPECTED = [
    ("Coffee lecture by Ana Example", "2026-06-25"),
    ("Meeting of the group in Example City", "2024-04-17"),
    ("Founding of the group", "2019-09-25"),
]
LAYOUT = """\
<!DOCTYPE html>
<html><body>
<nav>
  <a href="/index" class="btn">Home</a>
  <a href="{href}" class="btn">{words}</a>
  <a href="/kontakt" class="btn">Kontakt</a>
</nav>
{{{{ content }}}}
</body></html>
"""
OUTER = """\
---
layout: base
---
<header>{{% include header.html %}}</header>
{{{{ content }}}}
"""


def run(site: Path) -> tuple[int, list[tuple[str, str]]]:
    result = CliRunner().invoke(
        main,
        ["list", "--json", "--content", str(site), "--now", "2026-11-26", "--site-url", SITE]
        + ["--cache", "off", "-q"],
    )
    found = json.loads(result.stdout) if result.exit_code == 0 else []
    return result.exit_code, [(item["title"], item["start"]) for item in found]


# the site's files besides the homepage → whether the news page is found
MENUS = {
    "the default layout, home page without front matter": (
        {
            "_layouts/default.html": LAYOUT.format(href="/aktuelles", words="Aktuelles"),
            "aktuelles.md": NEWS_PAGE.format(heading="Aktuelles"),
        },
        "",
    ),
    "beside links a template fills in": (
        {
            "_layouts/default.html": LAYOUT.format(href="/aktuelles", words="Aktuelles")
            + "{% include social.html %}\n",
            "_includes/social.html": (
                '<a href="https://social.example.org/{{ entry[1] }}/">Aktuelles</a>\n'
                '<a rel="me" href="https://{{ entry[1] }}" title="Home"><i></i></a>\n'
            ),
            "aktuelles.md": NEWS_PAGE.format(heading="Aktuelles"),
        },
        "---\nlayout: default\n---\n",
    ),
    "a home layout over an include with a Liquid link": (
        {
            "_layouts/home.html": OUTER,
            "_layouts/base.html": "<html><body>{{ content }}</body></html>\n",
            "_includes/header.html": (
                "<a href=\"{{ '/noticias' | relative_url }}\">Noticias</a>\n"
                '<a href="/equipo">Equipo</a>\n'
            ),
            "noticias.md": NEWS_PAGE.format(heading="Noticias"),
        },
        "---\nlayout: home\n---\n",
    ),
}


@pytest.mark.parametrize(("files", "front"), MENUS.values(), ids=MENUS.keys())
def test_the_layout_menu_leads_to_the_news_page(
    tmp_path: Path, files: dict[str, str], front: str
) -> None:
    site = write(tmp_path, {"_config.yml": "title: Group\n", "index.md": front + HOME, **files})
    code, found = run(site)
    assert code == 0
    assert opened(found, EXPECTED), found


NO_NEWS = {
    "the menu link says something else": (
        {
            "_layouts/default.html": LAYOUT.format(href="/termine", words="Termine"),
            "termine.md": NEWS_PAGE.format(heading="Aktuelles"),
        }
    ),
    "no layouts: the link in a stray HTML file is no menu": (
        {
            "menu.html": LAYOUT.format(href="/aktuelles", words="Aktuelles"),
            "aktuelles.md": NEWS_PAGE.format(heading="Aktuelles"),
        }
    ),
}


@pytest.mark.parametrize("files", NO_NEWS.values(), ids=NO_NEWS.keys())
def test_no_news_page_without_a_news_link_in_a_layout(
    tmp_path: Path, files: dict[str, str]
) -> None:
    site = write(tmp_path, {"_config.yml": "title: Group\n", "index.md": HOME, **files})
    code, found = run(site)
    assert not any(title.startswith("Founding of the group") for title, _ in found), found
