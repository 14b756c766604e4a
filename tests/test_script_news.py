"""A hand-written homepage whose news a script loads from a file of the site (issue 8,
corpus C6 cause A): ``fetch('content/news.md')``, ``$.get("news.md")``,
``$("#news").load("parts/list.html")``, a call in the site's own ``<script src>`` file.
That file is what a reader sees, so it is read as the news page and ``build -v`` says
so. Files of other sites, outside the site or not named as news are not read. Sites are
written in our own words; items are read back with ``json`` (``feeds list --json``) and
expectations are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import build, listed, summary, write

NEWS_MD = """
# Recent News
- **03/2026.** Gave a seminar on sparse solvers at Example University.
# Old News
- **11/2025.** [ExConf 2026] Our paper on graph sketches is accepted.
"""
NEWS_HTML = """
<ul>
  <li><b>Mar 2026</b> Gave a seminar on sparse solvers at Example University.</li>
  <li><b>Nov 2025</b> [ExConf 2026] Our paper on graph sketches is accepted.</li>
</ul>
"""
EXPECTED = [
    ("Gave a seminar on sparse solvers at Example University", "2026-03", "month", "talk"),
    ("[ExConf 2026] Our paper on graph sketches is accepted", "2025-11", "month", "paper"),
]


def home(script: str = "", head: str = "") -> str:
    return (
        f"<!DOCTYPE html>\n<html><head><title>Ana</title>{head}</head><body>\n"
        '<h1>Ana</h1><p>I study solvers.</p>\n<div class="news-body"></div>\n'
        f"<script>\n{script}\n</script>\n</body></html>\n"
    )


LOADED = {
    "fetch of a Markdown file in a folder": {
        "index.html": home(
            "fetch('content/news.md').then(r => r.text())\n"
            "  .then(md => { document.querySelector('.news-body').innerHTML = marked.parse(md); });"
        ),
        "content/news.md": NEWS_MD,
    },
    "jQuery $.get of a root-relative file": {
        "index.html": home('$.get("/updates.md", function (md) { render(md); });'),
        "updates.md": NEWS_MD,
    },
    "jQuery .load of an HTML part into #news": {
        "index.html": home('$(function () { $("#news").load("parts/list.html"); });'),
        "parts/list.html": NEWS_HTML,
    },
    "fetch in the site's own script file": {
        "index.html": home(head='<script src="js/site.js"></script>'),
        "js/site.js": 'async function show() { const r = await fetch("data/news.md"); }\n',
        "data/news.md": NEWS_MD,
    },
}


@pytest.mark.parametrize("case", LOADED, ids=list(LOADED))
def test_the_file_a_script_loads_is_the_news(tmp_path: Path, case: str) -> None:
    items, _ = listed(write(tmp_path / "site", LOADED[case]))
    assert summary(items) == EXPECTED


def test_build_v_says_the_script_loads_it(tmp_path: Path) -> None:
    site = write(tmp_path / "site", LOADED["fetch of a Markdown file in a folder"])
    result = build(site, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "content/news.md: info: news read from this page: the homepage" in result.stderr
    assert "loads it with a script: fetch('content/news.md')" in result.stderr


NOT_READ = {  # each file lies where the address would lead if read as a local path
    "another site's file": (
        "fetch('https://other.example.org/news.md')",
        "https:/other.example.org/news.md",
    ),
    "a protocol-relative address": (
        "fetch('//other.example.org/x/news.md')",
        "other.example.org/x/news.md",
    ),
    "a file not named as news": ("fetch('content/about.md')", "content/about.md"),
}


@pytest.mark.parametrize("case", NOT_READ, ids=list(NOT_READ))
def test_other_loaded_files_are_not_news(tmp_path: Path, case: str) -> None:
    script, name = NOT_READ[case]
    site = write(tmp_path / "site", {"index.html": home(script), name: NEWS_MD})
    result = feeds(
        "list", "--json", "--content", str(site), "--now", "2026-11-26",
        "--site-url", "https://ana.example.org/",
    )  # fmt: skip
    assert result.returncode == 1
    assert "no news section found" in result.stderr


def test_a_file_outside_the_site_is_not_read(tmp_path: Path) -> None:
    write(tmp_path, {"private/news.md": NEWS_MD})
    site = write(tmp_path / "site", {"index.html": home("fetch('../private/news.md')")})
    result = feeds(
        "list", "--json", "--content", str(site), "--now", "2026-11-26",
        "--site-url", "https://ana.example.org/",
    )  # fmt: skip
    assert result.returncode == 1
    assert "no news section found" in result.stderr
