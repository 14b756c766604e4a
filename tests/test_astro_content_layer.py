"""Astro sites whose news the homepage reaches in two ways ``feeds`` did not follow (scan 25,
causes A1 and A2):

- Astro 5's content layer: ``getCollection('news')`` of a collection that
  ``src/content.config.ts`` (or the older ``src/content/config.ts``) loads with
  ``file('src/data/news.yaml')`` (a data file: its entries are the items, Markdown in
  their words) or ``glob({ pattern, base })`` (a folder of documents);
- an Astro site in several languages: ``src/pages/index.astro`` only redirects
  (``<meta http-equiv="refresh">``, ``Astro.redirect``, ``window.location``) and the
  homepage is ``src/pages/[...locale]/index.astro`` (``[lang]``…), importing
  ``../../data/news.yaml``; ``2025.11`` is a month.

Entries written in two languages (``en:``/``zh:``, ``text: {en, ja}``) give the words of
the site's default language (``i18n.defaultLocale``), else English. Sites written here in
our own words; ``feeds list --json`` read back with ``json``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import listed, summary, write

CONFIG = "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n"
HOME = """\
---
import Layout from '@/layouts/Layout.astro';
import Timeline from '@/components/Timeline.astro';
---
<Layout><Timeline /></Layout>
"""
TIMELINE = """\
---
import { getCollection } from 'astro:content';
const items = (await getCollection('news')).sort((a, b) => b.data.date - a.data.date);
---
<section id="news"><h2>News</h2><ul>
{items.map((item) => <li><span>{item.data.date}</span> <span>{item.data.text}</span></li>)}
</ul></section>
"""
NEWS_YAML = """\
- id: grant
  date: "2026-05-01"
  text: "I received a grant from the [Pond Fund](https://pond.example.org)."
- id: talk
  date: "2025-11-20"
  text: "I gave a talk at the Lake Workshop."
"""
TWO = [
    ("I received a grant from the Pond Fund", "2026-05-01", "day", "award"),
    ("I gave a talk at the Lake Workshop", "2025-11-20", "day", "talk"),
]
PROJECTS = "- id: p1\n  title: A project on ducks\n  year: 2024\n"

# (content configuration file, its text, the files it loads)
CONFIGS = [
    (  # Astro 5: file() loader, the collection named by shorthand
        "src/content.config.ts",
        "import { defineCollection } from 'astro:content';\n"
        "import { glob, file } from 'astro/loaders';\n"
        "const projects = defineCollection({ loader: file('src/data/projects.yaml') });\n"
        "const news = defineCollection({\n"
        "  loader: file('src/data/news.yaml', { parser: (t) => parse(t) }),\n"
        "  schema: z.object({ date: z.string(), text: z.string() }),\n});\n"
        "export const collections = { projects, news };\n",
        {"src/data/news.yaml": NEWS_YAML, "src/data/projects.yaml": PROJECTS},
    ),
    (  # the collection defined in place, under another variable's name, in .mjs
        "src/content.config.mjs",
        "import { defineCollection } from 'astro:content';\n"
        "import { file } from 'astro/loaders';\n"
        "const updates = defineCollection({ loader: file('./src/data/projects.yaml') });\n"
        "export const collections = {\n"
        '  "news": defineCollection({ loader: file("src/data/lab-updates.yml") }),\n'
        "  projects: updates,\n};\n",
        {"src/data/lab-updates.yml": NEWS_YAML, "src/data/projects.yaml": PROJECTS},
    ),
    (  # the older src/content/config.ts, a collection aliased, loaded from JSON
        "src/content/config.ts",
        "import { defineCollection } from 'astro:content';\n"
        "import { file } from 'astro/loaders';\n"
        "const newsCollection = defineCollection({ loader: file('src/data/news.json') });\n"
        "export const collections = { news: newsCollection };\n",
        {
            "src/data/news.json": '[{"id": "a", "date": "2026-05-01", "title": "I received '
            'a grant from the Pond Fund.", "href": "https://pond.example.org"}, {"id": "b", '
            '"date": "2025-11-20", "title": "I gave a talk at the Lake Workshop."}]'
        },
    ),
    (  # glob() loader: a folder of documents, one an item
        "src/content.config.ts",
        "import { defineCollection } from 'astro:content';\n"
        "import { glob } from 'astro/loaders';\n"
        "const news = defineCollection({\n"
        "  loader: glob({ pattern: '**/*.md', base: './src/notes' }),\n});\n"
        "export const collections = { news };\n",
        {
            "src/notes/grant.md": '---\ndate: 2026-05-01\ntitle: "I received a grant from '
            'the Pond Fund."\n---\n',
            "src/notes/talk.md": '---\ndate: 2025-11-20\ntitle: "I gave a talk at the Lake '
            'Workshop."\n---\n',
        },
    ),
]  # fmt: skip


@pytest.mark.parametrize(("config", "text", "files"), CONFIGS)
def test_the_collection_the_homepage_queries_is_loaded_as_configured(
    tmp_path: Path, config: str, text: str, files: dict[str, str]
) -> None:
    site = {
        "astro.config.mjs": CONFIG,
        "src/pages/index.astro": HOME,
        "src/components/Timeline.astro": TIMELINE,
        config: text,
        **files,
    }
    items, _ = listed(write(tmp_path / "site", site))
    assert summary(items) == TWO


def test_a_markdown_link_in_an_entry_is_its_link(tmp_path: Path) -> None:
    site = {
        "astro.config.mjs": CONFIG,
        "src/pages/index.astro": HOME,
        "src/components/Timeline.astro": TIMELINE,
        "src/content.config.ts": CONFIGS[0][1],
        **CONFIGS[0][2],
    }
    items, _ = listed(write(tmp_path / "site", site))
    assert [link["url"] for link in items[0]["links"]] == ["https://pond.example.org"]


REDIRECTS = [
    '---\nconst to = import.meta.env.BASE_URL + "ja/";\n---\n<!doctype html><html><head>\n'
    '<meta http-equiv="refresh" content={`0;url=${to}`} />\n'
    "<script define:vars={{ to }}>window.location.replace(to);</script>\n"
    "</head><body></body></html>\n",
    "---\nreturn Astro.redirect('/ja/');\n---\n",
    "<html><body><p>Redirecting…</p>\n"
    "<script>window.location.href = '/ja/';</script></body></html>\n",
]
LOCALE_HOME = """\
---
import news from "../../data/news.yaml";
export function getStaticPaths() {
  return [{ params: { locale: "ja" } }, { params: { locale: "en" } }];
}
const isJa = Astro.params.locale === "ja";
---
<h2>{isJa ? "ニュース" : "News"}</h2>
{news.slice(0, 5).map((item) => <div><span>{item.date}</span> {item.text}</div>)}
"""
LAB_NEWS = """\
- date: "2025.11"
  text: "池の研究会を開催しました。"
