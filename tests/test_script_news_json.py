"""A homepage list that a script fills from a JSON file of the site (issue 8, c8 cause G).

The page holds ``<ul id="news-list"><li>Loading…</li></ul>``; a script replaces it with
the entries of ``data/news.json`` (``{"date": "2025.03", "icon": "🎉", "text": …}``),
through ``fetch`` or a helper of its own (``loadJSON("./data/news.json")``). The JSON
file is what a reader sees, so it is read as the news; the placeholder ("Loading…",
"Loading news...", "No news yet.") is never published as news. Sites are written in our
own words; items are read back with ``json`` (``feeds list --json``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import listed, summary, write

NEWS_JSON = json.dumps(
    [
        {"date": "2025.03", "icon": "🎉",
         "text": "Our paper on lattice sampling was accepted to ICML 2025."},
        {"date": "2024.10", "icon": "🎓",
         "text": "I started a one-year visit at the Example Institute."},
        {"date": "2024.05",
         "text": "Gave an invited talk on lattice sampling at Example University."},
    ],
    ensure_ascii=False,
)  # fmt: skip
EXPECTED = [
    ("Our paper on lattice sampling was accepted to ICML 2025", "2025-03", "month", "paper"),
    ("I started a one-year visit at the Example Institute", "2024-10", "month", "position"),
    ("Gave an invited talk on lattice sampling at Example University", "2024-05", "month", "talk"),
]


def home(placeholder: str = '<li class="muted">Loading…</li>', script: str = "") -> str:
    return (
        "<!DOCTYPE html>\n<html><head><title>Ana</title></head><body>\n"
        "<h1>Ana</h1><p>I study lattices.</p>\n"
        f'<section id="news"><h2>News</h2>\n<ul id="news-list">{placeholder}</ul>\n</section>\n'
        f"{script}</body></html>\n"
    )


HELPER_JS = (
    "async function loadJSON(url) {\n  const res = await fetch(url);\n  return res.json();\n}\n"
    "async function initNews() {\n  const data = await loadJSON('./data/news.json');\n"
    "  document.getElementById('news-list').innerHTML = data.map(show).join('');\n}\n"
)
LOADED = {
    "a helper of the site's script file": {
        "index.html": home(script='<script src="assets/app.js"></script>\n'),
        "assets/app.js": HELPER_JS,
        "data/news.json": NEWS_JSON,
    },
    "fetch in the page": {
        "index.html": home(
            "<li>Loading news...</li>",
            "<script>fetch('data/news.json').then(r => r.json()).then(fill);</script>\n",
        ),
        "data/news.json": NEWS_JSON,
    },
    "getJSON of a root-relative file, an object with items": {
        "index.html": home(
            "<li>Loading...</li>",
            '<script>$.getJSON("/news.json", function (d) { fill(d.items); });</script>\n',
        ),
        "news.json": json.dumps({"items": json.loads(NEWS_JSON)}),
    },
}


@pytest.mark.parametrize("case", LOADED, ids=list(LOADED))
def test_the_json_a_script_loads_is_the_news(tmp_path: Path, case: str) -> None:
    items, _ = listed(write(tmp_path / "site", LOADED[case]))
    assert summary(items) == EXPECTED


def test_a_json_file_without_news_entries_is_not_the_news(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            "index.html": home(
                "<li><b>Mar 2025</b> Gave a seminar on lattices.</li>",
                "<script>fetch('data/news.json').then(r => r.json()).then(fill);</script>\n",
            ),
            "data/news.json": json.dumps({"updated": "2025-03-01", "count": 3}),
        },
    )
    items, _ = listed(site)
    assert summary(items) == [("Gave a seminar on lattices", "2025-03", "month", "talk")]


@pytest.mark.parametrize(
    "placeholder",
    ["<li>Loading…</li>", '<li class="muted small">Loading news...</li>', "<li>No news yet.</li>"],
)
def test_a_placeholder_is_never_news(tmp_path: Path, placeholder: str) -> None:
    script = "<script>fetch('https://api.example.org/news.json').then(fill);</script>\n"
    site = write(tmp_path / "site", {"index.html": home(placeholder, script)})
    result = feeds(
        "list", "--json", "--content", str(site), "--now", "2026-11-26",
        "--site-url", "https://ana.example.org/",
    )  # fmt: skip
    assert result.returncode == 1  # a news list with no items is an error, never a placeholder
    assert "placeholder" in result.stderr
    assert "Loading" not in result.stdout and "No news yet" not in result.stdout


def test_a_placeholder_among_real_items_is_left_out(tmp_path: Path) -> None:
    placeholder = "<li><b>Mar 2025</b> Gave a seminar on lattices.</li><li>Loading more…</li>"
    items, _ = listed(write(tmp_path / "site", {"index.html": home(placeholder)}))
    assert summary(items) == [("Gave a seminar on lattices", "2025-03", "month", "talk")]
