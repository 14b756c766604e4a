"""A repository's notes (``CLAUDE.md``, ``AGENTS.md``, ``GEMINI.md``, ``README_CN.md``) are
no pages of the site, and a repository whose root has no site of its own is published
from ``docs/`` (GitHub Pages' ``/docs`` folder), which is read as the site (scan26 cause B:
a hand-written ``docs/index.html`` whose script fills ``#news`` from ``./news.md``).
Sites written here in our own words; every expectation is written from the input.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import write

NOW = "2026-11-26"
SITE = "https://example.github.io/"


def listed(site: Path):
    ran = feeds("list", "--json", "--now", NOW, "--site-url", SITE, "--content", str(site))
    return ran, (json.loads(ran.stdout) if ran.returncode == 0 else [])


# ---------------------------------------------------------------- notes and docs/

NOTES = """
# Notes for the coding assistant

## How to update the site

### Adding News
Edit `docs/news.md` and write one line per item.

### Adding a paper
Edit `docs/papers.md`.
"""
LOADER_HOME = """
<!doctype html>
<html><body>
<nav><a href="#news">News</a></nav>
<section id="news"><div id="news-content">Loading news…</div></section>
<script src="script.js"></script>
</body></html>
"""
LOADER = "for (const s of ['about', 'news']) fetch(`./${s}.md`).then(r => r.text());\n"
DOCS_NEWS = """
# News

**Mar 2026** - Gave a talk at the Pond Seminar.

**Oct 2025** - Joined the Lake Lab as a postdoc.
"""
DOCS_ITEMS = [
    ("Gave a talk at the Pond Seminar", "2026-03", "talk"),
    ("Joined the Lake Lab as a postdoc", "2025-10", "position"),
]
ROOT_NEWS = "# A. Person\n\n## News\n\n- **Jan 2026** A root page's item.\n"

# name: (files, the items expected; [] when the error stays)
REPOSITORIES = {
    "CLAUDE.md at the root, the site in docs/ (a JavaScript Markdown loader)": (
        {
            "README.md": "# my homepage\n",
            "CLAUDE.md": NOTES,
            "docs/index.html": LOADER_HOME,
            "docs/script.js": LOADER,
            "docs/news.md": DOCS_NEWS,
        },
        DOCS_ITEMS,
    ),
    "AGENTS.md and GEMINI.md at the root, a Markdown homepage in docs/": (
        {
            "AGENTS.md": NOTES,
            "GEMINI.md": NOTES,
            "docs/index.md": "# A. Person\n\n## News\n\n" + DOCS_NEWS.split("# News\n", 1)[1],
        },
        DOCS_ITEMS,
    ),
    "a root homepage wins over docs/ (the project's documentation)": (
        {
            "index.md": ROOT_NEWS,
            "docs/index.html": LOADER_HOME,
            "docs/news.md": DOCS_NEWS,
        },
        [("A root page's item", "2026-01", "news")],
    ),
    "docs/ that Quarto builds into (output-dir: docs) is never read": (
        {
            "_quarto.yml": "project:\n  type: website\n  output-dir: docs\n",
            "docs/index.html": LOADER_HOME,
            "docs/news.md": DOCS_NEWS,
        },
        [],
    ),
    "a notes file alone: no site": ({"CLAUDE.md": NOTES}, []),
    "notes in other languages and local notes: no site": (
        {
            "README_CN.md": ROOT_NEWS,
            "README.zh-CN.md": ROOT_NEWS,
            "CLAUDE.local.md": ROOT_NEWS,
            "AGENTS.md": ROOT_NEWS,
        },
        [],
    ),
    "docs/ without a homepage: no site": ({"CLAUDE.md": NOTES, "docs/news.md": DOCS_NEWS}, []),
}


@pytest.mark.parametrize("name", REPOSITORIES)
def test_repository_notes_and_the_docs_folder(tmp_path: Path, name: str) -> None:
    files, expected = REPOSITORIES[name]
    ran, items = listed(write(tmp_path / "site", files))
    if not expected:
        assert ran.returncode == 1, ran.stdout
        assert "no homepage found" in ran.stderr, ran.stderr
        assert "Traceback" not in ran.stderr
        return
    assert ran.returncode == 0, ran.stderr
    assert [(i["title"], i["start"], i["type"]) for i in items] == expected
    assert "CLAUDE.md" not in ran.stderr and "AGENTS.md" not in ran.stderr
