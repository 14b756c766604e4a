"""distill built into the site's root (``output_dir: "."``, scan26 cause D): the built
``posts/`` beside ``_posts/`` is no source; ``listing: posts`` is still the ``_posts/``
documents. A site written here in our own words; expectations written from the input.
"""

from __future__ import annotations

import json
from pathlib import Path

from .cli_run import feeds
from .hugo_sites import write

NOW = "2026-11-26"
SITE = "https://example.github.io/"


def listed(site: Path):
    ran = feeds("list", "--json", "--now", NOW, "--site-url", SITE, "--content", str(site))
    return ran, (json.loads(ran.stdout) if ran.returncode == 0 else [])


# ---------------------------------------------------------------- distill in the root

DISTILL_POST = """
---
title: "{title}"
description: |
  {words}
date: {date}
output:
  distill::distill_article:
    self_contained: false
---

Some words.
"""


def test_distill_built_into_the_root_reads_the_post_sources(tmp_path: Path) -> None:
    files = {
        "_site.yml": 'name: "lab"\noutput_dir: "."\nnavbar:\n  right:\n'
        '    - text: "News"\n      href: news.html\n',
        "index.Rmd": '---\ntitle: "The Loom Lab"\nsite: distill::distill_website\n---\n\nHi.\n',
        "news.Rmd": '---\ntitle: "News"\nsite: distill::distill_website\nlisting: posts\n---\n',
        "_posts/2025-03-02-grant/grant.Rmd": DISTILL_POST.format(
            title="A grant for the loom", words="We won it.", date="2025-03-02"
        ),
        "_posts/2024-11-05-talk/talk.Rmd": DISTILL_POST.format(
            title="Invited talk at the Weaving Seminar", words="Slides soon.", date="11-05-2024"
        ),
        # what distill built beside them: HTML only
        "posts/2025-03-02-grant/index.html": "<html><body><h1>A grant</h1></body></html>\n",
        "posts/2024-11-05-talk/index.html": "<html><body><h1>Talk</h1></body></html>\n",
        "posts/posts.json": "[]\n",
        "news.html": '<html><body><div class="posts-list"><h1>News</h1></div></body></html>\n',
        "index.html": "<html><body><h1>The Loom Lab</h1></body></html>\n",
    }
    ran, items = listed(write(tmp_path / "site", files))
    assert ran.returncode == 0, ran.stderr
    assert [(i["title"], i["start"], i["type"]) for i in items] == [
        ("A grant for the loom", "2025-03-02", "award"),
        ("Invited talk at the Weaving Seminar", "2024-11-05", "talk"),
    ]
    assert [i["links"][0]["url"] for i in items] == [
        SITE + "posts/2025-03-02-grant/",
        SITE + "posts/2024-11-05-talk/",
    ]
