"""Jekyll posts kept in a folder's ``_posts/`` (``updates/_posts/2025-06-02-x.md``): Jekyll
reads the posts of every such folder as it reads the site's own ``_posts/``, the folder's
name becoming one of each post's categories (first in its permalink). A page that loops
over ``site.posts`` shows them all; one that loops over ``site.categories.<folder>``
shows that folder's. Sites written in our own words; ``feeds list --json`` read back.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

from .site_listing import write

URL = "https://tide.example.org"
HOME = "---\ntitle: Tide project\n---\nWe model tides.\n\n# Updates\n\n"
POSTS = {
    "updates/_posts/2025-06-02-kickoff.md": "---\ntitle: Kickoff meeting in Kiel\n"
    "date: 2025-06-02\n---\nThe partners met in Kiel.\n",
    "updates/_posts/2025-09-15-buoys.md": "---\ntitle: First buoys in the water\n---\nDone.\n",
    "recipes/_posts/2025-07-01-soup.md": "---\ntitle: Seaweed soup\n---\nA recipe.\n",
}
KIEL = ("2025-06-02", "Kickoff meeting in Kiel", "/updates/2025/06/02/kickoff.html")
BUOYS = ("2025-09-15", "First buoys in the water", "/updates/2025/09/15/buoys.html")
SOUP = ("2025-07-01", "Seaweed soup", "/recipes/2025/07/01/soup.html")

CASES = {
    "the homepage loops over site.posts: every folder's posts": (
        {"index.md": HOME + "{% for p in site.posts limit:5 %}{{ p.title }}{% endfor %}\n"},
        [BUOYS, SOUP, KIEL],
    ),
    "a news page loops over the folder's category, through an include": (
        {
            "index.md": "---\ntitle: Tide project\n---\nWe model tides.\n",
            "news.md": "---\ntitle: News\n---\n# News\n\n{% include cards.html %}\n",
            "_includes/cards.html": "{% for p in site.categories.updates %}<div>{{ p.title }}"
            "</div>{% endfor %}\n",
        },
        [BUOYS, KIEL],
    ),
}


@pytest.mark.parametrize("pages, want", CASES.values(), ids=CASES.keys())
def test_posts_of_a_folders_posts_folder(tmp_path: Path, pages: dict, want: list) -> None:
    site = write(tmp_path, {"_config.yml": "title: Tide\n", **POSTS, **pages})
    args = ["list", "--json", "--content", str(site), "--now", "2026-11-26", "--site-url", URL]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    got = [(i["start"], i["title"], i["links"][0]["url"]) for i in json.loads(result.stdout)]
    assert got == [(start, title, URL + path) for start, title, path in want]


def test_folders_jekyll_skips_hold_no_posts(tmp_path: Path) -> None:
    """``_site/`` (the built site) and ``node_modules/`` are never read for posts."""
    pages = {"index.md": HOME + "{% for p in site.posts %}{{ p.title }}{% endfor %}\n"}
    skipped = {
        "_site/_posts/2025-01-01-old.md": "---\ntitle: Built copy\n---\nx\n",
        "node_modules/_posts/2025-01-02-pkg.md": "---\ntitle: Package file\n---\nx\n",
    }
    site = write(tmp_path, {"_config.yml": "title: Tide\n", **POSTS, **pages, **skipped})
    args = ["list", "--json", "--content", str(site), "--now", "2026-11-26", "--site-url", URL]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    titles = {i["title"] for i in json.loads(result.stdout)}
    assert titles == {"Kickoff meeting in Kiel", "First buoys in the water", "Seaweed soup"}
