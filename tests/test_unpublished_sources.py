"""Files of a checkout that are no source of the site's pages are never read as its news
(fix27scan, scan27 C1 and C3):

- a repository's notes (``CHANGELOG.md`` in Keep-a-Changelog form, dated ``## 2026-08-18``
  headings over bullets) are never the fallback news page of a homepage without news;
- a Quarto project that lists what it renders (``project: render:``) never publishes a file
  outside that list: it is no news page either;
- a rendered ``news/index.html`` committed beside its source ``news/index.qmd`` is Quarto's
  output: the listing of the source is read, once;
- a table's ``Author`` column (Quarto's listing table: Date | Title | Author) names who wrote
  the entry, never part of its title.

Every site is written here in our own words; expectations are written from the input.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.inputs.unpublished import _glob, not_rendered, rendered_copy

from .cli_run import feeds
from .hugo_sites import NOW, listed, write

CHANGELOG = """\
# Changelog

## 2026-08-18

### Added
- Added hero images to the project pages.

## 2026-07-02

### Changed
- Moved the people pages into one folder.

## 2026-05-11

### Fixed
- Fixed the broken links of the footer.
"""
DATED_NOTES = """\
---
title: Notes
---

## Timeline
- 2026-05-02: Our paper on gears was accepted at GEAR 2026.
- 2026-03-15: Gave an invited talk at the Cog Institute.
- 2025-11-20: Received the widget award.
"""
QUARTO_HOME = """\
---
title: "Widget Lab"
---

We study widgets and gears.
"""


def _run(site: Path):
    return feeds(
        "list", "--json", "--content", str(site), "--now", NOW,
        "--site-url", "https://lab.example.org/",
    )  # fmt: skip


def test_a_changelog_is_never_the_fallback_news_page(tmp_path: Path):
    site = write(tmp_path, {"index.md": "---\ntitle: Home\n---\n\nI study widgets.\n",
                            "CHANGELOG.md": CHANGELOG})  # fmt: skip
    ran = _run(site)
    assert ran.returncode == 1
    assert "CHANGELOG" not in ran.stdout
    assert "no news" in ran.stderr


def test_the_same_dated_list_on_a_page_of_the_site_is_read(tmp_path: Path):
    site = write(tmp_path, {"index.md": "---\ntitle: Home\n---\n\nI study widgets.\n",
                            "notes.md": DATED_NOTES})  # fmt: skip
    items, _ = listed(site)
    assert [(i["title"], i["start"]) for i in items] == [
        ("Our paper on gears was accepted at GEAR 2026", "2026-05-02"),
        ("Gave an invited talk at the Cog Institute", "2026-03-15"),
        ("Received the widget award", "2025-11-20"),
    ]


@pytest.mark.parametrize(
    ("render", "read"),
    [
        ('  render:\n    - "*.qmd"\n    - "blog/**/*.qmd"\n', False),  # notes.md not rendered
        ('  render:\n    - "*.qmd"\n    - "notes.md"\n', True),
        ('  render:\n    - "*.md"\n    - "!notes.md"\n', False),
        ("", True),  # no list: Quarto renders every document
    ],
)
def test_a_quarto_page_outside_the_render_list_is_no_news(tmp_path: Path, render, read):
    config = "project:\n  type: website\n" + render + "website:\n  title: Widget Lab\n"
    site = write(tmp_path, {"_quarto.yml": config, "index.qmd": QUARTO_HOME,
                            "notes.md": DATED_NOTES})  # fmt: skip
    ran = _run(site)
    assert (ran.returncode == 0) is read, ran.stderr
    assert ("Received the widget award" in ran.stdout) is read


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("*.qmd", "index.qmd", True),
        ("*.qmd", "people/ana.qmd", True),  # no "/": at any depth
        ("/*.qmd", "people/ana.qmd", False),  # from the root only
        ("blog/**/*.qmd", "blog/posts/2026-01-02-x.qmd", True),
        ("blog/**/*.qmd", "blog/x.qmd", True),
        ("blog/**/*.qmd", "other/blog/x.qmd", False),
        ("examples/**", "examples/a/b.qmd", True),
        ("drafts/", "drafts/a.qmd", True),
        ("people/*.qmd", "people/a/b.qmd", False),
        ("notes.md", "CHANGELOG.md", False),
        ("?otes.md", "notes.md", True),
    ],
)
def test_render_patterns_read_as_quarto_reads_them(pattern, path, matches):
    assert (_glob(pattern).fullmatch(path) is not None) is matches


def test_render_checks_ask_the_project(tmp_path: Path):
    write(tmp_path, {"_quarto.yml": 'project:\n  render: ["*.qmd", "!examples/**"]\n',
                     "a.md": "x\n", "b.qmd": "x\n", "examples/c.qmd": "x\n",
                     "news/index.qmd": "x\n", "news/index.html": "<p>x</p>\n",
                     "about.html": "<p>x</p>\n"})  # fmt: skip
    assert not_rendered(tmp_path / "a.md", tmp_path)
    assert not not_rendered(tmp_path / "b.qmd", tmp_path)
    assert not_rendered(tmp_path / "examples/c.qmd", tmp_path)
    assert rendered_copy(tmp_path / "news/index.html", tmp_path)
    assert not rendered_copy(tmp_path / "about.html", tmp_path)  # no source beside it
    assert not rendered_copy(tmp_path / "news/index.qmd", tmp_path)


def test_no_render_check_without_a_quarto_project(tmp_path: Path):
    write(tmp_path, {"news.md": "x\n", "news.html": "<p>x</p>\n"})
    assert not not_rendered(tmp_path / "news.md", tmp_path)
    assert not rendered_copy(tmp_path / "news.html", tmp_path)


LISTING_PAGE = """\
---
title: "News"
listing:
  contents: "*/index.qmd"
  sort: "date desc"
  type: table
  categories: false
