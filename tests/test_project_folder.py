"""A repository whose root holds no site (a README, a LICENSE, the workflow) and whose
generator's project is one folder down (``web/astro.config.mjs``, ``website/_config.yml``,
``site/hugo.toml``) is read from that folder as if it were the root (c36 soda-labo: an
Astro project in ``web/``, its news ``web/src/data/news.yml``). Sites written here in our
own words; every expectation is written from the input.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import write

NOW = "2026-11-26"
SITE = "https://example.github.io/"

WORKFLOW = """
name: Deploy
on: push
jobs:
  build:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: ./web
    steps:
      - run: npm ci && npm run build
"""
ASTRO_CONFIG = "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n"
ASTRO_HOME = """
---
import news from '../data/news.yaml';
---
<h1>The Pond Lab</h1>
<h2>News</h2>
<ul>{news.map((n) => (<li>{n.date}: <span set:html={n.headline} /></li>))}</ul>
"""
ASTRO_NEWS = """
- date: March 2026
  headline: "Our paper on pond ecology was accepted at
    <a href='https://example.org/'>the Lake Conference</a>."
- date: Oct 2025
  headline: "Joined the Lake Lab as a postdoc."
"""
ASTRO_ITEMS = [
    ("Our paper on pond ecology was accepted at the Lake Conference", "2026-03", "paper"),
    ("Joined the Lake Lab as a postdoc", "2025-10", "position"),
]


def astro_in(folder: str) -> dict[str, str]:
    return {
        f"{folder}/astro.config.mjs": ASTRO_CONFIG,
        f"{folder}/package.json": '{"name": "pond-lab", "scripts": {"build": "astro build"}}\n',
        f"{folder}/src/pages/index.astro": ASTRO_HOME,
        f"{folder}/src/data/news.yaml": ASTRO_NEWS,
    }


JEKYLL_HOME = """
---
layout: default
---
# C. Egret

## News

