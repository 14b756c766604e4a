"""A JavaScript app's homepage that reaches its news through the app's own import
aliases, or by a named export of a module whose file name does not say news (session
26's scan, group A):

- an alias the bundler declares (``vite: { resolve: { alias: { '@content': '/content' } } }``
  of ``astro.config.mjs``, ``path.resolve(__dirname, 'content')`` in ``vite.config.ts``,
  the ``[{ find, replacement }]`` form) or ``tsconfig.json``'s ``compilerOptions.paths``
  (``"@content/*": ["content/*"]``): the homepage imports ``{ newsItems }`` from a data
  module (``@/lib/data``), which imports the news file through the alias and exports it
  parsed (no literal: the file is the news);
- ``import { awardItems, newsItems } from '../data/highlights'``: one of several arrays a
  TypeScript module exports, the one named as news; a page importing only the others
  shows no news.

Sites written here in our own words; ``feeds list --json`` read back; expectations are
written from the input.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import NOW, write

HOME = """\
---
import Layout from '@/layouts/Base.astro';
import NewsList from '@/components/NewsList.astro';
import { profile, newsItems } from '@/lib/data';
const news = [...newsItems].sort((a, b) => +b.date - +a.date).slice(0, 8);
---
<Layout><section id="news"><h2>News</h2><NewsList items={news} /></section></Layout>
"""
DATA_MODULE = """\
// one place for the site's structured content
import profileRaw from '@content/profile.yaml';
import newsRaw from '@content/news.yaml';
import { parseFile } from './schema';

export interface NewsItem { date: Date; link?: string; body: string }
export const profile = parseFile(profileRaw, 'profile.yaml');
export const newsItems: NewsItem[] = parseFile(newsRaw, 'news.yaml');
"""
NEWS_YAML = """\
# newest first
- date: 2026-05-04
  link: https://conf.example.org/2026
  body: 'Invited talk at the **Harbour Robotics Workshop** in Lisbon.'

- date: 2026-02-11
  body: 'Our paper on _soft grippers_ was accepted at **ICRA 2026**.'
"""
PROFILE_YAML = "name: Ines Duarte\nrole: PhD student\n"
ALIASED_ITEMS = [
    (
        "Invited talk at the Harbour Robotics Workshop in Lisbon",
        "2026-05-04",
        "talk",
        ["https://conf.example.org/2026"],
        2,
    ),
    ("Our paper on soft grippers was accepted at ICRA 2026", "2026-02-11", "paper", [], 6),
]
ASTRO_CONFIG = """\
import { defineConfig } from 'astro/config';
export default defineConfig({
  site: 'https://ines.example.org',
  vite: {
    resolve: {
      alias: {
        '@': '/src',
        '@content': '/content',
      },
    },
  },
});
"""
TSCONFIG = """\
{
  // editor settings
  "extends": "astro/tsconfigs/strict",
  "compilerOptions": {
    "baseUrl": ".",
    "paths": {
      "@/*": ["src/*"],
      "@content/*": ["content/*"],
    },
  },
}
"""
VITE_CONFIG = """\
import path from 'node:path';
import { defineConfig } from 'vite';
export default defineConfig({
  resolve: {
    alias: [
      { find: '@', replacement: path.resolve(__dirname, './src') },
      { find: '@content', replacement: path.resolve(__dirname, 'content') },
    ],
  },
});
"""


def _aliased_site(**config: str) -> dict[str, str]:
    return {
        "package.json": '{"name": "ines", "dependencies": {"astro": "^5"}}\n',
        "src/pages/index.astro": HOME,
        "src/lib/data.ts": DATA_MODULE,
        "src/lib/schema.ts": "export function parseFile(raw, name) { return raw; }\n",
        "content/news.yaml": NEWS_YAML,
        "content/profile.yaml": PROFILE_YAML,
        **config,
    }


HIGHLIGHTS = """\
export interface HighlightItem { date: string; title: string; subtitle: string }

