"""An Astro homepage that shows only the first entries of its news data
(``news.slice(0, N)``) while no page of the site shows the others: only those are news
(:mod:`feeds.inputs.component_cut`). Sites written for these tests; items read back from
``feeds list --json`` run on the site's folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import listed, write

CONFIG = "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n"
NEWS = """- date: 2026-05-02
  text: Our paper on tide gauges was accepted at the coast meeting.
- date: 2026-03-10
  text: Ana joined the lab as a postdoc.
- date: 2025-11-20
  text: Gave a talk on sandbars at the mud workshop.
- date: 2025-06-01
  text: We moved to a new building.
"""
OLDEST_FIRST = """- date: 2025-06-01
  text: We moved to a new building.
- date: 2025-11-20
  text: Gave a talk on sandbars at the mud workshop.
- date: 2026-03-10
  text: Ana joined the lab as a postdoc.
- date: 2026-05-02
  text: Our paper on tide gauges was accepted at the coast meeting.
"""
LOADER = """import fs from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
export function loadNews() {
  const file = path.join(process.cwd(), "src", "data", "news.yml");
  return yaml.load(fs.readFileSync(file, "utf8"));
}
"""
LOADER_HOME = """---
import { loadNews } from "../lib/news";
const news = loadNews().slice(0, 2);
---
<h2>News</h2>
<ul>{news.map((n) => <li>{n.date}: {n.text}</li>)}</ul>
"""
IMPORT_HOME = """---
import news from "../data/news.yml";
---
<h2>News</h2>
<ul>{news.slice(0, 2).map((n) => <li>{n.date}: {n.text}</li>)}</ul>
"""
FIRST_TWO = [
    "Our paper on tide gauges was accepted at the coast meeting",
    "Ana joined the lab as a postdoc",
]
ALL = [
    *FIRST_TWO,
    "Gave a talk on sandbars at the mud workshop",
    "We moved to a new building",
]

# files beside astro.config.mjs → the titles listed
SITES = {
    "a loader's list sliced in the homepage, no other page": (
        {"src/lib/news.ts": LOADER, "src/pages/index.astro": LOADER_HOME},
        FIRST_TWO,
    ),
    "the imported data sliced in the markup, no other page": (
        {"src/pages/index.astro": IMPORT_HOME},
        FIRST_TWO,
    ),
    "a news page shows every entry through the same loader": (
        {
            "src/lib/news.ts": LOADER,
            "src/pages/index.astro": LOADER_HOME,
            "src/pages/news.astro": '---\nimport { loadNews } from "../lib/news";\n---\n'
            "<ul>{loadNews().map((n) => <li>{n.text}</li>)}</ul>\n",
        },
        ALL,
    ),
    "a news page imports the same data file": (
        {
            "src/pages/index.astro": IMPORT_HOME,
            "src/pages/news.astro": '---\nimport all from "../data/news.yml";\n---\n'
            "<ul>{all.map((n) => <li>{n.text}</li>)}</ul>\n",
        },
        ALL,
    ),
    "the homepage shows the rest below, under a fold": (
        {
            "src/pages/index.astro": IMPORT_HOME.replace(
                "</ul>\n",
                "</ul>\n<details><ul>{news.slice(2).map((n) => <li>{n.text}</li>)}</ul>"
                "</details>\n",
            )
        },
        ALL,
    ),
}


@pytest.mark.parametrize("case", SITES)
def test_a_homepage_slice_is_the_news_when_no_page_shows_the_rest(
    tmp_path: Path, case: str
) -> None:
    files, expected = SITES[case]
    site = write(
        tmp_path / "site", {"astro.config.mjs": CONFIG, "src/data/news.yml": NEWS, **files}
    )
    items, result = listed(site)
    assert [i["title"] for i in items] == expected
    assert "Traceback" not in result.stderr


def test_a_file_kept_oldest_first_is_not_cut(tmp_path: Path) -> None:
    """``slice(0, 2)`` of a file written oldest first is not known to be the newest two
    (the homepage may sort it): every entry is read, as before."""
    site = write(
        tmp_path / "site",
        {
            "astro.config.mjs": CONFIG,
            "src/data/news.yml": OLDEST_FIRST,
            "src/pages/index.astro": IMPORT_HOME,
        },
    )
    items, _ = listed(site)
    assert sorted(i["title"] for i in items) == sorted(ALL)
