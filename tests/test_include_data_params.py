"""A data list handed to an include as a parameter (issue 8, scan16a): the homepage
writes ``{% include timeline.html data=site.data.news limit=3 %}`` and the include walks
``include.data`` (directly, or through a variable assigned from it and sorted). The
entries of that data file are the news, in the section the include sits in; a parameter
naming a data file of no news (or another parameter) shows nothing. Sites written in our
own words; ``feeds list --json`` read back with ``json``, the built feed with feedparser.
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
NEWS_YML = (
    "# our news\n- date: '2026-03-02'\n  title: Mira joined us as a postdoc\n\n"
    "- date: 2025-11-20\n  title: Our paper on reef sounds is out\n  link: https://doi.org/x1\n"
)
LOOPS = {
    "for over include.data": "{% for item in include.data %}<p>{{ item.date }} "
    "{{ item.title }}</p>{% endfor %}\n",
    "assigned, sorted, sliced by a limit": '{% assign rows = include.data | sort: "date" '
    "| reverse %}\n{% if include.limit %}{% assign rows = rows | slice: 0, include.limit %}"
    '{% endif %}\n<div class="tl">\n  {% for row in rows %}\n    <span>{{ row.date | date: '
    '"%B %d, %Y" }}</span>\n    <p>{{ row.title }}</p>\n  {% endfor %}\n</div>\n',
    "a parameter of another name": "{%- for n in include.items -%}<li>{{ n.date }}: "
    "{{ n.title }}</li>{%- endfor -%}\n",
}
CALLS = {
    "for over include.data": "{% include timeline.html data=site.data.news limit=3 %}",
    "assigned, sorted, sliced by a limit": "{% include timeline.html data=site.data.news "
    "limit=1 %}",
    "a parameter of another name": '{%\n  include timeline.html\n  title="Latest"\n'
    "  items=site.data['news']\n%}",
}
HOME = "---\ntitle: Reef Lab\n---\n# Reef Lab\n\n## Highlights\n\n{% include cards.html %}\n\n"
CARDS = "{% for c in site.data.cards %}<div>{{ c.title }}</div>{% endfor %}\n"
CARDS_YML = "- title: Sound maps\n- title: Reef census\n"


def site_with(tmp_path: Path, loop: str, call: str, data: str = "news") -> Path:
    files = {
        "_config.yml": "title: Reef Lab\n",
        "index.md": HOME + f"## Recent News\n\n{call}\n",
        "_includes/timeline.html": loop,
        "_includes/cards.html": CARDS,
        "_data/cards.yml": CARDS_YML,
        f"_data/{data}.yml": NEWS_YML,
    }
    return write(tmp_path, files)


def listed(site: Path) -> tuple[int, list[dict], str]:
    result = CliRunner().invoke(
        main, ["list", "--json", "--content", str(site), "--now", "2026-11-26", "--site-url", URL]
    )
    items = json.loads(result.stdout) if result.exit_code == 0 else []
    return result.exit_code, items, result.output


@pytest.mark.parametrize("case", LOOPS)
def test_the_data_an_include_is_handed_is_the_news(tmp_path: Path, case: str) -> None:
    code, items, output = listed(site_with(tmp_path, LOOPS[case], CALLS[case]))
    assert code == 0, output
    # limit=1 is not read into the include: its slice by include.limit cuts nothing
    # (a news page may hand the same include no limit)
    assert [(i["start"], i["title"]) for i in items] == [
        ("2026-03-02", "Mira joined us as a postdoc"),
        ("2025-11-20", "Our paper on reef sounds is out"),
    ]


def test_the_built_feed_has_every_entry_linked(tmp_path: Path) -> None:
    site = site_with(tmp_path, LOOPS["for over include.data"], CALLS["for over include.data"])
    out = tmp_path / "out"
    args = ["build", "--content", str(site), "--out", str(out), "--now", "2026-11-26"]
    result = CliRunner().invoke(main, [*args, "--site-url", URL])
    assert result.exit_code == 0, result.output
    feed = feedparser.parse((out / "atom.xml").read_bytes())
    assert [e.title for e in feed.entries] == [
        "Mira joined us as a postdoc",
        "Our paper on reef sounds is out",
    ]
    assert feed.entries[1].link == "https://doi.org/x1"


def test_a_handed_file_that_does_not_exist_shows_nothing(tmp_path: Path) -> None:
    call = "{% include timeline.html data=site.data.events %}"
    code, items, _ = listed(site_with(tmp_path, LOOPS["for over include.data"], call))
    assert code == 1 and not items
