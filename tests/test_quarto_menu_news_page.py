"""A Quarto (or R Markdown) site whose homepage has no news and whose news page is
named only in the site's menu (session 25's scan, cause D): ``_quarto.yml``'s
``website: navbar:`` (or ``sidebar:``) entry whose text says news (``What's New``,
``Neuigkeiten``) or whose page is named as news points at the page, wherever it sits
(``updates/index.qmd``). A menu entry that says nothing of news is never followed. Sites
written here in our own words; ``feeds list --json`` is read back with ``json``.
"""

from __future__ import annotations

import json

import pytest

from .cli_run import feeds

NOW = "2026-11-26"

NEWS_PAGE = """\
---
title: "Latest from the project"
---

- **2026-03-14**: Our buoy was redeployed off the northern cape.
- **2025-11-02**: We presented the acoustic survey at the coastal science meeting.
"""

NAVBAR = """\
project:
  type: website
website:
  title: "Coastal Listening"
  navbar:
    left:
      - text: The Team
        href: team/index.qmd
      - text: {text}
        href: {href}
"""

SIDEBAR = """\
project:
  type: website
website:
  title: "Coastal Listening"
  sidebar:
    style: docked
    contents:
      - team/index.qmd
      - section: Project
        contents:
          - text: {text}
            href: {href}
"""

MENU_CASES = {
    "navbar, What's New, a folder's index": (NAVBAR, "What's New", "updates/index.qmd"),
    "navbar, a German word, a page link": (NAVBAR, "Neuigkeiten", "updates/index.html"),
    "sidebar section, its entry says news": (SIDEBAR, "Project news", "updates/index.qmd"),
}


def _site(tmp_path, config: str) -> None:
    (tmp_path / "_quarto.yml").write_text(config, encoding="utf-8")
    (tmp_path / "index.qmd").write_text('---\ntitle: "Home"\n---\n\nWe listen to the sea.\n')
    (tmp_path / "team").mkdir()
    (tmp_path / "team" / "index.qmd").write_text('---\ntitle: "Team"\n---\n\nFour people.\n')
    (tmp_path / "updates").mkdir()
    (tmp_path / "updates" / "index.qmd").write_text(NEWS_PAGE, encoding="utf-8")


def _list(tmp_path):
    return feeds(
        "list", "--json", "--now", NOW, "--content", str(tmp_path),
        "--site-url", "https://example.org/",
    )  # fmt: skip


@pytest.mark.parametrize(("config", "text", "href"), MENU_CASES.values(), ids=MENU_CASES)
def test_the_menu_names_the_news_page(tmp_path, config, text, href):
    _site(tmp_path, config.format(text=text, href=href))
    ran = _list(tmp_path)
    assert ran.returncode == 0, ran.stderr
    items = json.loads(ran.stdout)
    assert [(i["start"], i["line"], i["title"][:20]) for i in items] == [
        ("2026-03-14", 5, "Our buoy was redeplo"),
        ("2025-11-02", 6, "We presented the aco"),
    ]


def test_a_menu_entry_that_is_not_news_is_not_followed(tmp_path):
    _site(tmp_path, NAVBAR.format(text="Field Log", href="updates/index.qmd"))
    ran = _list(tmp_path)
    assert ran.returncode == 1
    assert "no news" in ran.stderr
