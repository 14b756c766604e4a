"""A lab website made from the Greene Lab template (issue 8, sweep of templates): its news
page (or homepage) lists the posts through an include told by a parameter what to list,
``{% include list.html data="posts" component="post-excerpt" %}``, whose file looks the
name up, ``site.data[include.data] | default: site[include.data]``. Each post is an item,
dated by its ``date:`` or its file name; the homepage's "Highlights" of feature cards is
no news list to fail on. Sites written in our own words; ``feeds build`` read back with
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

URL = "https://lab.example.org"
LIST_INCLUDE = (
    "{% assign data = site.data[include.data]\n  | default: site[include.data]\n  | data_filter:"
    ' include.filter %}\n{% for d in data %}\n  {% include {{ include.component | append: ".html"'
    " }} title=d.title date=d.date %}\n{% endfor %}\n"
)
BASE = {
    "_config.yaml": "title: Otter Lab\nurl: https://lab.example.org\n",
    "_includes/list.html": LIST_INCLUDE,
    "_includes/post-excerpt.html": '<a href="{{ include.url }}">{{ include.title }}</a>\n',
    "_includes/feature.html": "<div>{{ include.title }}{{ include.text }}</div>\n",
    "_posts/2026-03-02-grant.md": "---\ntitle: The lab wins a seed grant\nauthor: kim\n---\n"
    "\nFunding for two years of river surveys.\n",
    "_posts/2025-11-20-paper.md": "---\ntitle: Our otter paper is accepted at EcoConf\n"
    "date: 2025-11-18\n---\n\nA study of dens.\n",
    "_posts/2025-06-01-welcome.md": "---\ntitle: Welcome to our new students\n---\n\nHello.\n",
}
HIGHLIGHTS = (
    "---\n---\n\n# Otter Lab\n\nWe study rivers.\n\n{% include section.html %}\n\n## Highlights\n\n"
    '{% capture text %}\nWhat we do.\n{% endcapture %}\n\n{%\n  include feature.html\n  title="Our'
    ' Research"\n  link="research"\n  text=text\n%}\n'
)
EXPECTED = [
    ("2026-03-02", "The lab wins a seed grant"),  # its file name's date
    ("2025-11-18", "Our otter paper is accepted at EcoConf"),  # its date:, not its name's
    ("2025-06-01", "Welcome to our new students"),
]
ON_HOME = "the homepage lists them under its news heading, the call on several lines"
SITES = {
    "a news page, the homepage's highlights are cards": {
        "index.md": HIGHLIGHTS,
        "news/index.md": "---\ntitle: News\nnav:\n  order: 3\n---\n\n# {% include icon.html "
        'icon="fa-solid fa-bullhorn" %}News\n\n{% include search-box.html %}\n\n'
        '{% include list.html data="posts" component="post-excerpt" %}\n',
    },
    ON_HOME: {
        "index.md": "---\n---\n\nWe study rivers.\n\n## Latest news\n\n{%\n  include list.html\n"
        "  data='posts'\n  component='post-excerpt'\n%}\n",
    },
}


def built(site: Path, out: Path) -> tuple[int, str]:
    result = CliRunner().invoke(
        main,
        ["build", "--content", str(site), "--out", str(out), "--now", "2026-11-26"]
        + ["--cache", "off", "--offline"],
    )
    return result.exit_code, result.output


@pytest.mark.parametrize("case", SITES)
def test_an_include_told_to_list_the_posts_shows_them(tmp_path: Path, case: str) -> None:
    site = write(tmp_path / "site", {**BASE, **SITES[case]})
    code, output = built(site, tmp_path / "out")
    assert code == 0, output
    feed = json.loads((tmp_path / "out" / "feed.json").read_text(encoding="utf-8"))
    assert [(i["date_published"][:10], i["title"]) for i in feed["items"]] == EXPECTED
    atom = feedparser.parse(str(tmp_path / "out" / "atom.xml"))
    assert [e.title for e in atom.entries] == [title for _, title in EXPECTED]
    assert atom.entries[1].link == "https://lab.example.org/2025/11/18/paper.html"


def test_an_include_that_looks_up_nothing_lists_no_posts(tmp_path: Path) -> None:
    """The same call to an include that lists a fixed data file (members), not the name
    it is given: the posts are not shown, and the empty news section is the error."""
    members = "{% for m in site.data.members %}{{ m.name }}{% endfor %}\n"
    site = write(
        tmp_path / "site",
        {**BASE, **SITES[ON_HOME], "_includes/list.html": members},
    )
    code, output = built(site, tmp_path / "out")
    assert code == 1
    assert "index.md" in output and "yields no items" in output


NEWS_DATA = (
    "- date: 2026-03-02\n  title: The lab wins a seed grant\n"
    "- date: 2025-11-18\n  title: Our otter paper is accepted at EcoConf\n"
    "- date: 2025-06-01\n  title: Welcome to our new students\n"
)


@pytest.mark.parametrize("quote", ['"', "'"])
def test_an_include_told_to_list_the_news_data_shows_it(tmp_path: Path, quote: str) -> None:
    """``{% include list.html data="news" %}`` over ``_data/news.yaml``: its entries, each
    at its line of the data file (no posts on this site)."""
    files = {k: v for k, v in BASE.items() if not k.startswith("_posts/")}
    home = (
        f"---\n---\n\nWe study rivers.\n\n## News\n\n{{% include list.html data={quote}news{quote}"
        f" component={quote}card{quote} style={quote}small{quote} %}}\n\n"
        + HIGHLIGHTS.split("---\n", 2)[2]
    )
    site = write(tmp_path / "site", files | {"index.md": home, "_data/news.yaml": NEWS_DATA})
    code, output = built(site, tmp_path / "out")
    assert code == 0, output
    feed = json.loads((tmp_path / "out" / "feed.json").read_text(encoding="utf-8"))
    assert [(i["date_published"][:10], i["title"]) for i in feed["items"]] == EXPECTED


def test_a_list_of_citations_under_highlights_is_not_news(tmp_path: Path) -> None:
    """The homepage's highlights list dated citations through the same include: a list
    named citations is no news; the news page's posts are the news."""
    citations = (
        "- id: doi:10.1000/otter\n  title: Dens of the river otter\n  date: 2024-05-01\n"
        "- id: doi:10.1000/dam\n  title: Dams and their rivers\n  date: 2023-02-01\n"
    )
    home = HIGHLIGHTS + '\n{% include list.html data="citations" component="citation" %}\n'
    news = SITES["a news page, the homepage's highlights are cards"]["news/index.md"]
    site = write(
        tmp_path / "site",
        BASE | {"index.md": home, "news/index.md": news, "_data/citations.yaml": citations},
    )
    code, output = built(site, tmp_path / "out")
    assert code == 0, output
    feed = json.loads((tmp_path / "out" / "feed.json").read_text(encoding="utf-8"))
    assert [(i["date_published"][:10], i["title"]) for i in feed["items"]] == EXPECTED
