"""A ``_news`` collection whose documents Jekyll writes no page for (issue 8, sweep of
templates): luost26's academic-homepage names its collections in a list (``collections:
[publications, news]``), so ``output`` is false and its news card shows each document's
``title``, markup and all. The item is that title: its words (a link's "Read more" left
out of the title) and its links; never a link to a page that does not exist. A list that
prints each document's body too keeps the body's words, links and type. With
``output: true`` (al-folio) the document's page is linked as before. Sites written in our
own words; ``feeds build`` read back with feedparser (Atom) and json (JSON Feed).
"""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from feeds.cli import main

from .site_listing import write

URL = "https://kim.example.org"
CARD = (
    "{% assign news = site.news | sort: 'date' | reverse | slice: 0, include.limit %}\n"
    "<h6>News</h6>\n{% for item in news %}<div>{{ item.title }}"
    ' <i>{{ item.date | date: "%b %d" }}</i></div>{% endfor %}\n'
)
NEWS = {
    "_news/2026-dam.md": "---\ntitle: >-\n    The river dam study is out.\n"
    '    <a href="https://journal.example.org/dam" target="_blank">Read more</a>\n'
    "date: 2026-02-03 10:00:00 -0800\n---\n",
    "_news/2025-prize.md": '---\ntitle: "Best poster prize at ToyConf <span class=\\"badge\\">'
    'Featured</span>"\ndate: 2025-09-05 18:30:00 +0200\n---\n',
}
COLLECTIONS = {
    "a list": "collections:\n  - publications\n  - news\n",
    "output false": "collections:\n  news:\n    output: false\n",
    "named, no output key": "collections:\n  news:\n    sort_by: date\n",
}


def built(site: Path, out: Path) -> tuple[int, str]:
    result = CliRunner().invoke(
        main,
        ["build", "--content", str(site), "--out", str(out), "--now", "2026-11-26"]
        + ["--cache", "off", "--offline"],
    )
    return result.exit_code, result.output


def site_of(tmp_path: Path, collections: str) -> Path:
    files = {
        "_config.yml": f"title: Kim Lee\nurl: {URL}\n{collections}",
        "index.html": "---\nlayout: default\n---\n<p>I study rivers.</p>\n"
        "{% include widgets/news_card.html limit=10 %}\n",
        "_includes/widgets/news_card.html": CARD,
    }
    return write(tmp_path / "site", files | NEWS)


@pytest.mark.parametrize("collections", COLLECTIONS)
def test_news_without_pages_is_its_title(tmp_path: Path, collections: str) -> None:
    code, output = built(site_of(tmp_path, COLLECTIONS[collections]), tmp_path / "out")
    assert code == 0, output
    feed = json.loads((tmp_path / "out" / "feed.json").read_text(encoding="utf-8"))
    assert [(i["date_published"][:10], i["title"]) for i in feed["items"]] == [
        ("2026-02-03", "The river dam study is out"),
        ("2025-09-05", "Best poster prize at ToyConf Featured"),
    ]
    assert "https://journal.example.org/dam" in feed["items"][0]["content_html"]
    atom = feedparser.parse(str(tmp_path / "out" / "atom.xml"))
    links = [link.href for entry in atom.entries for link in entry.get("links", [])]
    assert not any("/news/" in href for href in links), links  # no page was written


def test_news_with_pages_links_them(tmp_path: Path) -> None:
    site = site_of(tmp_path, "collections:\n  news:\n    output: true\n")
    code, output = built(site, tmp_path / "out")
    assert code == 0, output
    atom = feedparser.parse(str(tmp_path / "out" / "atom.xml"))
    assert [e.link for e in atom.entries] == [f"{URL}/news/2026-dam/", f"{URL}/news/2025-prize/"]


def test_a_body_keeps_its_words_links_and_type(tmp_path: Path) -> None:
    """A document with a topic title and a body (a blog page printing both): typed by
    the body as before, its body's link kept, no link to a page."""
    body = (
        "---\ntitle: River history in the long run\ndate: 2025-01-20\n---\n\n"
        "Invited talk at the [Town Institute](https://institute.example.org/) on floods.\n"
    )
    site = write(
        tmp_path / "site",
        {
            "_config.yml": f"title: Kim Lee\nurl: {URL}\n" + COLLECTIONS["output false"],
            "index.html": "<p>I study rivers.</p>\n<h2>News</h2>\n{% include news.html %}\n",
            "_includes/news.html": "{% for item in site.news %}<h3>{{ item.title }}</h3>"
            "{{ item.content | markdownify }}{% endfor %}\n",
            "_news/2025-01-20-history.md": body,
        },
    )
    code, output = built(site, tmp_path / "out")
    assert code == 0, output
    feed = json.loads((tmp_path / "out" / "feed.json").read_text(encoding="utf-8"))
    assert [i["title"] for i in feed["items"]] == ["River history in the long run"]
    talks = feedparser.parse(str(tmp_path / "out" / "talks.xml"))
    assert [e.title for e in talks.entries] == ["River history in the long run"]
    atom = feedparser.parse(str(tmp_path / "out" / "atom.xml"))
    links = [link.href for link in atom.entries[0].get("links", [])]
    assert "https://institute.example.org/" in feed["items"][0]["content_html"]
    assert not any("/news/" in href for href in links), links
