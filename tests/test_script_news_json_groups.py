"""A hand-written ``index.html`` whose news box is empty and filled by a script from a JSON
file of the site, in the shapes people keep it (issue 8, c22 cause F): year groups whose
entries carry the month as HTML opening their text (``{"year": "2026", "items":
[{"type": "Award", "htmltext": "<strong>Jun.</strong> Won …"}]}``), also ``Sept.`` and
``May.``; entries with ``html`` or ``content`` words; a flat list of ``{date, title}``.
The JSON is read when the page's script names it (``Site.load("./data/news.json", …)``
in ``js/news.js``), or, with no script naming any file, when one ``data/news.json`` sits
beside the page. Sites written in our own words; items read back with json.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import listed, summary, write


def home(script: str = '<script src="./js/news.js"></script>\n') -> str:
    return (
        "<!DOCTYPE html>\n<html><head><title>Ana</title></head><body>\n"
        "<h1>Ana</h1><p>I study ponds.</p>\n"
        '<section id="news" class="section" hidden><h2>News</h2>\n'
        '<div id="news-container" data-limit="5"></div>\n</section>\n'
        f"{script}</body></html>\n"
    )


NEWS_JS = (
    "function item({ type, htmltext }) { const li = document.createElement('li');\n"
    "  li.innerHTML = htmltext; return li; }\n"
    'Site.load("./data/news.json", "news-container", (box, years) => {\n'
    "  years.forEach(({ year, items }) => items.forEach((i) => box.appendChild(item(i))));\n"
    "});\n"
)
GROUPS = [
    {
        "year": "2026",
        "items": [
            {"type": "Award", "htmltext": "<strong>Jun.</strong> Won the Blue Pond Fellowship!"},
            {
                "type": "Talk",
                "htmltext": "<strong>Mar.</strong> Presented our poster at the "
                "<a href='https://example.org/forum'>Civic Pond Forum</a>.",
            },
        ],
    },
    {
        "year": "2025",
        "items": [
            {"type": "General", "htmltext": "<strong>Sept.</strong> Started a PhD at Lake U."},
            {"type": "Publication", "htmltext": "<b>May.</b> Paper accepted at Pond Letters!"},
        ],
    },
]
EXPECTED = [
    ("Won the Blue Pond Fellowship", "2026-06", "month", "award"),
    ("Presented our poster at the Civic Pond Forum", "2026-03", "month", "talk"),
    ("Started a PhD at Lake U", "2025-09", "month", "position"),
    ("Paper accepted at Pond Letters", "2025-05", "month", "paper"),
]
FLAT = [
    {"date": "2026-06", "html": "<em>Won</em> the Blue Pond Fellowship!"},
    {"date": "2026-03-14", "content": "Presented our poster at the Civic Pond Forum."},
    {"date": "2025-09", "title": "Started a PhD at Lake U."},
]
FLAT_EXPECTED = [
    ("Won the Blue Pond Fellowship", "2026-06", "month", "award"),
    ("Presented our poster at the Civic Pond Forum", "2026-03-14", "day", "talk"),
    ("Started a PhD at Lake U", "2025-09", "month", "position"),
]

MONTHS = [
    {"year": 2026, "items": [{"month": "Jun", "text": "Won the Blue Pond Fellowship!"},
                             {"month": 3, "day": 14, "text": "Presented our poster at the "
                              "Civic Pond Forum."}]},
    {"year": 2025, "items": [{"month": "September", "text": "Started a PhD at Lake U."}]},
]  # fmt: skip
MONTHS_EXPECTED = [
    ("Won the Blue Pond Fellowship", "2026-06", "month", "award"),
    ("Presented our poster at the Civic Pond Forum", "2026-03-14", "day", "talk"),
    ("Started a PhD at Lake U", "2025-09", "month", "position"),
]

SITES = {
    "year groups whose entries name their month (and day)": (
        {"index.html": home(), "js/news.js": NEWS_JS, "data/news.json": json.dumps(MONTHS)},
        MONTHS_EXPECTED,
    ),
    "year groups, the month in <strong>, named by the site's script": (
        {"index.html": home(), "js/news.js": NEWS_JS, "data/news.json": json.dumps(GROUPS)},
        EXPECTED,
    ),
    "year groups fetched by the page itself": (
        {
            "index.html": home("<script>fetch('data/news.json').then(show);</script>\n"),
            "data/news.json": json.dumps(GROUPS),
        },
        EXPECTED,
    ),
    "a flat list of {date, html|content|title}": (
        {"index.html": home(), "js/news.js": NEWS_JS, "data/news.json": json.dumps(FLAT)},
        FLAT_EXPECTED,
    ),
    "no script names a file: the one data/news.json beside the page": (
        {
            "index.html": home('<script src="./js/main.js"></script>\n'),
            "js/main.js": "const base = './data/'; load(base + name + '.json');\n",
            "data/news.json": json.dumps(GROUPS),
        },
        EXPECTED,
    ),
}


@pytest.mark.parametrize("case", SITES)
def test_the_json_the_empty_box_shows_is_the_news(tmp_path: Path, case: str) -> None:
    files, expected = SITES[case]
    items, _ = listed(write(tmp_path / "site", files))
    assert summary(items) == expected


def test_without_such_a_file_the_empty_box_stays_an_error(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            "index.html": home('<script src="./js/main.js"></script>\n'),
            "js/main.js": "load(base + name + '.json');\n",
            "data/people.json": json.dumps([{"name": "Ana", "role": "PhD student"}]),
        },
    )
    result = feeds("list", "--json", "--content", str(site), "--now", "2026-11-26")
    assert result.returncode == 1
    assert "yields no items" in result.stderr
    assert "Traceback" not in result.stderr
