"""A ``_news`` collection whose documents are dated only by their file names (issue 8,
scan16a): Jekyll dates every collection's documents by a ``YYYY-MM-DD-`` prefix, not only
the posts, also under ``collections_dir``. A ``date:`` in the front matter wins; a
name without the prefix stays undated, with its warning. Sites written in our own words;
``feeds list --json`` read back with ``json``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

from .site_listing import write

URL = "https://lab.example.org"
INDEX = (
    "---\ntitle: Wave Lab\n---\n# Wave Lab\n\n## News\n\n{% for a in site.news %}<li>"
    '{{ a.date | date: "%B %d, %Y" }} {{ a.title }}</li>{% endfor %}\n'
)
DOCS = {
    "2025-02-07-paper.md": "---\ntitle: Our paper appeared\n---\nThe paper is out.\n",
    "2024-9-3-talk.md": "---\nlayout: post\ntitle: A seminar in Lyon\n---\nSlides soon.\n",
    "2023-01-15-moved.md": "---\ntitle: We moved\ndate: 2023-02-01\n---\nA new building.\n",
}
LAYOUTS = {
    "collections_dir": (
        "collections: {news: {output: true}}\ncollections_dir: collections\n",
        "collections/_news/",
    ),
    "collections_dir with slashes": (
        "collections:\n  news:\n    output: true\ncollections_dir: /docs/\n",
        "docs/_news/",
    ),
    "plain _news": ("collections: {news: {output: true}}\n", "_news/"),
}


def listed(site: Path) -> tuple[int, list[dict], str]:
    result = CliRunner().invoke(
        main, ["list", "--json", "--content", str(site), "--now", "2026-11-26", "--site-url", URL]
    )
    items = json.loads(result.stdout) if result.exit_code == 0 else []
    return result.exit_code, items, result.output


@pytest.mark.parametrize("case", LAYOUTS)
def test_a_document_is_dated_by_its_file_name(tmp_path: Path, case: str) -> None:
    config, folder = LAYOUTS[case]
    files = {"_config.yml": config, "index.md": INDEX}
    files |= {folder + name: text for name, text in DOCS.items()}
    code, items, output = listed(write(tmp_path, files))
    assert code == 0, output
    assert [(i["start"], i["precision"], i["title"]) for i in items] == [
        ("2025-02-07", "day", "Our paper appeared"),
        ("2024-09-03", "day", "A seminar in Lyon"),
        ("2023-02-01", "day", "We moved"),
    ]


def test_a_name_without_a_date_stays_undated(tmp_path: Path) -> None:
    files = {
        "_config.yml": LAYOUTS["plain _news"][0],
        "index.md": INDEX,
        "_news/paper-2025-02-07.md": "---\ntitle: Our paper appeared\n---\nOut.\n",
    }
    code, items, output = listed(write(tmp_path, files))
    assert code == 0, output
    assert [(i["start"], i["title"]) for i in items] == [(None, "Our paper appeared")]
    assert "no 'date:'" in output


BUTTONS = {
    "an HTML button": "<ul>\n{% for a in sorted %}\n  <li><b>{{ a.date }}</b>\n"
    "    <div>{{ a.title }}"
    '</div>\n    <a href="{{ a.url }}"><div class="btn">Read more</div></a>\n  </li>\n'
    "{% endfor %}\n</ul>\n",
    "a Markdown entry": "{% for a in sorted limit: 5 %}\n- {{ a.title }} [Details]({{ a.url }})\n"
    "{% endfor %}\n",
}


@pytest.mark.parametrize("case", BUTTONS)
def test_the_loops_own_words_are_no_item(tmp_path: Path, case: str) -> None:
    index = "---\ntitle: Wave Lab\n---\n# News\n\n{% assign sorted = site.news | sort: 'date' %}\n"
    files = {"_config.yml": LAYOUTS["plain _news"][0], "index.md": index + BUTTONS[case]}
    files |= {"_news/" + name: text for name, text in DOCS.items()}
    code, items, output = listed(write(tmp_path, files))
    assert code == 0, output
    assert [i["title"] for i in items] == ["Our paper appeared", "A seminar in Lyon", "We moved"]
