"""A Docusaurus homepage (``src/pages/index.mdx``) whose news list maps an array it imports
through Docusaurus's ``@site/`` alias (scan25 A3): the module's array is the news, read as a
literal, its fields as the importing page shows them (``n.words[language]``), an entry's
words in several languages (``{en: …, de: …}``) the English ones, React's
``<React.Fragment>`` a fragment and ``<Link href>`` a link. A JSON data file imported the
same way is read too. Sites in our own words, read back with ``json``."""

from __future__ import annotations

import pytest

from .hugo_sites import listed, summary, write

CONFIG = "module.exports = {\n  title: 'Ana Lind',\n  url: 'https://ana.example.org',\n};\n"
PACKAGE = '{"dependencies": {"@docusaurus/core": "2.4.3"}}\n'
HOME = """\
---
---
import {{ {name} }} from '@site/src/components/{module}';
const language = 'en';

I study sea ice.

## News

<ul>
  {{
    {name}.filter(({{onHome}}) => onHome).map(n => <li>
      <b>{{n.when}}</b>: {{n.words[language]}}
    </li>)
  }}
</ul>
"""
MODULE = """\
import React from "react";
import { Link } from '@site/src/components/Utils';

export const latestNews = [
    {
        when: "12 May 2026",
        onHome: true,
        words: {
            en: <React.Fragment>
I joined the <Link href="https://polar.example.org/">Polar Institute</Link> as a research fellow.
            </React.Fragment>,
            de: ""
        }
    },
    {
        when: "3 February 2025",
        onHome: false,
        words: {
            en: <React.Fragment>
Our paper on melt ponds was accepted at the ice workshop.
            </React.Fragment>
        }
    },
];
"""
JSON_HOME = """\
import news from '@site/src/data/news.json';

## News

<ul>{news.map(n => <li>{n.date}: {n.title}</li>)}</ul>
"""
JSON_DATA = """\
[
  {"date": "2026-05-12", "title": "I joined the Polar Institute as a research fellow"},
  {"date": "2025-02-03", "title": "Our paper on melt ponds was accepted at the ice workshop"}
]
"""
TWO = [
    ("I joined the Polar Institute as a research fellow", "2026-05-12", "day", "position"),
    ("Our paper on melt ponds was accepted at the ice workshop", "2025-02-03", "day", "paper"),
]


@pytest.mark.parametrize(
    "files",
    [
        {
            "src/pages/index.mdx": HOME.format(name="latestNews", module="LatestNews"),
            "src/components/LatestNews.js": MODULE,
        },
        {"src/pages/index.mdx": JSON_HOME, "src/data/news.json": JSON_DATA},
    ],
    ids=["a module's array, mapped", "a JSON file"],
)
def test_the_imported_array_is_the_news(tmp_path, files: dict[str, str]) -> None:
    config = {"docusaurus.config.js": CONFIG, "package.json": PACKAGE}
    site = write(tmp_path / "site", {**config, **files})
    items, ran = listed(site)
    assert summary(items) == TWO
    assert "React.Fragment" not in ran.stdout and "n.words" not in ran.stdout


def test_a_link_component_is_the_items_link(tmp_path) -> None:
    files = {
        "docusaurus.config.js": CONFIG,
        "package.json": PACKAGE,
        "src/pages/index.mdx": HOME.format(name="latestNews", module="LatestNews"),
        "src/components/LatestNews.js": MODULE,
    }
    items, _ = listed(write(tmp_path / "site", files))
    links = [(link["text"], link["url"]) for link in items[0]["links"]]
    assert links == [("Polar Institute", "https://polar.example.org/")]