- date: "2025.09"
  text: "The Lake Award went to our team."
  link: "https://lake.example.org"
"""


@pytest.mark.parametrize("redirect", REDIRECTS)
@pytest.mark.parametrize("folder", ["[...locale]", "[lang]"])
def test_a_root_page_that_only_redirects_leaves_the_homepage_to_each_language(
    tmp_path: Path, redirect: str, folder: str
) -> None:
    site = {
        "astro.config.mjs": "export default { i18n: { defaultLocale: 'ja', locales: "
        "['ja', 'en'] } };\n",
        "src/pages/index.astro": redirect,
        f"src/pages/{folder}/index.astro": LOCALE_HOME,
        "src/data/news.yaml": LAB_NEWS,
    }
    items, _ = listed(write(tmp_path / "site", site))
    assert [(i["title"], i["start"], i["precision"]) for i in items] == [
        ("池の研究会を開催しました。", "2025-11", "month"),
        ("The Lake Award went to our team", "2025-09", "month"),
    ]
    assert items[0]["language"] == "ja"  # the configuration's default language


LANGUAGE_SCRIPT = (
    "<script>if (navigator.language.startsWith('ja')) window.location.href = '/ja/';</script>\n"
)
ROOTS = [
    (  # words of its own
        '---\nimport news from "../data/news.yaml";\n---\n<h1>Pond Lab</h1>\n'
        "<p>We study ponds and the ducks on them, and we welcome new students.</p>\n"
        f"{LANGUAGE_SCRIPT}{{news.map((item) => <div>{{item.date}} {{item.text}}</div>)}}\n"
    ),
    (  # made of components, one showing the news
        "---\nimport Hero from '../components/Hero.astro';\n"
        "import News from '../components/News.astro';\n---\n"
        f"<Hero />\n<News />\n{LANGUAGE_SCRIPT}"
    ),
]


@pytest.mark.parametrize("root", ROOTS)
def test_a_root_page_that_shows_more_than_a_redirect_stays_the_homepage(
    tmp_path: Path, root: str
) -> None:
    site = {
        "astro.config.mjs": CONFIG,
        "src/pages/index.astro": root,
        "src/components/Hero.astro": "<h1>Pond Lab</h1>\n",
        "src/components/News.astro": '---\nimport news from "../data/news.yaml";\n---\n'
        "{news.map((item) => <div>{item.date} {item.text}</div>)}\n",
        "src/pages/[lang]/index.astro": LOCALE_HOME.replace("news.yaml", "other.yaml"),
        "src/data/news.yaml": NEWS_YAML,
        "src/data/other.yaml": LAB_NEWS,
    }
    items, _ = listed(write(tmp_path / "site", site))
    assert summary(items) == TWO


BILINGUAL = """\
- id: a
  date: "2026-03"
  en: "Our paper was accepted at ICML 2026."
  zh: "我们的论文被 ICML 2026 接收。"
- id: b
  date: "2025-12"
  text:
    en: "I gave a talk at the Lake Workshop."
    zh: "我在湖泊研讨会上作了报告。"
  link: { url: "https://lake.example.org", en: "slides", zh: "幻灯片" }
"""
BILINGUAL_CONFIG = (
    "const news = defineCollection({ loader: file('src/data/news.yaml') });\n"
    "export const collections = { news };\n"
)


@pytest.mark.parametrize(
    ("astro_config", "words"),
    [
        (CONFIG, ["Our paper was accepted at ICML 2026", "I gave a talk at the Lake Workshop"]),
        (
            "export default { i18n: { defaultLocale: 'zh', locales: ['zh', 'en'] } };\n",
            ["我们的论文被 ICML 2026 接收。", "我在湖泊研讨会上作了报告。"],
        ),
    ],
)
def test_a_bilingual_entry_gives_the_default_language_words(
    tmp_path: Path, astro_config: str, words: list[str]
) -> None:
    site = {
        "astro.config.mjs": astro_config,
        "src/pages/index.astro": HOME,
        "src/components/Timeline.astro": TIMELINE,
        "src/content.config.ts": BILINGUAL_CONFIG,
        "src/data/news.yaml": BILINGUAL,
    }
    items, _ = listed(write(tmp_path / "site", site))
    assert [(i["title"], i["start"]) for i in items] == [
        (words[0], "2026-03"),
        (words[1], "2025-12"),
    ]
    assert [link["url"] for link in items[1]["links"]] == ["https://lake.example.org"]
