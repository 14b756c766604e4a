"""Hugo news kept as the page resources of a headless bundle (scan30 B1): the news
section holds ``items/index.md`` with ``headless: true``, and each Markdown file beside
it is one entry (``date:``, ``title:`` else ``description:``, ``link:``), shown by a
partial that walks ``(site.GetPage "news/items").Resources.ByType "page"``. Sites are
written here in our own words; expectations are written from the input.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import listed, write

CONFIG = 'baseURL = "https://ana.example.org/"\ntitle = "Pond Lab"\n'
PARTIAL = (
    "<h4>Recent News</h4>\n"
    '{{ $items := site.GetPage "news/items" }}\n'
    '{{ range first 5 ($items.Resources.ByType "page") }}\n'
    '<p>{{ .Date.Format "Jan 2006" }} {{ .Params.description }}</p>\n{{ end }}\n'
)
BASE = {
    "hugo.toml": CONFIG,
    "content/_index.md": "---\ntitle: Pond Lab\n---\nWe study ponds.\n",
    "content/news/_index.md": "---\ntitle: News\n---\n",
    "content/news/items/index.md": "---\nheadless: true\ntype: news\n---\n",
    "layouts/index.html": '{{ partial "news.html" . }}\n',
    "layouts/partials/news.html": PARTIAL,
}

# (the entry's front matter, the item expected: title, start, first link or None)
ENTRIES = [
    (
        'date: 2025-09-01\ndescription: "Our new lab website is online!"\n'
        'link: "https://pond.example.org/"\n',
        ("Our new lab website is online", "2025-09-01", "https://pond.example.org/"),
    ),
    (
        "date: 2024-05-02\ndescription: Mia joined us as a PhD student.\n",
        ("Mia joined us as a PhD student", "2024-05-02", None),
    ),
    (
        "title: Best poster award at the Lake Meeting\ndate: 2025-03-14\n"
        "description: The poster on duckweed won.\n",
        ("Best poster award at the Lake Meeting", "2025-03-14", None),
    ),
]


@pytest.mark.parametrize(("front", "expected"), ENTRIES)
def test_each_file_beside_the_headless_index_is_one_entry(
    tmp_path: Path, front: str, expected: tuple
) -> None:
    site = write(tmp_path, {**BASE, "content/news/items/one-entry.md": f"---\n{front}---\n"})
    items, _ = listed(site)
    assert [(i["title"], i["start"]) for i in items] == [expected[:2]]
    links = [link["url"] for link in items[0]["links"]]
    assert (links[0] if links else None) == expected[2]


def test_all_the_entries_newest_first_and_no_draft(tmp_path: Path) -> None:
    files = {
        f"content/news/items/e{n}.md": f"---\n{front}---\n" for n, (front, _) in enumerate(ENTRIES)
    }
    files["content/news/items/draft.md"] = (
        "---\ndate: 2026-01-01\ndescription: Soon.\ndraft: true\n---\n"
    )
    items, _ = listed(write(tmp_path, {**BASE, **files}))
    assert [i["start"] for i in items] == ["2025-09-01", "2025-03-14", "2024-05-02"]


def test_a_bundle_that_is_not_headless_keeps_its_files_as_resources(tmp_path: Path) -> None:
    files = {
        **BASE,
        "content/news/items/index.md": "---\ntitle: Items\ndate: 2024-01-01\n---\nA page.\n",
        "content/news/items/e0.md": f"---\n{ENTRIES[0][0]}---\n",
    }
    items, _ = listed(write(tmp_path, files))
    assert "Our new lab website is online" not in [i["title"] for i in items]
