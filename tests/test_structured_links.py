"""Links kept in a structured field are the item's links (issue 8, c16 cause G): Zola's
``links = [{ label, url }]`` in ``data/news.toml``, a Hugo data list's ``links:``, a
Hugo page's front-matter ``links: [{text: arXiv, url: …}]`` that its news block shows
as buttons. An arXiv one gives the item its arXiv id (enrichment, ``papers.xml``).

Every site is written here in our own words; ``feeds list --json`` is read back with
``json``; expectations are written from the input.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import NOW, YAML_CONFIG, listed, write

ZOLA_NEWS = """\
[[news]]
date = '2026/05'
text = '**Helios** released: a compact runtime for on-device robot policies.'
links = [
  { label = 'Paper', url = 'https://arxiv.org/abs/2605.00001' },
  { label = 'Code', url = 'https://github.com/example/helios' },
]

[[news]]
date = '2025/01'
text = 'Our survey of example agents was accepted.'
links = [ { label = 'PDF', url = 'https://arxiv.org/pdf/2501.01234v2' } ]

[[news]]
date = '2024/11'
text = 'Gave a talk at the Example Seminar.'
links = [ { label = 'Slides', url = '/slides/seminar.pdf' } ]
"""


def test_zola_data_file_links(tmp_path: Path):
    write(tmp_path, {"config.toml": 'base_url = "https://ana.example.org"\n'})
    news = write(tmp_path, {"data/news.toml": ZOLA_NEWS}) / "data" / "news.toml"
    result = feeds(
        "list", "--json", "--content", str(news),
        "--now", NOW, "--site-url", "https://ana.example.org/", "--timezone", "UTC",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert [i["arxiv"] for i in items] == [["2605.00001"], ["2501.01234"], []]
    assert [sorted(link["url"] for link in i["links"]) for i in items] == [
        ["https://arxiv.org/abs/2605.00001", "https://github.com/example/helios"],
        ["https://arxiv.org/pdf/2501.01234v2"],
        ["https://ana.example.org/slides/seminar.pdf"],
    ]


PAGE_LINKS = {
    "text/url (Hugo Blox news block)": "links:\n  - text: arXiv\n    url: https://arxiv.org/abs/2604.05555\n",
    "name/url (Wowchemy)": "links:\n  - name: Preprint\n    url: https://arxiv.org/abs/2604.05555\n",
    "label/url": "links:\n  - label: Paper\n    url: https://arxiv.org/abs/2604.05555v1\n",
    "title/url": "links:\n  - title: arXiv\n    url: https://arxiv.org/abs/2604.05555\n",
}


@pytest.mark.parametrize("name", PAGE_LINKS)
def test_hugo_page_front_matter_links(tmp_path: Path, name: str):
    page = (
        '---\ntitle: "Our paper on example lattices was accepted"\ndate: 2026-04-20\n'
        + PAGE_LINKS[name]
        + "build:\n  render: never\n  list: always\n---\n"
    )
    site = write(
        tmp_path,
        {
            "config/_default/config.yaml": YAML_CONFIG,
            "content/_index.md": "---\ntitle: Home\n---\n",
            "content/news/lattices/index.md": page,
        },
    )
    items = listed(site)[0]
    assert [(i["title"], i["type"], i["arxiv"]) for i in items] == [
        ("Our paper on example lattices was accepted", "paper", ["2604.05555"])
    ]
    assert "https://arxiv.org/abs/2604.05555" in {
        link["url"].removesuffix("v1") for link in items[0]["links"]
    }


def test_hugo_data_list_links(tmp_path: Path):
    data = (
        "- date: 2026-03-03\n  title: Preprint on sparse solvers is out\n"
        "  links:\n    - name: arXiv\n      href: https://arxiv.org/abs/2603.03333\n"
        "- date: 2026-02-02\n  title: Our paper on graph search was accepted\n"
        "  links:\n    - https://arxiv.org/abs/2602.02222\n"
        "- date: 2026-01-01\n  title: Joined Example Lab\n  links: []\n"
    )
    site = write(
        tmp_path,
        {
            "config/_default/config.yaml": YAML_CONFIG,
            "content/_index.md": "---\ntitle: Home\n---\n",
            "data/news.yaml": data,
        },
    )
    items = listed(site)[0]
    assert [(i["start"], i["arxiv"]) for i in items] == [
        ("2026-03-03", ["2603.03333"]),
        ("2026-02-02", ["2602.02222"]),
        ("2026-01-01", []),
    ]


def test_unsafe_field_link_is_not_published(tmp_path: Path):
    data = (
        "- date: 2026-03-03\n  title: Preprint on sparse solvers is out\n"
        "  links:\n    - label: Code\n      url: 'javascript:alert(1)'\n"
        "    - label: Data\n      url: https://data.example.org/set\n"
    )
    site = write(
        tmp_path,
        {
            "config/_default/config.yaml": YAML_CONFIG,
            "content/_index.md": "---\ntitle: Home\n---\n",
            "data/news.yaml": data,
        },
    )
    items = listed(site)[0]
    assert [link["url"] for link in items[0]["links"]] == ["https://data.example.org/set"]


def test_button_labels_never_hide_the_words_that_type_an_item(tmp_path: Path):
    """A button labelled by a word of the item (``Paper``, ``Grant``) is beside the words,
    not in them: the item is typed by all its words (and the button's arXiv id)."""
    page = (
        '---\ntitle: "Good news from the Example Foundation"\ndate: 2026-04-01\n'
        'summary: "Fellowship for two years."\n'
        "links:\n  - text: Fellowship\n    url: https://foundation.example.org/f/42\n---\n"
    )
    data = (
        "- date: 2026-03-03\n  title: Our paper on sparse solvers was accepted\n"
        "  links:\n    - label: paper\n      url: https://arxiv.org/abs/2603.03333\n"
    )
    site = write(
        tmp_path,
        {
            "config/_default/config.yaml": YAML_CONFIG,
            "content/_index.md": "---\ntitle: Home\n---\n",
            "content/news/grant/index.md": page,
            "data/news.yaml": data,
        },
    )
    items = listed(site)[0]
    assert [(i["start"], i["type"], i["arxiv"]) for i in items] == [
        ("2026-04-01", "award", []),
        ("2026-03-03", "paper", ["2603.03333"]),
    ]
