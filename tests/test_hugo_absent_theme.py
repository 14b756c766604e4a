"""A Hugo site whose theme is not in its repository (a submodule not checked out, a Hugo
Module) and whose own layouts do not show the news: its news data file is read directly,
as many entries as the config gives that homepage section. Sites written for these tests;
items read back from ``feeds list --json``."""

from __future__ import annotations

from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import build, listed, write

NEWS = """items:
  - date: "2026-03"
    detail: "**Keynote** at the Widget Resilience Forum in Porto."
    badges: ["Talk"]

  - date: "2025-11"
    detail: "Joined the review panel of the Widget Standards Board."

  - date: "2025-06"
    detail: "Our report on shaded streets is out."
"""
PUBLICATIONS = (
    'items:\n  - date: "2026-01"\n    detail: "Doe, A. **Cool Widgets**. Widget Journal."\n'
)
SITE = 'baseURL = "https://ana.example.org/"\ntitle = "Ana"\n'
RESUME = '---\ntitle: "Resume"\n---\nWidget engineer since 2015.\n'
SECTION = '[params.homepage]\n  sections = ["news", "research"]\n'

# the config's theme lines, and files that stand for the absent theme
ABSENT_THEMES = {
    "a submodule not checked out": ('theme = "celadon"\n', {"themes/celadon/.keep": ""}),
    "no themes folder at all": ('theme = ["celadon"]\n', {}),
    "a Hugo Module as the theme": ('theme = "github.com/someone/hugo-celadon"\n', {}),
    "module imports": ('[module]\n[[module.imports]]\npath = "github.com/someone/celadon"\n', {}),
}


@pytest.mark.parametrize("case", ABSENT_THEMES)
def test_the_news_data_file_of_a_site_whose_theme_is_absent(tmp_path: Path, case: str) -> None:
    theme, files = ABSENT_THEMES[case]
    site = write(
        tmp_path / "site",
        {"hugo.toml": theme + SITE + SECTION, "data/news.yaml": NEWS,
         "content/resume.md": RESUME, "data/research.yaml": PUBLICATIONS,
         "layouts/_default/baseof.html": "<main/>", **files},
    )  # fmt: skip
    items, _ = listed(site)
    assert [(i["start"], i["line"]) for i in items] == [
        ("2026-03", 2),
        ("2025-11", 6),
        ("2025-06", 9),
    ]
    assert "Widget Resilience Forum" in items[0]["title"] and items[0]["type"] == "talk"
    ran = build(site, tmp_path / "out")
    assert ran.returncode == 0, ran.stderr
    assert (
        "news read directly from news.yaml" in ran.stderr and "not in the repository" in ran.stderr
    )


# the homepage section's settings → the entries read (data/news.yaml's first ones)
LIMITS = {
    "limit": ('[params.homepage.news]\n  layout = "news"\n  limit = 2\n', 2),
    "count": ("[params.news]\n  count = 1\n", 1),
    "a limit above the list": ("[params.homepage.news]\n  limit = 5\n", 3),
    "another section's limit": ("[params.homepage.research]\n  limit = 1\n", 3),
}


@pytest.mark.parametrize("case", LIMITS)
def test_the_config_limit_of_the_news_section_is_honoured(tmp_path: Path, case: str) -> None:
    settings, count = LIMITS[case]
    site = write(
        tmp_path / "site",
        {
            "hugo.toml": 'theme = "celadon"\n' + SITE + settings,
            "data/news.yaml": NEWS,
            "content/resume.md": RESUME,
        },  # fmt: skip
    )
    items, _ = listed(site)
    assert [i["start"] for i in items] == ["2026-03", "2025-11", "2025-06"][:count]


# the theme is there, or the site's own layout shows the news: not read directly
NOT_ABSENT = {
    "the theme's layouts are checked out": {
        "themes/celadon/layouts/index.html": "{{ range site.Data.research.items }}{{ end }}"
    },
    "no theme named": {"hugo.toml": SITE},
}


@pytest.mark.parametrize("case", NOT_ABSENT)
def test_no_news_read_when_the_theme_is_present(tmp_path: Path, case: str) -> None:
    files = {"hugo.toml": 'theme = "celadon"\n' + SITE, "data/news.yaml": NEWS,
             "content/resume.md": RESUME}  # fmt: skip
    site = write(tmp_path / "site", {**files, **NOT_ABSENT[case]})
    ran = feeds("list", "--content", str(site), "--json")
    assert ran.returncode == 1
    assert "no homepage found" in ran.stderr and "Traceback" not in ran.stderr
