"""MkDocs and Pelican sites given by their root (issue 8, corpus C22 causes B and C): the
pages are in the folder the configuration names (MkDocs ``docs_dir``, Pelican ``PATH``
and ``PAGE_PATHS``), the homepage and news page are found there, and a news page the
MkDocs ``nav:`` names is read when the homepage shows only the latest news. Sites
written here in our own words, read back through ``feeds list --json``."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main
from feeds.parse.front_matter import split_front_matter

NEWS = """\
# News

## 2025

- [May 2025] Our survey appeared in Journal of Brains!
- [March 2025] Nadia gave an invited talk at the Brain Club.
"""
BOXED = """\
# News Archive

### 2025

!!! success "2025 News"
    - [May 2025] Our survey appeared in **Journal of Brains**!!\
        [https://doi.org/10.1/xyz](https://doi.org/10.1/xyz)
    - [March 2025] Nadia gave an invited talk at the Brain Club.
"""
HOME = "# Welcome to the Lab\n\nWe study brains.\n"
MATERIAL = """\
site_name: Brain Lab
theme:
  name: material
markdown_extensions:
  - admonition
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
      emoji_generator: !!python/name:material.extensions.emoji.to_svg
"""
TWO = [("Our survey appeared in Journal of Brains", "2025-05", "paper"),
       ("Nadia gave an invited talk at the Brain Club", "2025-03", "talk")]  # fmt: skip

MKDOCS = {
    "docs/ by default, a news page with a boxed list": {
        "mkdocs.yml": MATERIAL,
        "docs/index.md": HOME,
        "docs/news.md": BOXED,
    },
    "docs_dir set, README.md as the homepage, mkdocs.yaml": {
        "mkdocs.yaml": "site_name: Lab\ndocs_dir: site_src\n",
        "site_src/README.md": HOME,
        "site_src/news.md": NEWS,
    },
    "the nav names the news page (not named news)": {
        "mkdocs.yml": MATERIAL + "nav:\n  - Home: index.md\n  - Lab:\n"
        "    - People: people.md\n    - Latest news: updates.md\n",
        "docs/index.md": HOME,
        "docs/people.md": "# People\n\nAda.\n",
        "docs/updates.md": NEWS,
    },
    "the homepage shows the newest; the nav's news page has them all": {
        "mkdocs.yml": MATERIAL + "nav:\n  - Home: index.md\n  - News: news.md\n",
        "docs/index.md": HOME
        + '\n## Latest News\n\n!!! success "2025 News"\n'
        + "    - [May 2025] Our survey appeared in Journal of Brains!\n",
        "docs/news.md": NEWS,
    },
}

PELICAN = {
    "content/pages/, the page saved as index.html": {
        "pelicanconf.py": "AUTHOR = 'Lab'\nSITENAME = 'Lab'\nPATH = 'content'\n",
        "content/pages/home.md": "---\ntitle: Welcome!\nsave_as: index.html\n---\n\nHello.\n",
        "content/pages/news.md": "---\ntitle: News\n---\n## 2016\n\n"
        "- ***07 / 2016***，小李顺利通过硕士论文答辩。祝贺！\n"
        "- ***05 / 2016***, Our group hosted a workshop on optics.\n",
    },
    "PATH and PAGE_PATHS set, double quotes": {
        "pelicanconf.py": 'PATH = "src"\nPAGE_PATHS = ["static-pages"]\n',
        "src/static-pages/news.md": "---\ntitle: News\n---\n## 2016\n\n"
        "- **07 / 2016**：小李顺利通过硕士论文答辩。祝贺！\n"
        "- *05 / 2016*, Our group hosted a workshop on optics.\n",
    },
    "Pelican's own metadata lines (Title:, Save_as:), the news page found by its title": {
        "pelicanconf.py": "PATH = 'content'\n",
        "content/pages/about.md": "Title: About\nSave_as: index.html\n\nHello, a lab.\n",
        "content/pages/updates.md": "Title: News\nDate: 2016-01-01 10:20\nSlug: updates\n"
        "Summary: what we did,\n    year by year\n\n## 2016\n\n"
        "- ***07 / 2016***，小李顺利通过硕士论文答辩。祝贺！\n"
        "- ***05 / 2016***, Our group hosted a workshop on optics.\n",
    },
}
PELICAN_ITEMS = [("小李顺利通过硕士论文答辩", "2016-07", "position"),
                 ("Our group hosted a workshop on optics", "2016-05", "event")]  # fmt: skip


def write(site: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return site


def listed(site: Path) -> list[tuple[str, str, str, str]]:
    result = CliRunner().invoke(
        main,
        ["list", "--json", "--content", str(site), "--now", "2026-11-26"]
        + ["--site-url", "https://lab.example.org/", "--cache", "off", "-q"],
    )
    assert result.exit_code == 0, result.output
    return [(i["title"], i["start"], i["precision"], i["type"]) for i in json.loads(result.stdout)]


def same(found: list[tuple[str, str, str, str]], wanted: list[tuple[str, str, str]]) -> None:
    assert len(found) == len(wanted), found
    for (title, start, precision, kind), (words, when, want) in zip(found, wanted, strict=True):
        assert title.startswith(words), (title, words)
        assert (start, precision, kind) == (when, "month", want), found


@pytest.mark.parametrize("files", MKDOCS.values(), ids=MKDOCS.keys())
def test_mkdocs_site(tmp_path: Path, files: dict[str, str]) -> None:
    same(listed(write(tmp_path, files)), TWO)


@pytest.mark.parametrize("files", PELICAN.values(), ids=PELICAN.keys())
def test_pelican_site(tmp_path: Path, files: dict[str, str]) -> None:
    same(listed(write(tmp_path, files)), PELICAN_ITEMS)


def test_a_nav_outside_the_docs_folder_is_not_read(tmp_path: Path) -> None:
    """The site given is ``docs/`` of a folder whose ``mkdocs.yml`` names another
    ``docs_dir``: that configuration's nav is not this site's."""
    write(tmp_path, {"mkdocs.yml": "docs_dir: other\nnav:\n  - News: old.md\n"})
    write(tmp_path / "other", {"index.md": HOME})
    site = write(tmp_path / "docs", {"index.md": HOME + "\n## News\n\n" + NEWS.split("\n\n", 2)[2]})
    write(tmp_path / "docs", {"old.md": "# News\n\n- [May 2020] An old item of another site.\n"})
    same(listed(site), TWO)


METADATA = [  # (the page's opening, its metadata, the body's first line)
    ("Title: News\nDate: 2016-01-01\n\n## 2016\n", {"title": "News", "date": "2016-01-01"}, ""),
    ("title: Über uns\nSave_as: index.html\n\nHallo\n",
     {"title": "Über uns", "save_as": "index.html"}, ""),
    ("Title: A page\nSummary: one,\n  two\n\nx\n", {"title": "A page", "summary": "one, two"}, ""),
    ("Title: Our news page\nWe post news here.\n", {}, "Title: Our news page"),
    ("Note: we moved\n\n- [May 2025] x\n", {}, "Note: we moved"),
    ("Title:\nDate: 2016\n\nx\n", {}, "Title:"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "meta", "first"), METADATA)
def test_pelican_metadata_lines(text: str, meta: dict[str, str], first: str) -> None:
    found, body = split_front_matter(text)
    assert found == meta
    assert body.split("\n")[0] == first
    assert body.count("\n") == text.count("\n")  # every line keeps its number


SITE_URLS = {  # the site's configuration → the host of the feed ids (no --site-url given)
    "mkdocs.yml site_url": (
        {"mkdocs.yml": "site_name: Brain Lab\nsite_url: https://brain.example.org/lab/\n",
         "docs/index.md": HOME, "docs/news.md": NEWS},
        "brain.example.org",
    ),
    "publishconf.py SITEURL over pelicanconf.py's empty one": (
        {"pelicanconf.py": "SITENAME = 'Optics'\nSITEURL = ''\nPATH = 'content'\n",
         "publishconf.py": "from pelicanconf import *\nSITEURL = 'https://optics.example.org'\n",
         "content/pages/news.md": PELICAN["content/pages/, the page saved as index.html"][
             "content/pages/news.md"]},
        "optics.example.org",
    ),
}  # fmt: skip


@pytest.mark.parametrize(("files", "host"), SITE_URLS.values(), ids=SITE_URLS.keys())
def test_the_site_url_from_the_configuration(
    tmp_path: Path, files: dict[str, str], host: str
) -> None:
    site = write(tmp_path, files)
    result = CliRunner().invoke(
        main, ["list", "--json", "--content", str(site), "--now", "2026-11-26", "-q"]
    )
    assert result.exit_code == 0, result.output
    ids = [item["id"] for item in json.loads(result.stdout)]
    assert len(ids) == 2 and all(i.startswith(f"tag:{host},") for i in ids), ids
