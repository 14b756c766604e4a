"""A hand-written page whose news box a script fills from a data file it names in a table,
fetching a variable (``fetch(path + '?v=1')``) rather than a literal::

    const rest = [
      ['data/people.yml', renderPeople, 'people-grid'],
      ['data/news.yml', renderNews, 'news-timeline'],
    ];
    rest.map(([path, render, id]) => loadYaml(path).then(render));

or ``{ name: 'news', path: 'data/news.json' }`` rows. The data file whose address says news
(and holds news entries) is what a reader sees in the news section; the other files the
table names (people, publications) are not news. Sites are written in our own words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import listed, summary, write

NEWS_YAML = (
    "- date: 2025-06\n  category: paper\n"
    '  text: "Our paper on sparse search was published in a journal"\n'
    "- date: 2024-09\n  category: member\n"
    '  text: "Ana joined the department as an assistant professor"\n'
)
NEWS_JSON = (
    '[{"date": "2025-06", "text": "Our paper on sparse search was published in a journal"},\n'
    ' {"date": "2024-09", "text": "Ana joined the department as an assistant professor"}]\n'
)
PEOPLE = '- name: "Ana"\n  role: professor\n'
EXPECTED = [
    ("Our paper on sparse search was published in a journal", "2025-06", "month", "paper"),
    ("Ana joined the department as an assistant professor", "2024-09", "month", "position"),
]
PAGE = (
    '<!DOCTYPE html>\n<html lang="en"><head><title>Ana Lab</title></head><body>\n'
    "<h1>Ana Lab</h1><p>We study search.</p>\n"
    '<section id="people"><h2>People</h2><div id="people-grid"></div></section>\n'
    '<section id="news"><h2>News</h2><div id="news-timeline"></div></section>\n'
    '<script src="js/main.js"></script>\n</body></html>\n'
)
LOADER = (
    "async function loadData(path) {\n"
    "  const res = await fetch(path + '?v=' + Date.now());\n  return res.text();\n}\n"
)
TABLES = {
    "array rows of a YAML file": (
        "data/news.yml",
        NEWS_YAML,
        "const rest = [\n  ['data/people.yml', renderPeople, 'people-grid'],\n"
        "  ['data/news.yml', renderNews, 'news-timeline'],\n];\n"
        "rest.map(([path, render, id]) => loadData(path).then(render));\n",
    ),
    "object rows of a JSON file": (
        "data/news.json",
        NEWS_JSON,
        "const files = [\n  { name: 'people', path: 'data/people.yml' },\n"
        "  { name: 'news', path: 'data/news.json' },\n];\n"
        "files.forEach((f) => loadData(f.path).then(show));\n",
    ),
}


@pytest.mark.parametrize("case", TABLES, ids=list(TABLES))
def test_the_news_file_a_table_names_is_the_news(tmp_path: Path, case: str) -> None:
    name, data, table = TABLES[case]
    site = write(
        tmp_path / "site",
        {"index.html": PAGE, "js/main.js": LOADER + table, name: data, "data/people.yml": PEOPLE},
    )
    items, _ = listed(site)
    assert summary(items) == EXPECTED