export const newsItems: HighlightItem[] = [
  {
    date: 'Spring 2026',
    title: 'Our course project received the best project award',
    subtitle: 'Example University / Computational Optics',
    links: [{ href: '/projects/optics/', label: 'Project page' }],
  },
  // { date: 'Fall 2025', title: 'Joined the vision lab' },
];

export const publicationItems: HighlightItem[] = [
  { date: '2025', title: 'A paper on layouts', subtitle: 'Under review' },
];

export const awardItems: HighlightItem[] = [
  { date: '2024', title: 'Dean list', subtitle: 'Example University' },
];
"""
HIGHLIGHTS_HOME = """\
---
import Base from '../layouts/Base.astro';
import { awardItems, newsItems, publicationItems } from '../data/highlights';
const latest = newsItems.slice(0, 3);
---
<Base><h2>News</h2>{latest.map((n) => <p>{n.date} {n.title}</p>)}</Base>
"""
HIGHLIGHTS_SITE = {
    "astro.config.mjs": "export default {};\n",
    "src/pages/index.astro": HIGHLIGHTS_HOME,
    "src/data/highlights.ts": HIGHLIGHTS,
}

SITES = {
    "Astro: vite.resolve.alias '@content': '/content', then the data module": (
        _aliased_site(**{"astro.config.mjs": ASTRO_CONFIG}),
        ALIASED_ITEMS,
    ),
    "Astro: tsconfig.json paths (comments, trailing commas)": (
        _aliased_site(**{"astro.config.mjs": "export default {};\n", "tsconfig.json": TSCONFIG}),
        ALIASED_ITEMS,
    ),
    "Vite: [{ find, replacement: path.resolve(__dirname, …) }]": (
        _aliased_site(**{"vite.config.ts": VITE_CONFIG}),
        ALIASED_ITEMS,
    ),
    "a named export newsItems of a module whose name says no news": (
        HIGHLIGHTS_SITE,
        [
            (
                "Our course project received the best project award",
                "2026",
                "award",
                ["https://ines.example.org/projects/optics/"],
                4,
            )
        ],
    ),
}
SITES["the news export renamed on import: { newsItems as latest }"] = (
    {
        **HIGHLIGHTS_SITE,
        "src/pages/index.astro": HIGHLIGHTS_HOME.replace(
            "awardItems, newsItems, publicationItems", "newsItems as latest, awardItems"
        ).replace("newsItems.slice", "latest.slice"),
    },
    SITES["a named export newsItems of a module whose name says no news"][1],
)


def _listed(site: Path) -> tuple[int, list[dict], str]:
    ran = feeds(
        "list", "--json", "--content", str(site), "--now", NOW,
        "--site-url", "https://ines.example.org/", "--timezone", "UTC",
    )  # fmt: skip
    return ran.returncode, json.loads(ran.stdout) if ran.returncode == 0 else [], ran.stderr


@pytest.mark.parametrize("name", SITES)
def test_news_reached_through_the_apps_imports(tmp_path: Path, name: str) -> None:
    files, expected = SITES[name]
    code, items, err = _listed(write(tmp_path / "site", files))
    assert code == 0, err
    got = [
        (i["title"], i["start"], i["type"], [link["url"] for link in i["links"]], i["line"])
        for i in items
    ]
    assert got == expected


def test_an_alias_the_site_does_not_declare_is_not_guessed(tmp_path: Path) -> None:
    files = _aliased_site(**{"astro.config.mjs": "export default {};\n"})
    files["content/news.yaml"] = NEWS_YAML
    code, items, err = _listed(write(tmp_path / "site", files))
    assert code == 1 and items == []
    assert "no homepage found" in err


def test_a_page_importing_only_the_other_arrays_shows_no_news(tmp_path: Path) -> None:
    home = HIGHLIGHTS_HOME.replace("awardItems, newsItems, publicationItems", "awardItems")
    home = home.replace("newsItems.slice", "awardItems.slice")
    files = {**HIGHLIGHTS_SITE, "src/pages/index.astro": home}
    code, items, err = _listed(write(tmp_path / "site", files))
    assert code == 1 and items == []
    assert "no homepage found" in err
