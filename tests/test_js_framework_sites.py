"""Sites built by a JavaScript framework whose homepage component imports the news as
data (issue 8, c16 cause A): Astro, Nuxt content, Next.js, SvelteKit, Gatsby. The news
is the data file or content collection the homepage (or a component it uses) shows,
never the component's template code.

Every site is written here in our own words; ``feeds list --json`` is read back with
``json``; expectations are written from the input.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import NOW, write

NEWS_JSON = json.dumps(
    [
        {
            "date": "Mar. 2026",
            "html": 'One paper accepted by <a href="https://x.org">ABC 2026</a>.',
        },
        {"date": "Jan 2025", "html": "I joined Example Labs as a research scientist."},
    ]
)
TWO_ITEMS = [
    ("One paper accepted by ABC 2026", "2026-03", "month", "paper"),
    ("I joined Example Labs as a research scientist", "2025-01", "month", "position"),
]
ASTRO_HOME = """\
---
import Layout from '../layouts/Layout.astro';
import pubs from '../data/publications.json';
import items from '../data/updates.json';
---
<Layout><section><h2>Latest news</h2>
{items.slice(0,1).map(n=><article><time>{n.date}</time><p set:html={n.html}/></article>)}
<details><summary>Earlier news</summary>
{items.slice(1).map(n=><article><time>{n.date}</time><p set:html={n.html}/></article>)}
</details></section></Layout>
"""
PUBS = json.dumps([{"title": "A paper on lattices", "year": 2024, "venue": "JCP"}])
NUXT_ITEM = """\
---
date: "2026-02-03"
content: "I received the Best Demo Award at XYZ 2026."
contentjp: "XYZ 2026でベストデモ賞を受賞しました．"
---
::div{class="lang-en"}
### Best demo award
A longer story of the demo.
::
"""
NUXT_TEMPLATE = '---\ndate: ""\ncontent: ""\ncontentjp: ""\n---\n'
NUXT_SECTION = """\
<script setup lang="ts">
const { data } = await useAsyncData('news', () => queryContent('news').sort({ date: -1 }).find())
</script>
<template><div v-for="item in data"><span>{{ item.date }}</span>{{ item.content }}</div></template>
"""
NUXT_HOME = (
    '<template><section><h2>News</h2><NewsSection :previewCount="5" /></section></template>\n'
)

SITES = {
    "Astro: a JSON file the homepage imports, next to publications": (
        {
            "astro.config.mjs": "export default {};\n",
            "src/pages/index.astro": ASTRO_HOME,
            "src/data/updates.json": NEWS_JSON,
            "src/data/publications.json": PUBS,
        },
        TWO_ITEMS,
    ),
    "Astro: a component the homepage imports imports the data": (
        {
            "package.json": '{"name": "site", "dependencies": {"astro": "^5"}}\n',
            "src/pages/index.astro": (
                "---\nimport News from '../components/News.astro';\n---\n<News />\n"
            ),
            "src/components/News.astro": (
                "---\nimport news from '../data/news.json';\n---\n"
                "<ul>{news.map(n => <li>{n.date} <span set:html={n.html} /></li>)}</ul>\n"
            ),
            "src/data/news.json": NEWS_JSON,
        },
        TWO_ITEMS,
    ),
    "Astro: a content collection, one document with words only in its body": (
        {
            "astro.config.ts": "export default {};\n",
            "src/pages/index.astro": (
                "---\nimport { getCollection } from 'astro:content';\n"
                "const news = await getCollection('news');\n---\n"
                "{news.map(n => <p>{n.data.title}</p>)}\n"
            ),
            "src/content/news/talk.md": (
                '---\ntitle: "Gave an invited talk at the Example Seminar"\n'
                "date: 2025-05-06\n---\nSlides online.\n"
            ),
            "src/content/news/prize.md": (
                "---\ndate: 2024-12-01\n---\nWe won the best poster award at DEF 2024.\n"
            ),
        },
        [
            ("Gave an invited talk at the Example Seminar", "2025-05-06", "day", "talk"),
            ("We won the best poster award at DEF 2024", "2024-12-01", "day", "award"),
        ],
    ),
    "Nuxt content: the list text in front matter, an empty template document": (
        {
            "nuxt.config.ts": "export default defineNuxtConfig({ modules: ['@nuxt/content'] })\n",
            "pages/[[locale]]/index.vue": NUXT_HOME,
            "components/NewsSection.vue": NUXT_SECTION,
            "content/news/2026-02-03.md": NUXT_ITEM,
            "content/news/0000-00-00.md": NUXT_TEMPLATE,
        },
        [("I received the Best Demo Award at XYZ 2026", "2026-02-03", "day", "award")],
    ),
    "Next.js: an alias import in app/page.tsx": (
        {
            "next.config.mjs": "export default {};\n",
            "app/page.tsx": (
                "import news from '@/data/news.json';\n"
                "export default function Home() {\n"
                "  return <ul>{news.map((n) => <li key={n.date}>{n.title}</li>)}</ul>;\n}\n"
            ),
            "data/news.json": json.dumps(
                [{"date": "2025-11-02", "title": "Our paper on graph search was accepted"}]
            ),
        },
        [("Our paper on graph search was accepted", "2025-11-02", "day", "paper")],
    ),
    "SvelteKit: $lib YAML": (
        {
            "svelte.config.js": "export default {};\n",
            "src/routes/+page.svelte": (
                "<script>\n  import updates from '$lib/updates.yaml';\n</script>\n"
                "{#each updates as u}<p>{u.when}: {u.text}</p>{/each}\n"
            ),
            "src/lib/updates.yaml": (
                "- when: 2023-07-14\n  text: Started a postdoc at Example University\n"
            ),
        },
        [("Started a postdoc at Example University", "2023-07-14", "day", "position")],
    ),
    "Eleventy: index.md loops over _data/news.json": (
        {
            ".eleventy.js": "module.exports = function () { return {}; };\n",
            "index.md": (
                "---\nlayout: base.njk\ntitle: Ana\n---\nHello, I study lattices.\n\n## News\n\n"
                "<ul>{% for item in news %}<li>{{ item.date }}: {{ item.html }}</li>"
                "{% endfor %}</ul>\n"
            ),
            "_data/news.json": NEWS_JSON,
        },
        TWO_ITEMS,
    ),
    "Eleventy: src/index.njk includes a partial looping over _data/updates.yaml": (
        {
            "eleventy.config.mjs": "export default function (config) {}\n",
            "src/index.njk": '---\ntitle: Home\n---\n{% include "recent.njk" %}\n',
            "src/_includes/recent.njk": (
                "{%- for u in updates | reverse %}<p>{{ u.date }} {{ u.text }}</p>{% endfor %}\n"
            ),
            "src/_data/updates.yaml": (
                "- date: 2022-05-04\n  text: Our paper on reef acoustics was accepted\n"
            ),
        },
        [("Our paper on reef acoustics was accepted", "2022-05-04", "day", "paper")],
    ),
}


def listed(content: Path) -> list[dict]:
    result = feeds(
        "list", "--json", "--content", str(content),
        "--now", NOW, "--site-url", "https://ana.example.org/", "--timezone", "UTC",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("name", SITES)
def test_site_root(tmp_path: Path, name: str):
    files, expected = SITES[name]
    items = listed(write(tmp_path, files))
    assert [(i["title"], i["start"], i["precision"], i["type"]) for i in items] == expected


def test_nuxt_item_line_is_its_words(tmp_path: Path):
    files = SITES["Nuxt content: the list text in front matter, an empty template document"][0]
    items = listed(write(tmp_path, files))
    assert [i["line"] for i in items] == [3]  # the content: line of 2026-02-03.md


def test_component_as_content_reads_the_data_it_imports(tmp_path: Path):
    files = SITES["Astro: a JSON file the homepage imports, next to publications"][0]
    site = write(tmp_path, files)
    items = listed(site / "src" / "pages" / "index.astro")
    assert [(i["title"], i["start"]) for i in items] == [(t, s) for t, s, _, _ in TWO_ITEMS]
    assert not any("date}" in i["title"] for i in items)


def test_component_importing_no_news_is_a_clear_error(tmp_path: Path):
    site = write(
        tmp_path,
        {
            "astro.config.mjs": "export default {};\n",
            "src/pages/index.astro": ASTRO_HOME.replace("updates.json", "people.json"),
            "src/data/people.json": NEWS_JSON,
        },
    )
    page = site / "src" / "pages" / "index.astro"
    for content in (page, site):
        result = feeds("list", "--content", str(content), "--now", NOW)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "index.astro:1:" in feeds("list", "--content", str(page), "--now", NOW).stderr


def test_hugo_site_with_a_package_json_stays_hugo(tmp_path: Path):
    """Hugo Blox sites ship a package.json: their theme's homepage over content/news/ is
    still read as Hugo's, not as a JavaScript site's content collection."""
    site = write(
        tmp_path,
        {
            "hugo.toml": 'baseURL = "https://ana.example.org/"\ntitle = "Ana"\ntheme = "x"\n',
            "package.json": '{"name": "hugo-site", "devDependencies": {"tailwindcss": "^3"}}\n',
            "content/news/mit.md": '---\ntitle: "Talk at MIT"\ndate: 2022-11-18\n---\nI spoke.\n',
            "content/news/icml/index.md": (
                '---\ntitle: "Paper accepted at ICML"\ndate: 2022-10-01\n---\n'
            ),
        },
    )
    items = listed(site)
    assert [(i["title"], i["start"], i["line"]) for i in items] == [
        ("Talk at MIT", "2022-11-18", 2),
        ("Paper accepted at ICML", "2022-10-01", 2),
    ]


def test_verbose_names_the_data_file_and_the_homepage(tmp_path: Path):
    files = SITES["Astro: a JSON file the homepage imports, next to publications"][0]
    site = write(tmp_path / "site", files)
    ran = feeds(
        "build", "-v", "--content", str(site), "--out", str(tmp_path / "out"),
        "--now", NOW, "--site-url", "https://ana.example.org/",
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    (line,) = [x for x in ran.stderr.splitlines() if "news read from" in x]
    assert "updates.json" in line and "src/pages/index.astro" in line


def test_content_document_links_its_arxiv_paper(tmp_path: Path):
    files = {
        **SITES["Nuxt content: the list text in front matter, an empty template document"][0],
        "content/news/2026-01-10.md": (
            '---\ndate: "2026-01-10"\ncontent: "Our paper on reef acoustics was accepted."\n'
            '---\n::div{class="lang-en"}\nRead it on [arXiv](https://arxiv.org/abs/2601.04321v2).\n'
            "::\n"
        ),
    }
    items = listed(write(tmp_path, files))
    assert [(i["start"], i["type"], i["arxiv"]) for i in items] == [
        ("2026-02-03", "award", []),
        ("2026-01-10", "paper", ["2601.04321"]),
    ]
