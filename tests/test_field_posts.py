"""A plain page whose empty news box a script fills from a Markdown news file that keeps
each post as a ``##`` heading over ``Key: value`` field lines (``Date:`` among them) and
an HTML or Markdown body; the script fetches an address it keeps in a variable
(``fetch(indexPath)`` after ``return './news/news.md'``). Each post is one item dated by
its ``Date:``; the field lines are never words of an item. Sites are written in our own
words; expectations are written here from the input.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import listed, summary, write

HOME = (
    "<!DOCTYPE html>\n<html><head><title>Ana Lab</title></head><body>\n"
    '<section id="news"><h2>Latest News</h2><ul id="news-box"></ul></section>\n'
    '<script src="./js/loader.js" defer></script>\n</body></html>\n'
)
LOADER = """
function indexPath(base) {
    if (base.includes('news/posts')) { return './news/news.md'; }
    return './news.md';
}
async function load(base) {
    const response = await fetch(indexPath(base), { cache: 'no-store' });
    return response.text();
}
"""
FIELD_NEWS = """
# Ana Lab News

Edit this file: each post starts with `##`, then field lines, then its body.

## Mia wins the best poster award
ID: poster-2026
Date: 2026-05-24
Image: ../img/poster.jpg
Image Width: 30%

<p>Mia won the best poster award at the Example Symposium.</p>

## Our paper on sparse solvers is accepted at ExConf
ID: exconf-2026
Date: 2026-03-02
Image:

Our paper on sparse solvers is accepted at [ExConf](https://exconf.example.org/).
"""
EXPECTED = [
    ("Mia wins the best poster award", "2026-05-24", "day", "award"),
    ("Our paper on sparse solvers is accepted at ExConf", "2026-03-02", "day", "paper"),
]
SITES = {
    "fetch of an address held in a variable": {
        "index.html": HOME,
        "js/loader.js": LOADER,
        "news/news.md": FIELD_NEWS,
    },
    "the news file given as the content": {"index.md": FIELD_NEWS},
}


@pytest.mark.parametrize("case", SITES, ids=list(SITES))
def test_each_heading_over_a_date_field_is_one_item(tmp_path: Path, case: str) -> None:
    items, _ = listed(write(tmp_path / "site", SITES[case]))
    assert summary(items) == EXPECTED
    words = " ".join(i["title"] + " " + str(i.get("note")) for i in items)
    for field in ("ID:", "poster-2026", "Image", "30%", "../img/poster.jpg"):
        assert field not in words


NOT_FIELD_POSTS = {  # read as written: one dated list item, no field posts
    "one heading over a Date: field": (
        "# News\n\n- **May 2026** Gave a talk at Example University.\n\n"
        "## A note\nDate: 2026-05-24\n\nWords.\n"
    ),
}


@pytest.mark.parametrize("case", NOT_FIELD_POSTS, ids=list(NOT_FIELD_POSTS))
def test_a_single_field_heading_is_not_a_list_of_posts(tmp_path: Path, case: str) -> None:
    items, _ = listed(write(tmp_path / "site", {"index.md": NOT_FIELD_POSTS[case]}))
    assert summary(items)[0] == (
        "Gave a talk at Example University",
        "2026-05",
        "month",
        "talk",
    )