- **Feb 2026** Gave a talk at the Marsh Seminar.
"""
ROOT_HOME = "# C. Egret\n\n## News\n\n- **Jan 2026** A root page's item.\n"
ROOT = {"README.md": "# The lab's website\n\nThe site is in `web/`.\n"}
ROOT_WITH_WORKFLOW = {**ROOT, ".github/workflows/deploy.yml": WORKFLOW}

VITE_APP = {  # a teaching app kept beside the site, its page a script's mount point
    "vlab/package.json": '{"name": "vlab", "scripts": {"dev": "vite"}}\n',
    "vlab/vite.config.js": "export default {};\n",
    "vlab/index.html": '<!doctype html><title>Lab</title><div id="app"></div>\n',
}
HUGO_NEWS_SECTION = {  # Hugo Blox: a landing page of blocks, news as page bundles
    "webpage/config/_default/hugo.yaml": "title: C. Egret\n",
    "webpage/content/_index.md": "---\ntitle: Home\ntype: landing\n---\n",
    "webpage/content/news/_index.md": "---\ntitle: News\n---\n",
    "webpage/content/news/marsh-seminar/index.md": (
        "---\ntitle: Gave a talk at the Marsh Seminar\ndate: 2026-02-03\n---\n"
    ),
}

# name: (files, the items expected; [] when the root's error stays)
REPOSITORIES = {
    "an Astro project in web/, its news a YAML data file": (
        {**ROOT_WITH_WORKFLOW, **astro_in("web")},
        ASTRO_ITEMS,
    ),
    "a Jekyll site in website/ (its _config.yml there)": (
        {**ROOT, "website/_config.yml": "title: C. Egret\n", "website/index.md": JEKYLL_HOME},
        [("Gave a talk at the Marsh Seminar", "2026-02", "talk")],
    ),
    "a Hugo site in site/ (its hugo.toml there)": (
        {
            **ROOT,
            "site/hugo.toml": 'title = "C. Egret"\n',
            "site/content/_index.md": JEKYLL_HOME.replace("layout: default", 'title: "Home"'),
        },
        [("Gave a talk at the Marsh Seminar", "2026-02", "talk")],
    ),
    "the root's own homepage wins over a project beside it": (
        {"index.md": ROOT_HOME, **astro_in("web")},
        [("A root page's item", "2026-01", "news")],
    ),
    "two projects (web/ and website/): neither is chosen": (
        {
            **ROOT,
            **astro_in("web"),
            "website/_config.yml": "title: C. Egret\n",
            "website/index.md": JEKYLL_HOME,
        },
        [],
    ),
    "a Hugo site in webpage/ (a news section) beside a Vite app in vlab/ without news": (
        {**ROOT, **VITE_APP, **HUGO_NEWS_SECTION},
        [("Gave a talk at the Marsh Seminar", "2026-02-03", "talk")],
    ),
    "two projects with news (webpage/ and website/): neither is chosen": (
        {
            **ROOT,
            **HUGO_NEWS_SECTION,
            "website/_config.yml": "title: C. Egret\n",
            "website/index.md": JEKYLL_HOME,
        },
        [],
    ),
    "a generator configured at the root: the root is the site": (
        {**ROOT, "package.json": '{"name": "tools"}\n', **astro_in("web")},
        [],
    ),
    "a feeds.toml at the root: the root is the site": (
        {**ROOT, "feeds.toml": 'title = "Pond Lab"\n', **astro_in("web")},
        [],
    ),
    "a project in node_modules/ or a hidden folder is no site": (
        {**ROOT, **astro_in("node_modules/pond-theme"), **astro_in(".template")},
        [],
    ),
    "a folder without a generator's configuration is no project": (
        {**ROOT, "notes/index.md": JEKYLL_HOME},
        [],
    ),
}


def listed(site: Path, *args: str):
    ran = feeds("list", "--json", "--now", NOW, "--site-url", SITE, "--content", str(site), *args)
    return ran, (json.loads(ran.stdout) if ran.returncode == 0 else [])


@pytest.mark.parametrize("name", REPOSITORIES)
def test_project_folder_read_as_the_root(tmp_path: Path, name: str) -> None:
    files, expected = REPOSITORIES[name]
    ran, items = listed(write(tmp_path / "repo", files))
    if not expected:
        assert ran.returncode == 1, ran.stdout
        assert "no homepage found" in ran.stderr or "no news found" in ran.stderr, ran.stderr
        assert "Traceback" not in ran.stderr
        return
    assert ran.returncode == 0, ran.stderr
    assert [(i["title"], i["start"], i["type"]) for i in items] == expected


def test_verbose_build_names_the_folder_read(tmp_path: Path) -> None:
    repo = write(tmp_path / "repo", {**ROOT_WITH_WORKFLOW, **astro_in("web")})
    out = tmp_path / "out"
    ran = feeds(
        "build", "-v", "--now", NOW, "--site-url", SITE, "--content", str(repo), "--out", str(out)
    )
    assert ran.returncode == 0, ran.stderr
    assert "no site at the root: the site is the project in web/, read as the root" in ran.stderr
    assert "web/src/data/news.yaml" in ran.stderr  # the news file, named from the project
    assert (out / "feed.xml").is_file()


def test_verbose_build_names_the_folder_with_news(tmp_path: Path) -> None:
    repo = write(tmp_path / "repo", {**ROOT, **VITE_APP, **HUGO_NEWS_SECTION})
    ran = feeds(
        "build", "-v", "--now", NOW, "--site-url", SITE, "--content", str(repo),
        "--out", str(tmp_path / "out"),
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    assert "the site is the project in webpage/, read as the root" in ran.stderr


def test_a_page_setting_names_a_page_of_the_root(tmp_path: Path) -> None:
    repo = write(tmp_path / "repo", {**ROOT, **astro_in("web"), "news.md": JEKYLL_HOME})
    ran, items = listed(repo, "--page", "news.md")
    assert ran.returncode == 0, ran.stderr
    assert [(i["title"], i["start"]) for i in items] == [
        ("Gave a talk at the Marsh Seminar", "2026-02")
    ]
