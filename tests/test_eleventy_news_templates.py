"""Eleventy sites whose news template is not ``index.*`` or loops over a variable made
from the data (issue 8, scan16b causes A2, A3): the homepage is the template whose front
matter says ``permalink: "/"``, the news page the one that says ``/news/`` (or is named
``news``); ``{% set recent = news | sortByDate %}``, ``{% assign x = news | sort %}``
then a loop over it shows the data file ``news``. Sites written here in our own words;
``feeds list --json`` read back with ``json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import NOW, write

NEWS = json.dumps(
    [
        {"date": "2026-02-01", "title": "A poster at a winter school"},
        {"date": "March 2025", "title": "Lab moved to a new building"},
    ]
)
EXPECTED = [
    ("A poster at a winter school", "2026-02-01"),
    ("Lab moved to a new building", "2025-03"),
]
CONFIG = {".eleventy.js": "module.exports = () => ({ dir: { input: 'src' } });\n"}

SITES = {
    "the homepage is a template routed to /": {
        "src/pages/start.njk": (
            '---\npermalink: "/"\n---\n{% for n in news %}<p>{{ n.title }}</p>{% endfor %}\n'
        ),
    },
    "routed to / unquoted, the loop over a set variable": {
        "src/home.njk": (
            "---\nlayout: base.njk\npermalink: /\n---\n"
            "{% set recent = news | sortByDate %}\n"
            "{% for n in recent %}<p>{{ n.title }}</p>{% endfor %}\n"
        ),
    },
    "index.md assigns the data sorted, then shows the first": {
        "src/index.md": (
            '---\ntitle: Home\n---\n{% assign sorted = news | sort: "date" | reverse %}\n'
            "{% assign latest = sorted[0] %}\n<p>{{ latest.title }}</p>\n"
        ),
    },
    "the homepage shows no news; the page routed to /news/ does": {
        "src/pages/home.njk": '---\npermalink: "/"\n---\n<p>Welcome.</p>\n',
        "src/pages/updates-page.njk": (
            '---\npermalink: "/news/"\n---\n{% for s in news %}<p>{{ s.title }}</p>{% endfor %}\n'
        ),
    },
    "a news template by its name, the data piped through a filter": {
        "src/index.njk": "---\ntitle: Home\n---\n<p>Welcome.</p>\n",
        "src/news.md": (
            '---\ntitle: News\n---\n{% for item in news | sort(attribute="date") %}'
            "{{ item.title }}{% endfor %}\n"
        ),
    },
    "a chain of variables": {
        "src/index.njk": (
            "{% set a = news | sortByDate %}{% set b = a | limit(3) %}"
            "{% for n in b %}<p>{{ n.title }}</p>{% endfor %}\n"
        ),
    },
}


@pytest.mark.parametrize("name", SITES)
def test_the_news_template_shows_the_data_file(tmp_path: Path, name: str) -> None:
    site = write(tmp_path / "site", {**CONFIG, **SITES[name], "src/_data/news.json": NEWS})
    result = feeds(
        "list", "--json", "--content", str(site),
        "--now", NOW, "--site-url", "https://ana.example.org/", "--timezone", "UTC",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert [(i["title"], i["start"]) for i in json.loads(result.stdout)] == EXPECTED


def test_a_variable_made_from_other_data_is_not_news(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            **CONFIG,
            "src/index.njk": (
                "{% set latestNews = people | sortByName %}"
                "{% for n in latestNews %}{{ n }}{% endfor %}\n"
            ),
            "src/_data/people.json": NEWS,
        },
    )
    result = feeds("list", "--json", "--content", str(site), "--now", NOW)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
