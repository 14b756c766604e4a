"""A site whose homepage has no news, but another page of it lists dated lines under
years (a "Research" page: ``## 2024``, then ``- 9 octobre 2024 : …``; issue 8, corpus
c3): when the site has no news anywhere else, that page is read as the news and ``-v``
names it. A page of publications dated by bare years, or of CV ranges, is never taken
for news: the site without news stays an error. Written in our own words; expectations
written here from the input and checked with the json parser.
"""

from __future__ import annotations

from pathlib import Path

from .cli_run import feeds
from .hugo_sites import build, listed, write

HOME = "---\nlayout: about\npermalink: /\n---\n\nI study widgets and gears.\n"
RESEARCH = """---
layout: page
title: research
permalink: /research/
---

## 2024

- 9 octobre 2024 : Présentation d'un poster au laboratoire Widget.
- 7 mars 2024 : Journée d'échange avec les doctorants du Gear Lab.
- De février à mai 2024 : Séjour de recherche au Cog Institute.

## 2023

- 19 déc. 2023 : Exposé sur les engrenages au séminaire Sprocket.
- 14 sept. 2023 : Poster sur les roues dentées à la journée Widget.
"""
PUBLICATIONS = """---
title: publications
permalink: /publications/
---

## 2024

- Widgets in the wild. Journal of Gears, 2024.
- Sprockets revisited. Cog Letters, 2024.
- A survey of cogs. Widget Review, 2024.
"""


def _site(root: Path, files: dict[str, str]) -> Path:
    return write(root, {"_config.yml": "title: A. Person\n", "_pages/about.md": HOME, **files})


def test_a_page_of_dated_lines_under_years_is_the_news(tmp_path):
    site = _site(tmp_path / "site", {"_pages/research.md": RESEARCH})
    items, _ = listed(site)
    assert [(i["title"], i["start"], i["end"]) for i in items] == [
        ("Présentation d'un poster au laboratoire Widget", "2024-10-09", None),
        ("Journée d'échange avec les doctorants du Gear Lab", "2024-03-07", None),
        ("Séjour de recherche au Cog Institute", "2024-02", "2024-05"),
        ("Exposé sur les engrenages au séminaire Sprocket", "2023-12-19", None),
        ("Poster sur les roues dentées à la journée Widget", "2023-09-14", None),
    ]
    ran = build(site, tmp_path / "out")
    assert ran.returncode == 0, ran.stderr
    assert "research.md: info: news read from this page: the homepage" in ran.stderr


def test_a_page_of_publications_is_no_news(tmp_path):
    site = _site(tmp_path / "site", {"_pages/publications.md": PUBLICATIONS})
    ran = feeds("list", "--json", "--content", str(site), "--now", "2026-01-01")
    assert ran.returncode == 1
    assert "no news found" in ran.stderr
    assert "Traceback" not in ran.stderr
