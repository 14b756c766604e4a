"""News a Jekyll LAYOUT shows (:mod:`feeds.inputs.jekyll_layouts`): the homepage is laid
out in ``_layouts/<name>.html`` (its ``layout:``, the layout's own ``layout:``, or
``_config.yml`` defaults) and the layout walks ``site.data.news``; the page has no
news section of its own. Run as a user runs ``feeds``; expectations from the input."""

from __future__ import annotations

from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import build, listed, write

NEWS_YML = """
# Lab news, newest first
# date: as shown; text: HTML allowed

- date: "Apr 2027"
  text: >
    Gave a poster on whale song
    at the Example Ocean Meeting 2027.

- date: "Jan 2027"
  text: Our paper on krill swarms was accepted at the <a
    href="https://example.org/sea">Sea Conference</a>.
"""

SECTION = """
<nav><ul class="links"><li><a href="#about">About</a></li>
<li><a href="#news">Contact</a></li></ul></nav>
{{{{ content }}}}
<section id="news">
  <span class="label">{label}</span>
  <h2 class="big">Recent milestones.</h2>
  <div class="list">
    {{% for entry in site.data.news %}}
    <div class="row"><div class="when">{{{{ entry.date }}}}</div>
    <div class="what">{{{{ entry.text }}}}</div></div>
    {{% endfor %}}
  </div>
</section>
<footer>&copy; {{% assign year = 'now' | date: "%Y" %}}{{{{ year }}}} Kim Berg</footer>
"""

HOME = "---\nlayout: {layout}\ntitle: Kim Berg\n---\nI study the sea.\n\n<ul><li>sonar</li><li>krill</li></ul>\n"  # noqa: E501

EXPECTED = [
    ("Gave a poster on whale song at the Example Ocean Meeting 2027", "2027-04", "month", "talk"),
    ("Our paper on krill swarms was accepted at the Sea Conference", "2027-01", "month", "paper"),
]

SITES = {
    "the page's layout": {
        "index.md": HOME.format(layout="landing"),
        "_layouts/landing.html": SECTION.format(label="News"),
    },
    "a layout the page's layout is laid out in": {
        "index.md": HOME.format(layout="home"),
        "_layouts/home.html": "---\nlayout: base\n---\n<main>{{ content }}</main>\n",
        "_layouts/base.html": "<html><body>" + SECTION.format(label="Updates") + "</body></html>",
    },
    "the layout _config.yml defaults give every page": {
        "_config.yml": "title: Kim Berg\ndefaults:\n  - scope:\n      path: ''\n"
        "      type: pages\n    values:\n      layout: landing\n",
        "index.html": "---\ntitle: Kim Berg\n---\n<p>I study the sea.</p>\n",
        "_layouts/landing.html": SECTION.format(label="Latest"),
    },
    "an include of the layout (al-folio's news include over a data file)": {
        "index.md": HOME.format(layout="about"),
        "_layouts/about.liquid": "<article>{{ content }}</article>\n"
        '{% if page.title %}\n<h2><a href="/news/">News</a></h2>\n'
        "{% include news.liquid limit=true %}\n{% endif %}\n",
        "_includes/news.liquid": '<div class="news">\n'
        "{% assign entries = site.data.news %}\n"
        "{% if include.limit %}{% assign shown = 5 %}{% endif %}\n"
        "<table>{% for item in entries limit: shown %}\n"
        "<tr><th>{{ item.date }}</th><td>{{ item.text }}</td></tr>\n"
        "{% endfor %}</table>\n</div>\n",
    },
}


@pytest.mark.parametrize("case", SITES)
def test_the_news_loop_of_the_homepage_layout(tmp_path: Path, case: str) -> None:
    site = write(tmp_path / "site", {"_data/news.yml": NEWS_YML, **SITES[case]})
    items, result = listed(site)
    assert [(i["title"], i["start"], i["precision"], i["type"]) for i in items] == EXPECTED
    assert [i["line"] for i in items] == [4, 9]  # the entries' lines in _data/news.yml
    assert [link["url"] for link in items[1]["links"]] == ["https://example.org/sea"]
    assert "warning" not in result.stderr and "error" not in result.stderr, result.stderr
    built = build(site, tmp_path / "out")
    assert built.returncode == 0, built.stderr
    assert "_layouts/" in built.stderr and "laid out in" in built.stderr  # -v says where


def test_a_layout_without_a_news_loop_leaves_the_page_without_news(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            "_data/people.yml": "- name: Ana\n  title: Professor\n",
            "index.md": HOME.format(layout="landing"),
            "_layouts/landing.html": SECTION.format(label="News").replace(
                "site.data.news", "site.data.people"
            ),
        },
    )
    result = feeds("list", "--content", str(site), "--site-url", "https://kim.example.org/")
    assert result.returncode == 1
    assert "no news" in result.stderr
