"""News kept as data in a script file that a hand-written page loads (issue 8, c28 cause A).

The page holds a News heading over an empty box; ``<script src="news_data.js">`` assigns
an array of objects (``window.NEWS_ITEMS = [...]``, ``const news = [...]``…) and another
script of the site renders it. The objects are what a reader sees, so they are read as
the entries of a data file, never by running the script. Sites are written in our own
words; items are read back with ``json`` (``feeds list --json``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import listed, write

RENDER_JS = (
    "(function(){\n  const items = (window.NEWS_ITEMS || []).slice()\n"
    "    .sort((a, b) => (a.date < b.date ? 1 : -1));\n"
    "  const box = document.getElementById('news-list');\n"
    "  items.forEach(it => { box.innerHTML += `<p>${it.date} <b>${it.title}</b> "
    "${it.excerpt}</p>`; });\n})();\n"
)


def page(box: str = '<div id="news-list"></div>', scripts: str = "") -> str:
    return (
        "<!doctype html>\n<html><head><title>Ana's group</title></head><body>\n"
        f"<main><h1>Ana's group</h1>\n<h2>News</h2>\n{box}\n</main>\n{scripts}</body></html>\n"
    )


WINDOW_JSON = """\
window.NEWS_ITEMS = [
{
  "date": "2024-11-02",
  "title": "New paper in a chemistry journal",
  "excerpt": "Our paper on light-driven switches was published."
},
{
  "date": "2025-03-14",
  "title": "Poster prize for Ana",
  "excerpt": "Ana wins a poster prize at the spring meeting."
}
];
"""
CONST_JS = """\
// the group's news, newest last
const news = [
  { date: '2024-11-02', title: 'New paper in a chemistry journal',
    excerpt: "Our paper on light-driven switches was published.", },
  /* a prize */
  { date: `2025-03-14`, title: `Poster prize for Ana`, excerpt: 'Ana wins a poster prize.', },
];
"""
EXPECTED = {
    ("New paper in a chemistry journal", "2024-11-02", "day", 2),
    ("Poster prize for Ana", "2025-03-14", "day", 7),
}

SITES = {
    "window.X of JSON objects, loaded with a version query": {
        "index.html": page(
            scripts='<script src="news_data.js?v=2"></script>\n<script src="news.js"></script>\n'
        ),
        "news_data.js": WINDOW_JSON,
        "news.js": RENDER_JS,
    },
    "const of JS object literals in a scripts folder": {
        "index.html": page(
            scripts='<script src="js/news.js"></script>\n<script src="js/render.js"></script>\n'
        ),
        "js/news.js": CONST_JS,
        "js/render.js": RENDER_JS.replace("window.NEWS_ITEMS", "news"),
    },
    "export default of a module the page's module script imports": {
        "index.html": page(scripts='<script type="module" src="js/main.js"></script>\n'),
        "js/main.js": "import news from './news.js';\n"
        + RENDER_JS.replace("window.NEWS_ITEMS", "news"),
        "js/news.js": CONST_JS.replace("const news =", "export default"),
    },
}


def lines_of(items: list[dict]) -> set[tuple[str, str, str, int]]:
    return {(i["title"], i["start"], i["precision"], i["line"]) for i in items}


@pytest.mark.parametrize("case", SITES, ids=list(SITES))
def test_the_array_a_script_assigns_is_the_news(tmp_path: Path, case: str) -> None:
    items, _ = listed(write(tmp_path / "site", SITES[case]))
    lines = (2, 7) if case.startswith("window") else (3, 6)  # where each object opens
    assert lines_of(items) == {(*e[:3], n) for e, n in zip(sorted(EXPECTED), lines, strict=True)}


def test_fields_under_the_sites_own_names_are_read_as_its_script_shows_them(
    tmp_path: Path,
) -> None:
    data = (
        "var updates = [\n"
        "  {d: 'March 2025', msg: 'Gave an invited talk on light-driven switches.',\n"
        "   pic: 'a.png'},\n"
        "  {d: 'May 2024', msg: 'Lina joined the group as a PhD student.',\n"
        "   pic: 'b.png'},\n"
        "];\n"
    )
    render = (
        "updates.forEach(function (u) {\n"
        "  document.getElementById('news-list').innerHTML +=\n"
        "    '<li><img src=\"' + u.pic + '\"><b>' + u.d + '</b> ' + u.msg + '</li>';\n});\n"
    )
    site = write(
        tmp_path / "site",
        {
            "index.html": page(
                '<ul id="news-list"></ul>',
                '<script src="updates.js"></script><script src="show.js"></script>\n',
            ),
            "updates.js": data,
            "show.js": render,
        },
    )
    items, _ = listed(site)
    assert [(i["title"], i["start"], i["precision"], i["type"]) for i in items] == [
        ("Gave an invited talk on light-driven switches", "2025-03", "month", "talk"),
        ("Lina joined the group as a PhD student", "2024-05", "month", "position"),
    ]


def test_a_data_script_named_as_the_content_is_read_as_its_entries(tmp_path: Path) -> None:
    data = WINDOW_JSON.replace("window.NEWS_ITEMS =", "export default")
    site = write(tmp_path / "site", {"news_data.js": data})
    result = feeds(
        "list", "--json", "--content", str(site / "news_data.js"), "--now", "2026-11-26",
        "--site-url", "https://ana.example.org/",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert lines_of(json.loads(result.stdout)) == EXPECTED


@pytest.mark.parametrize(
    "data",
    [
        "window.NEWS_ITEMS = buildNews([{ date: '2025-03-14', title: 'Poster prize' }]);\n",
        "const news = [{ date: '2025-03-14', title: `Prize for ${name}` }];\n",
        "const news = ['2025-03-14', 'Poster prize'];\n",
    ],
    ids=["a call", "a template with an expression", "no objects"],
)
def test_a_script_that_computes_its_news_is_never_run(tmp_path: Path, data: str) -> None:
    site = write(
        tmp_path / "site",
        {"index.html": page(scripts='<script src="news.js"></script>\n'), "news.js": data},
    )
    result = feeds(
        "list", "--json", "--content", str(site), "--now", "2026-11-26",
        "--site-url", "https://ana.example.org/",
    )  # fmt: skip
    assert result.returncode == 1  # the News heading yields nothing: an error, not a guess
    assert "yields no items" in result.stderr
    assert "Poster prize" not in result.stdout


# A global constant in a data folder, its words under ``content`` written in HTML (the
# paper's name in <em>, its arXiv link), a flag beside them; a loader script maps the
# array into the page's empty ``.news-list`` box.
GLOBAL_DATA = """\
// News and updates
const NEWS_DATA = [
    {
        date: "2026-03-02",
        content: "<em>ToyNet</em> is now on <a href='https://arxiv.org/abs/2603.01234'>arXiv</a>!",
        highlight: true
    },
    {
        date: "2025-09-15",
        content: "Joined the <strong>Toy Robotics Group</strong> as a PhD student.",
        highlight: false
    }
];
"""
LOADER_JS = (
    "function loadNewsData() {\n  if (typeof NEWS_DATA === 'undefined') return;\n"
    "  document.querySelector('.news-list').innerHTML = NEWS_DATA.map(item => `\n"
    "    <div class=\"news-item${item.highlight ? ' highlight' : ''}\">\n"
    '      <span class="date">${item.date}:</span><p>${item.content}</p></div>`).join("");\n}\n'
)


def test_a_global_array_with_html_content_in_a_data_folder_is_the_news(tmp_path: Path) -> None:
    box = (
        '<section id="news"><div class="window-title">News</div>\n'
        '<div class="news-list">\n<!-- loaded from data/news.js -->\n</div></section>'
    )
    scripts = '<script src="data/news.js"></script>\n<script src="data-loader.js"></script>\n'
    site = {"index.html": page(box, scripts), "data/news.js": GLOBAL_DATA}
    items, _ = listed(write(tmp_path / "site", site | {"data-loader.js": LOADER_JS}))
    found = [
        (i["title"], i["start"], i["line"], i["type"], [link["url"] for link in i["links"]])
        for i in items
    ]
    assert found == [
        ("ToyNet is now on arXiv", "2026-03-02", 3, "paper", ["https://arxiv.org/abs/2603.01234"]),
        ("Joined the Toy Robotics Group as a PhD student", "2025-09-15", 8, "position", []),
    ]
