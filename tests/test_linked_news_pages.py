"""A homepage that shows only its latest news and links the site's full news page
(issue 8, corpus C9 cause A): from the menu of a hand-written page (``<a
href="/news.html">News</a>``), from a sentence of the page, or from the end of the list
in words of its own (``[[Prior news here]](/archives)``, a page whose permalink is
``/archives/``). That page is read too and the two lists merged, each item once; a link
that says something else, or a "News" page without items, adds nothing. Sites written
here in our own words, read back as JSON by the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from .site_listing import listed as listed_at
from .site_listing import opened, write

SITE = "https://lab.example.org/"

HTML_HOME = """\
<!DOCTYPE html>
<html><head><title>Loom Lab</title></head>
<body>
<ul class="nav">
  <li><a href="/index.html">Home</a></li>
  <li><a href="/people.html">People</a></li>
  <li><a href="{href}">{words}</a></li>
</ul>
<div class="well">
  <h4><b><u>Some recent news</u></b></h4>
  <p><b>July 2025:</b> A new student joins the lab to study punched cards.</p>
  <p><b>April 2025:</b> The lab presents at the Example Weaving Conference.</p>
</div>
</body></html>
"""
HTML_NEWS = """\
<!DOCTYPE html>
<html><head><title>News</title></head>
<body>
<h1><b>News</b></h1>
<p><b>July 2025:</b> A new student joins the lab to study punched cards.</p>
<p><b>April 2025:</b> The lab presents at the Example Weaving Conference.</p>
<p><b>March 2024:</b> Our paper on looms is out in the Example Journal.</p>
<p><b>January 2024:</b> Gave an invited talk at the engine society.</p>
</body></html>
"""
PEOPLE = """\
<!DOCTYPE html>
<html><body><h1>People</h1>
<p><b>2024:</b> Ada Example, PhD student.</p>
<p><b>2023:</b> Charles Example, postdoc.</p>
</body></html>
"""
# (title start, start) a reader sees, once each
HTML_EXPECTED = [
    ("A new student joins the lab", "2025-07"),
    ("The lab presents at the Example Weaving", "2025-04"),
    ("Our paper on looms is out", "2024-03"),
    ("Gave an invited talk at the engine society", "2024-01"),
]

MD_HOME = """\
---
layout: about
title: about
permalink: /
---

I study looms.

### News

- **Jan 8, 2025.** New preprint on arXiv: [Cards](https://arxiv.org/abs/2501.00001).
- **Dec 5, 2024.** Invited talk at the weaving seminar of Example University.

{link}
"""
MD_ARCHIVE = """\
---
layout: default
permalink: {permalink}
title: {title}
---

# Old news

- **Dec 5, 2024.** Invited talk at the weaving seminar of Example University.
- **Aug 12--16, 2024.** Contributed talk at the Example Congress in Example City.
- **Jun 2, 2023.** Our paper [Looms](https://doi.org/10.1/x) appears in Example Letters.
"""
MD_EXPECTED = [
    ("New preprint on arXiv: Cards", "2025-01-08"),
    ("Invited talk at the weaving seminar", "2024-12-05"),
    ("Contributed talk at the Example Congress", "2024-08-12"),
    ("Our paper Looms appears", "2023-06-02"),
]


def listed(site: Path) -> list[tuple[str, str]]:
    return listed_at(site, SITE)


NAV_LINKS = {
    "menu News to news.html": ("/news.html", "News", "news.html"),
    "relative link": ("news.html", "News", "news.html"),
    "menu Updates to its own page": ("updates.html", "Updates", "updates.html"),
    "older news, any file name": ("/past.html", "Older news", "past.html"),
    "a news folder": ("/news/", "Lab news", "news/index.html"),
    "other words, a page named news": ("news.html", "What we did", "news.html"),
}


@pytest.mark.parametrize(("href", "words", "page"), NAV_LINKS.values(), ids=NAV_LINKS.keys())
def test_a_handwritten_homepage_menu_leads_to_the_full_news(
    tmp_path: Path, href: str, words: str, page: str
) -> None:
    site = write(
        tmp_path,
        {
            "index.html": HTML_HOME.format(href=href, words=words),
            page: HTML_NEWS,
            "people.html": PEOPLE,
        },
    )
    assert opened(listed(site), HTML_EXPECTED)


def test_a_menu_link_to_another_page_adds_nothing(tmp_path: Path) -> None:
    site = write(
        tmp_path,
        {
            "index.html": HTML_HOME.format(href="/people.html", words="Team"),
            "people.html": PEOPLE,
        },
    )
    assert opened(listed(site), HTML_EXPECTED[:2])


def test_a_news_link_to_a_page_without_items_adds_nothing(tmp_path: Path) -> None:
    site = write(
        tmp_path,
        {
            "index.html": HTML_HOME.format(href="/news.html", words="News"),
            "news.html": "<html><body><h1>News</h1><p>Coming soon.</p></body></html>\n",
        },
    )
    assert opened(listed(site), HTML_EXPECTED[:2])


ARCHIVE_LINKS = {
    "prior news here": ("[[Prior news here]](/archives)", "/archives/", "archives"),
    "old news": ("[Old news](/archives/)", "/archives/", "archives"),
    "former updates": ("→ [Former updates](/old/)", "/old/", "Before"),
    "a sentence before the list": ("", "/news/", "Everything"),
}


@pytest.mark.parametrize(
    ("link", "permalink", "title"), ARCHIVE_LINKS.values(), ids=ARCHIVE_LINKS.keys()
)
def test_a_markdown_homepage_links_its_older_news(
    tmp_path: Path, link: str, permalink: str, title: str
) -> None:
    home = MD_HOME.format(link=link)
    if not link:  # the link stands in the page's opening words, not after the list
        home = home.replace("I study looms.", "I study looms; see [my news](/news/).")
    site = write(
        tmp_path,
        {
            "_config.yml": "title: Ada\n",
            "_pages/about.md": home,
            "_pages/archives.md": MD_ARCHIVE.format(permalink=permalink, title=title),
        },
    )
    assert opened(listed(site), MD_EXPECTED)


def test_without_a_link_the_homepage_list_stands_alone(tmp_path: Path) -> None:
    site = write(
        tmp_path,
        {
            "_config.yml": "title: Ada\n",
            "_pages/about.md": MD_HOME.format(link="[Publications](/publications/)"),
            "_pages/archives.md": MD_ARCHIVE.format(permalink="/archives/", title="archives"),
        },
    )
    assert opened(listed(site), MD_EXPECTED[:2])
