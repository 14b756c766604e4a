"""A Hugo layout that shows only the first entries of a data file (issue 8, c28 cause H):
``{{ range first 4 .Site.Data.news }}`` on the homepage shows a reader those four, in the
file's order; when no other template shows the rest, the rest is news nobody sees and
is not listed. A news page that ranges over the whole file (or a range through ``sort``,
``where`` or a variable, whose cut is not the file's order) shows them all. Sites in our
own words, read back with ``json`` (``feeds list --json``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import listed, summary, write

CONFIG = 'baseURL = "https://ana.example.org/"\ntitle = "Ana"\n'
NEWS = """
- date: "March 2026"
  text: "Joining the Example School as professor of accounting"
- date: "February 2026"
  text: "Our paper on audit fees was accepted for publication"
- date: "November 2025"
  text: "Won a research award for the climate papers"
- date: "September 2025"
  text: "Visiting two universities in the fall"
- date: "June 2025"
  text: "Our paper on text as data was published"
"""
ALL = [
    ("Joining the Example School as professor of accounting", "2026-03", "month", "position"),
    ("Our paper on audit fees was accepted for publication", "2026-02", "month", "paper"),
    ("Won a research award for the climate papers", "2025-11", "month", "award"),
    ("Visiting two universities in the fall", "2025-09", "month", "event"),
    ("Our paper on text as data was published", "2025-06", "month", "paper"),
]


def home(loop: str) -> str:
    return (
        '{{ define "main" }}<h2>News</h2><ul>'
        f"{{{{ {loop} }}}}<li>{{{{ .date }}}}: {{{{ .text }}}}</li>{{{{ end }}}}</ul>"
        "{{ end }}"
    )


CASES = {
    "first 4 on the homepage, nowhere else": (
        {"layouts/index.html": home("range first 4 .Site.Data.news")},
        ALL[:4],
    ),
    "first 3 through site.Data with an index variable": (
        {"layouts/index.html": home("range $i, $n := first 3 site.Data.news")},
        ALL[:3],
    ),
    "first 2 in a partial, first 4 in a shortcode: the most shown": (
        {
            "layouts/index.html": '{{ define "main" }}{{ partial "news.html" . }}{{ end }}',
            "layouts/partials/news.html": home("range (first 2 .Site.Data.news)"),
            "layouts/shortcodes/news.html": home("range first 4 $.Site.Data.news"),
        },
        ALL[:4],
    ),
    "first 4 on the homepage, a news page shows all": (
        {
            "layouts/index.html": home("range first 4 .Site.Data.news"),
            "layouts/news/list.html": home("range .Site.Data.news"),
        },
        ALL,
    ),
    "first 4 of a sorted list: not the file's order, all read": (
        {"layouts/index.html": home('range first 4 (sort .Site.Data.news "date" "desc")')},
        ALL,
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_a_layout_showing_the_first_entries_shows_those(tmp_path: Path, case: str) -> None:
    layouts, expected = CASES[case]
    site = write(tmp_path / "site", {"hugo.toml": CONFIG, "data/news.yaml": NEWS, **layouts})
    items, _ = listed(site)
    assert summary(items) == expected
