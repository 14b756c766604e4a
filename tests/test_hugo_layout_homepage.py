"""A Hugo site whose homepage is its layout alone (issue 8): no ``content/_index.md``,
and ``layouts/index.html`` (or a partial it includes, or the theme's home layout) ranges
over ``data/news.yaml``. That data file is the news. Sites written for these tests;
items read back from ``feeds list --json`` and the Atom feed with feedparser."""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest

from .cli_run import feeds
from .hugo_sites import build, listed, summary, write

CONFIG = 'baseURL = "https://ana.example.org/"\ntitle = "Ana"\ntheme = "Paper"\n'
ABOUT = '---\ntitle: "About me"\n---\nI am a PhD student.\n'
NEWS = """
- date: "2026-02-10"
  text: "Our paper \\"Widget Nets\\" has been accepted to ICRA 2026!"
- date: "2025-10-01"
  text: "In Lisbon for IROS 2025!"
"""
MONTHS = '{{ (time .date).Format "Jan 2006" }}'
DAYS = '{{ (time .date).Format "January 2, 2006" }}'

# (layout files: path → text), the precision the dates are shown with
LAYOUT_HOMEPAGES = {
    "site.Data in layouts/index.html, months shown": (
        {
            "layouts/index.html": '{{ define "main" }}<h2>News</h2>{{ range sort site.Data.news'
            f' "date" "desc" }}}}<li><time>{MONTHS}</time> {{{{ .text }}}}</li>{{{{ end }}}}'
            "{{ end }}"
        },
        "month",
    ),
    "through a variable, .Site.Data, days shown": (
        {
            "layouts/index.html": "{{ $news := .Site.Data.news }}<h2>Updates</h2><ul>"
            f"{{{{ range $news }}}}<li>{DAYS}: {{{{ .text }}}}</li>{{{{ end }}}}</ul>"
        },
        "day",
    ),
    "in a partial the home layout includes": (
        {
            "layouts/home.html": '{{ define "main" }}{{ partial "news.html" . }}{{ end }}',
            "layouts/partials/news.html": "<h2>News</h2>{{ range first 10 hugo.Data.news }}"
            f"<p>{MONTHS} {{{{ .text }}}}</p>{{{{ end }}}}",
        },
        "month",
    ),
    "the theme's home layout, index form": (
        {
            "themes/Paper/layouts/index.html": '{{ range (index site.Data "news") }}'
            f"<p>{DAYS} {{{{ .text }}}}</p>{{{{ end }}}}",
        },
        "day",
    ),
}


@pytest.mark.parametrize("case", LAYOUT_HOMEPAGES)
def test_a_hugo_layout_homepage_shows_the_news_data_file(tmp_path: Path, case: str) -> None:
    layouts, precision = LAYOUT_HOMEPAGES[case]
    site = write(
        tmp_path / "site",
        {"hugo.toml": CONFIG, "content/about.md": ABOUT, "data/news.yaml": NEWS, **layouts},
    )
    items, _ = listed(site)
    day = precision == "day"
    assert [i[:3] for i in summary(items)] == [
        ('Our paper "Widget Nets" has been accepted to ICRA 2026',
         "2026-02-10" if day else "2026-02", precision),
        ("In Lisbon for IROS 2025", "2025-10-01" if day else "2025-10", precision),
    ]  # fmt: skip
    assert [i["type"] for i in items][0] == "paper"
    assert items[1]["type"] not in ("paper", "talk")
    assert [i["line"] for i in items] == [1, 3]  # the entries of data/news.yaml


def test_a_hugo_layout_homepage_builds_its_feed(tmp_path: Path) -> None:
    layouts = LAYOUT_HOMEPAGES["site.Data in layouts/index.html, months shown"][0]
    site = write(
        tmp_path / "site",
        {"hugo.toml": CONFIG, "content/about.md": ABOUT, "data/news.yaml": NEWS, **layouts},
    )
    ran = build(site, tmp_path / "out")
    assert ran.returncode == 0, ran.stderr
    assert "layouts/index.html" in ran.stderr  # -v says what the homepage is
    feed = feedparser.parse((tmp_path / "out" / "atom.xml").read_bytes())
    assert [e.published_parsed[:2] for e in feed.entries] == [(2026, 2), (2025, 10)]