---
"""
POSTS = {
    "news/2025-05-07-farewell/index.qmd": (
        '---\ntitle: "Farewell to our founder"\nauthor: "Ines Varga, Widget University"\n'
        'date: "2025-05-07"\n---\n\nWords.\n'
    ),
    "news/2024-10-04-council/index.qmd": (
        '---\ntitle: "Council elected"\nauthor: "The Council"\ndate: "2024-10-04"\n---\n\nWords.\n'
    ),
}
RENDERED = """\
<html><body><main>
<h1 class="title">News</h1>
<table class="quarto-listing-table table">
<thead><tr><th><a class="sort">Date</a></th><th><a class="sort">Title</a></th>
<th><a class="sort">Author</a></th></tr></thead>
<tbody class="list">
<tr><td><span class="listing-date">May 7, 2025</span></td>
<td><a href="../news/2025-05-07-farewell/index.html"
 class="title listing-title">Farewell to our founder</a></td>
<td><span class="listing-author">Ines Varga, Widget University</span></td></tr>
<tr><td><span class="listing-date">Oct 4, 2024</span></td>
<td><a href="../news/2024-10-04-council/index.html"
 class="title listing-title">Council elected</a></td>
<td><span class="listing-author">The Council</span></td></tr>
</tbody></table>
</main></body></html>
"""


def test_a_rendered_listing_beside_its_source_is_not_read(tmp_path: Path):
    site = write(tmp_path, {"_quarto.yml": "project:\n  type: website\n  output-dir: docs\n",
                            "index.qmd": QUARTO_HOME, "news/index.qmd": LISTING_PAGE,
                            "news/index.html": RENDERED, **POSTS})  # fmt: skip
    items, ran = listed(site)
    assert [(i["title"], i["start"]) for i in items] == [
        ("Farewell to our founder", "2025-05-07"),
        ("Council elected", "2024-10-04"),
    ]
    assert "news/index.html" not in ran.stderr


@pytest.mark.parametrize(
    ("page", "header"),
    [
        ("news.html", "Author"),
        ("news.html", "Authors"),
        ("news.html", "Posted by"),
    ],
)
def test_an_author_column_is_not_part_of_the_title(tmp_path: Path, page, header):
    html = RENDERED.replace(">Author</a>", f">{header}</a>")
    site = write(tmp_path, {page: html})
    items, _ = listed(site / page)
    assert [(i["title"], i["start"]) for i in items] == [
        ("Farewell to our founder", "2025-05-07"),
        ("Council elected", "2024-10-04"),
    ]


def test_a_markdown_table_s_author_column_is_not_its_words(tmp_path: Path):
    page = (
        "## News\n\n| Date | News | Author |\n| --- | --- | --- |\n"
        "| 2026-02-03 | Our lab moved to the new building | Ines Varga |\n"
        "| 2025-12-01 | Won the widget award | The Council |\n"
    )
    site = write(tmp_path, {"index.md": page})
    items, _ = listed(site / "index.md")
    assert [(i["title"], i["start"]) for i in items] == [
        ("Our lab moved to the new building", "2026-02-03"),
        ("Won the widget award", "2025-12-01"),
    ]


def test_a_column_named_otherwise_stays(tmp_path: Path):
    page = (
        "## News\n\n| Date | Event | Speaker |\n| --- | --- | --- |\n"
        "| 2026-02-03 | Seminar on widgets | Ines Varga |\n"
    )
    site = write(tmp_path, {"index.md": page})
    items, _ = listed(site / "index.md")
    assert [i["title"] for i in items] == ["Seminar on widgets Ines Varga"]
