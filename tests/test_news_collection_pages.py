"""A news PAGE kept in the ``_news/`` collection folder (issue 8, corpus C9 cause B): a
document with no ``date:``, a ``permalink`` or page ``layout`` and a list of dated entries
under year headings is read as a news page (one item per entry), not as one undated
announcement titled by the page; dated announcements beside it stay one item each, and
the homepage's own list is kept. Sites written here in our own words, read back as JSON."""

from __future__ import annotations

from pathlib import Path

import pytest

from .site_listing import listed as listed_at
from .site_listing import opened, write

SITE = "https://group.example.org/"
CONFIG = "title: Example Group\ncollections:\n  news:\n    output: true\n"
HOME = "---\nlayout: single\ntitle: Home\npermalink: /\n---\n\nWe study looms.\n"

PAGES = {
    "archive layout, html year headings, bullets": (
        '---\nlayout: archive\ntitle: "Group News"\npermalink: /news/\n'
        "collection: news\n---\n\n<p>Latest news of the group.</p>\n\n<h3>2025</h3>\n\n"
        "- Oct 16, 2025: Ada joins the editorial board of the Example Journal.\n"
        "- Sep 8, 2025: Two new students join the group.\n\n<h3>2024</h3>\n\n"
        "- Mar 3, 2024: Gave an invited talk at the Example Society.\n"
    ),
    "a permalink only, markdown year headings": (
        "---\ntitle: Updates\npermalink: /updates/\n---\n\n## 2025\n\n"
        "* **Oct 16, 2025** Ada joins the editorial board of the Example Journal.\n"
        "* **Sep 8, 2025** Two new students join the group.\n\n## 2024\n\n"
        "* **Mar 3, 2024** Gave an invited talk at the Example Society.\n"
    ),
    "page layout, html list, chinese dates": (
        "---\nlayout: page\ntitle: 课题组动态\n---\n\n<h3>2025</h3>\n\n<ul>\n"
        "<li>10 月 16 日，Ada joins the editorial board of the Example Journal.</li>\n"
        "<li>9 月 8 日，Two new students join the group.</li>\n</ul>\n\n<h3>2024</h3>\n\n"
        "<ul>\n<li>3 月 3 日，Gave an invited talk at the Example Society.</li>\n</ul>\n"
    ),
}
EXPECTED = [
    ("Ada joins the editorial board", "2025-10-16"),
    ("Two new students join the group", "2025-09-08"),
    ("Gave an invited talk at the Example Society", "2024-03-03"),
]
ANNOUNCEMENT = (
    "---\nlayout: post\ndate: 2026-02-01\ninline: true\n---\n\n"
    "Our paper on looms appears in Example Letters.\n"
)


def listed(site: Path) -> list[tuple[str, str]]:
    return listed_at(site, SITE)


@pytest.mark.parametrize("page", PAGES.values(), ids=PAGES.keys())
def test_a_news_page_in_the_collection_gives_one_item_per_entry(tmp_path: Path, page: str) -> None:
    site = write(tmp_path, {"_config.yml": CONFIG, "_pages/about.md": HOME, "_news/news.md": page})
    assert opened(listed(site), EXPECTED)


@pytest.mark.parametrize("page", PAGES.values(), ids=PAGES.keys())
def test_announcements_beside_it_stay_one_item_each(tmp_path: Path, page: str) -> None:
    files = {"_config.yml": CONFIG, "_pages/about.md": HOME, "_news/news.md": page}
    site = write(tmp_path, {**files, "_news/2026-02-01-paper.md": ANNOUNCEMENT})
    assert opened(listed(site), [("Our paper on looms appears", "2026-02-01"), *EXPECTED])


def test_the_homepage_list_and_the_collection_page_are_merged(tmp_path: Path) -> None:
    home = HOME + "\n## News\n\n- **Nov 2, 2025**: Ada joins the editorial board of the X.\n"
    files = {"_config.yml": CONFIG, "_pages/about.md": home}
    site = write(tmp_path, {**files, "_news/news.md": next(iter(PAGES.values()))})
    assert opened(
        listed(site), [("Ada joins the editorial board of the X", "2025-11-02"), *EXPECTED]
    )


UNDATED_ANNOUNCEMENTS = {
    "no layout or permalink": "---\ntitle: Lists\n---\n\n- one entry\n- another entry\n",
    "a single entry": "---\nlayout: page\npermalink: /one/\n---\n\n- Only one entry here.\n",
}


@pytest.mark.parametrize("text", UNDATED_ANNOUNCEMENTS.values(), ids=UNDATED_ANNOUNCEMENTS.keys())
def test_other_undated_documents_stay_one_announcement(tmp_path: Path, text: str) -> None:
    files = {"_config.yml": CONFIG, "_pages/about.md": HOME, "_news/note.md": text}
    assert len(listed(write(tmp_path, files))) == 1