def test_a_hugo_site_without_a_content_folder_is_its_layout(tmp_path: Path) -> None:
    layouts = LAYOUT_HOMEPAGES["site.Data in layouts/index.html, months shown"][0]
    site = write(tmp_path / "site", {"hugo.toml": CONFIG, "data/news.yaml": NEWS, **layouts})
    items, _ = listed(site)
    assert [(i["start"], i["line"]) for i in items] == [("2026-02", 1), ("2025-10", 3)]


NOT_NEWS_LAYOUTS = {
    "the layout shows another data file": {
        "layouts/index.html": "{{ range site.Data.talks }}<p>{{ .title }}</p>{{ end }}"
    },
    "a layout that is not the homepage's": {
        "layouts/news/list.html": "{{ range site.Data.news }}<p>{{ .text }}</p>{{ end }}"
    },
}


@pytest.mark.parametrize("case", NOT_NEWS_LAYOUTS)
def test_a_hugo_site_whose_homepage_shows_no_news_data_is_an_error(
    tmp_path: Path, case: str
) -> None:
    site = write(
        tmp_path / "site",
        {"hugo.toml": CONFIG, "content/about.md": ABOUT, "data/news.yaml": NEWS,
         **NOT_NEWS_LAYOUTS[case]},
    )  # fmt: skip
    ran = feeds("list", "--content", str(site), "--json")
    assert ran.returncode == 1
    (line,) = [line for line in ran.stderr.splitlines() if line.strip()]
    assert "no homepage found" in line and "layouts/index.html" in line


def test_a_layout_homepage_over_a_missing_data_file_is_an_error(tmp_path: Path) -> None:
    layouts = LAYOUT_HOMEPAGES["site.Data in layouts/index.html, months shown"][0]
    site = write(tmp_path / "site", {"hugo.toml": CONFIG, "content/about.md": ABOUT, **layouts})
    ran = feeds("list", "--content", str(site), "--json")
    assert ran.returncode == 1
    assert "no homepage found" in ran.stderr and "Traceback" not in ran.stderr


# A Hugo news section whose list template shows only data/news.yaml: the section's pages
# are only linked from it (each entry's arrow), not items; a template that also ranges
# over the section's pages, or none at all (the theme's list), keeps them items.
SECTION_PAGE = '+++\ntitle = "Plenary at Widgets 2026"\ndate = 2026-05-18T00:00:00Z\n+++\nHi.\n'
DATA_ONLY = (
    "{{ range hugo.Data.news }}<time>{{ .date }}</time> {{ .text }}"
    ' <a href="{{ .url }}">→</a>{{ end }}'
)
SECTION_TEMPLATES = {
    "the template lists the data file only": ({"layouts/news/list.html": DATA_ONLY}, 1),
    "through a partial": (
        {
            "layouts/section/news.html": '{{ range partial "sorted.html" hugo.Data.news }}'
            "{{ .text }}{{ end }}",
            "layouts/partials/sorted.html": '{{ return sort . "date" "desc" }}',
        },
        1,
    ),
    "the template lists the pages too": (
        {"layouts/news/list.html": DATA_ONLY + "{{ range .RegularPages }}{{ .Title }}{{ end }}"},
        2,
    ),
    "no template: the theme's list shows the pages": ({}, 2),
}


@pytest.mark.parametrize("case", SECTION_TEMPLATES)
def test_section_pages_are_items_only_when_the_news_page_lists_them(
    tmp_path: Path, case: str
) -> None:
    layouts, count = SECTION_TEMPLATES[case]
    data = '- date: "2026-05"\n  text: "Plenary talk at Widgets 2026"\n'
    data += '  url: "/news/widgets-plenary/"\n'
    site = write(
        tmp_path / "site",
        {"hugo.toml": CONFIG, "content/news/_index.md": '+++\ntitle = "Recent updates"\n+++\n',
         "content/news/widgets-plenary.md": SECTION_PAGE, "data/news.yaml": data, **layouts},
    )  # fmt: skip
    items, _ = listed(site)
    assert len(items) == count
    assert items[-1]["start"] == "2026-05" and items[-1]["type"] == "talk"
