"""VuePress and VitePress sites given by their root (issue 8, corpus C29 xz-liu): the
pages are in the folder that holds ``.vuepress/`` (or ``.vitepress/``), ``docs/`` or the
root, and its ``README.md`` (VuePress) or ``index.md`` (VitePress) is the homepage; link
components (``<my-link href>``, ``<RouterLink to>``) in its raw HTML are links. Sites
written here in our own words, read back through ``feeds list --json``."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

HOME = """\
---
home: true
heroText: Ada Example
---

## About

I study rivers and the fish in them.

## News

<ul class="news-list">
  <li><strong>[Apr 2025]</strong> Our paper on trout migration is accepted at
  <my-link href="https://example.org/conf">RiverConf 2025</my-link>.</li>
  <li><strong>[Jan 2025]</strong> I gave a talk at the
  <RouterLink to="/talks/lake.html">Lake Seminar</RouterLink>.</li>
</ul>
"""
CONFIG = "module.exports = { title: 'Ada Example' };\n"
EXPECTED = [("Our paper on trout migration is accepted at RiverConf 2025", "2025-04"),
            ("I gave a talk at the Lake Seminar", "2025-01")]  # fmt: skip

SITES = {
    "VuePress under docs/": {
        "package.json": "{}\n",
        "README.md": "# ada.github.io\n\nSource of my homepage.\n",
        "docs/.vuepress/config.js": CONFIG,
        "docs/README.md": HOME,
    },
    "VuePress at the root": {
        ".vuepress/config.js": CONFIG,
        "README.md": HOME,
    },
    "VitePress under docs/": {
        "docs/.vitepress/config.mts": "export default { title: 'Ada' }\n",
        "docs/index.md": HOME,
        "docs/README.md": "# Notes for editors\n",
    },
}


def _listed(site: Path) -> list[dict]:
    result = CliRunner().invoke(
        main,
        ["list", "--json", "--content", str(site), "--now", "2026-11-27", "--cache", "off"]
        + ["-q", "--site-url", "https://ada.example.org"],
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("files", SITES.values(), ids=SITES.keys())
def test_vue_press_site_read_from_its_root(tmp_path: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    items = _listed(tmp_path)
    assert [(i["title"], i["start"]) for i in items] == EXPECTED
    # the links are components: <my-link href> (VuePress markdown hook), <RouterLink to>
    assert [[link["url"] for link in i["links"]] for i in items] == [
        ["https://example.org/conf"],
        ["https://ada.example.org/talks/lake.html"],
    ]
