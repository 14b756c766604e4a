"""Layouts of the session-28 scan whose news ``feeds`` did not reach, each as the general
form sites write it (sites written here in our own words; ``feeds list --json`` read
back with ``json``):

- an Astro project (``astro.config.mjs`` with ``outDir: './docs'``) beside a template's
  leftover ``index.html`` at the root: the homepage is ``src/pages/index.astro``, which
  imports ``src/data/news.yml`` (``date: 2025.10`` unquoted: October, not January);
- a Jekyll collection declared under ``collections:`` (``_updates/``) that the homepage
  walks in a Liquid loop: its documents are the news, as ``_news/``'s are, and the
  undated "Quick links" beside the loop are not;
- a news data file whose list sits one level down under a page's own keys
  (``news: {title: News, news: [...]}``), on a site built by a generator of its own
  (``config.yaml`` with ``template_dir``, ``content/posts/``): the data file, not the posts;
- an Astro 5 collection loaded with ``glob({ pattern: "news.yaml", base: "./content" })``
  that the homepage reads through a helper of the site (``getSingle('news')``);
- an entry's ``categories: ["Talk"]`` (a list) is its author's label, as ``category:`` is.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import build, listed, write

# --- 1. an Astro project with a leftover index.html at its root -----------------------

ASTRO_CONFIG = """\
import { defineConfig } from 'astro/config';
import yaml from '@rollup/plugin-yaml';
export default defineConfig({ site: 'https://ana.example.org', outDir: '%s',
  vite: { plugins: [yaml()] } });
"""
LEFTOVER = """\
<!DOCTYPE html><html><head><title>Prologue by a template maker</title></head><body>
<section id="top"><h2>Selected Publications</h2><ul><li>Ducks, a study (2019)</li></ul></section>
</body></html>
"""
ASTRO_HOME = """\
---
import news from '../data/news.yml';
---
<section id="news"><h2>News</h2><ul class="news">
{news.map((item) => <li><span class="date">{item.date}</span> <span set:html={item.html} /></li>)}
</ul></section>
"""
ASTRO_NEWS = """\
# newest first
- date: 2025.10
  html: >
    Our paper on duck migration was accepted to <strong>POND 2025</strong>.
- date: 2025.04
  html: >
    I received the <strong>Lake Award</strong> for young researchers.
"""
BUILT = "<html><body><h2>News</h2><ul><li>2025.10 Our paper on duck migration</li></ul>"


@pytest.mark.parametrize("out", ["./docs", "dist"])
def test_an_astro_projects_leftover_root_page_is_not_its_homepage(tmp_path: Path, out: str) -> None:
    site = write(
        tmp_path / "site",
        {
            "astro.config.mjs": ASTRO_CONFIG % out,
            "index.html": LEFTOVER,
            "src/pages/index.astro": ASTRO_HOME,
            "src/data/news.yml": ASTRO_NEWS,
            f"{out.strip('./')}/index.html": BUILT,
        },
    )
    items, _ = listed(site)
    assert [(i["title"], i["start"], i["type"]) for i in items] == [
        ("Our paper on duck migration was accepted to POND 2025", "2025-10", "paper"),
        ("I received the Lake Award for young researchers", "2025-04", "award"),
    ]
    said = build(site, tmp_path / "out").stderr
    assert "index.html at the root is not read" in said
    assert f"into {out.strip('./')}/" in said


def test_a_root_page_without_an_astro_homepage_is_still_the_homepage(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            "astro.config.mjs": ASTRO_CONFIG % "./docs",
            "index.html": "<html><body><h2>News</h2><ul>"
            "<li>[05/2025] I joined the Pond Lab.</li></ul></body></html>",
        },
    )
    items, _ = listed(site)
    assert [(i["title"], i["start"]) for i in items] == [("I joined the Pond Lab", "2025-05")]


# --- 2. a Jekyll collection the homepage walks -----------------------------------------

JEKYLL_CONFIG = """\
title: Ana
collections:
  %s:
    output: true
    permalink: /%s/:name/
  essays:
    output: true
"""
LOOP = """\
{%% assign items = site.%s | sort: 'date' | reverse %%}
{%% for u in items limit: 10 %%}
  <li class="item"><div class="meta">{{ u.date | date: "%%Y-%%m-%%d" }}</div>
  <div class="title"><a href="{{ u.url | relative_url }}">{{ u.title }}</a></div></li>
{%% endfor %%}
"""
QUICK_LINKS = """\
<aside class="card"><h2>Quick links</h2><ul class="list">
<li class="item"><div class="title"><a href="/essays/">Essays</a></div><div>Longer notes</div></li>
<li class="item"><div class="title"><a href="/about/">About</a></div><div>Bio and contact</div></li>
</ul></aside>
"""


def _jekyll_home(name: str, included: bool) -> dict[str, str]:
    body = "{% include latest.html %}" if included else LOOP % name
    page = (
        "---\nlayout: default\ntitle: Updates\n---\n\n<h1>Recent updates</h1>\n"
        f'<section class="card"><h2>Latest</h2><ul class="list">\n{body}\n</ul></section>\n'
        f"{QUICK_LINKS}"
    )
    files = {"index.md": page}
    if included:
        files["_includes/latest.html"] = LOOP % name
    return files


@pytest.mark.parametrize("name", ["updates", "announcements"])
@pytest.mark.parametrize("included", [False, True])
def test_a_collection_the_homepage_walks_is_the_news(
    tmp_path: Path, name: str, included: bool
) -> None:
    site = write(
        tmp_path / "site",
        {
            "_config.yml": JEKYLL_CONFIG % (name, name),
            **_jekyll_home(name, included),
            f"_{name}/2025-12-20-pond-grant.md": '---\ntitle: "We received a grant from the '
            'Pond Fund"\ndate: 2025-12-20\n---\n\nIt funds two students.\n',
            f"_{name}/2026-01-05-talk.md": '---\ntitle: "I gave a talk at the Lake Workshop"\n'
            "date: 2026-01-05\n---\n\nSlides to follow.\n",
            "_essays/2024-03-01-on-ducks.md": '---\ntitle: "On ducks"\ndate: 2024-03-01\n---\n'
            "\nA long note.\n",
        },
    )
    items, ran = listed(site)
    assert [(i["title"], i["start"], i["type"]) for i in items] == [
        ("I gave a talk at the Lake Workshop", "2026-01-05", "talk"),
        ("We received a grant from the Pond Fund", "2025-12-20", "award"),
    ]
    assert items[0]["links"][0]["url"] == f"https://ana.example.org/{name}/2026-01-05-talk/"
    assert "no date found" not in ran.stderr  # the quick links are not news at all


def test_a_collection_no_page_walks_is_not_the_news(tmp_path: Path) -> None:
    home = "---\ntitle: Ana\n---\n\n## News\n\n- (Mar 2025) I joined the Pond Lab.\n"
    site = write(
        tmp_path / "site",
        {
            "_config.yml": JEKYLL_CONFIG % ("updates", "updates"),
            "index.md": home,
            "_updates/2025-12-20-x.md": '---\ntitle: "A draft note"\ndate: 2025-12-20\n---\n',
        },
    )
    items, _ = listed(site)
    assert [(i["title"], i["start"]) for i in items] == [("I joined the Pond Lab", "2025-03")]


# --- 3. a nested news list, on a site with a generator of its own ----------------------

OWN_CONFIG = """\
deploy_url: https://ana.example.org/
template_dir: templates
content_dir: content
build_dir: docs
pages:
  index: {name: Homepage, url: /, template: index.html}
  posts: {name: Posts, url: /p/, template: posts_index.html}
"""
NESTED_NEWS = """\
news:
  title: "News"
  intro: ""
  content: "News from our lab:"
  news:
    - date: 2026-04-24
      title: "Lab dinner by the pond"
      description: |
        <p>We celebrated the end of term.</p>
    - date: 2026-02-10
      title: "Our duck migration paper is published in Pond Letters"
      description: |
        <p>Read it at the journal.</p>
"""
POST = '---\ntitle: "A year in review"\ndate: 2025-12-31\n---\n\nWhat we did this year.\n'


def test_a_nested_news_list_of_an_own_generator_is_the_news(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            "config.yaml": OWN_CONFIG,
            "build.py": "import yaml\n",
            "templates/index.html": "<h4>Latest news</h4>{% for item in news[:6] %}"
            "<p>{{ item.title }}</p>{% endfor %}\n",
            "content/news.yaml": NESTED_NEWS,
            "content/posts/2025_review.md": POST,
        },
    )
    items, _ = listed(site)
    assert [(i["title"], i["start"], i["type"]) for i in items] == [
        ("Lab dinner by the pond", "2026-04-24", "news"),
        ("Our duck migration paper is published in Pond Letters", "2026-02-10", "paper"),
    ]
    said = build(site, tmp_path / "out").stderr
    assert "news read from this file: no homepage or news page was found" in said


NESTED = [  # (data file, the titles read; [] when the file holds no news list)
    (NESTED_NEWS, ["Lab dinner by the pond", "Our duck migration paper is published in Pond "
                   "Letters"]),
    (  # the inner list under another list name
        "updates:\n  heading: Updates\n  items:\n    - date: 2025-05-01\n"
        "      text: I joined the lab.\n    - date: 2025-03-01\n      text: I gave a talk.\n",
        ["I joined the lab", "I gave a talk"],
    ),
    (  # undated entries one level down: a list of people, no news
        "people:\n  title: People\n  people:\n    - name: Ana\n      text: PI\n"
        "    - name: Bo\n      text: Student\n",
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "titles"), NESTED)
def test_a_list_one_level_down_is_read_when_dated(
    tmp_path: Path, text: str, titles: list[str]
) -> None:
    path = write(tmp_path / "site", {"data/news.yaml": text}) / "data/news.yaml"
    result = feeds(
        "list", "--json", "--content", str(path), "--now", "2026-11-26",
        "--site-url", "https://ana.example.org/",
    )  # fmt: skip
    if not titles:
        assert result.returncode == 1
        assert "no list of news entries" in result.stderr
        return
    assert result.returncode == 0, result.stderr
    assert [i["title"] for i in json.loads(result.stdout)] == titles


# --- 4. an Astro collection of one data file, read through the site's helper ------------

CONTENT_CONFIG = """\
import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
const people = defineCollection({
  loader: glob({ pattern: "people.yaml", base: "./content" }),
  schema: z.object({ members: z.array(z.object({ name: z.string() })) }),
});
const news = defineCollection({
  loader: glob({ pattern: "news.yaml", base: "./content" }),
  schema: z.object({ heading: z.string(), items: z.array(z.object({ title: z.string() })) }),
});
export const collections = { people, news };
"""
HELPER = """\
import { getCollection } from 'astro:content';
export async function getSingle(collection) {
  const entries = await getCollection(collection);
  return entries[0].data;
}
"""
HELPER_HOME = """\
---
import { getSingle } from '../lib/content';
const recent = (await getSingle('news')).items.slice(0, 3);
const members = (await getSingle('people')).members;
---
<h2>News &amp; updates</h2>
{recent.map((item) => <article><time>{item.date}</time><h3>{item.title}</h3></article>)}
"""
ONE_FILE_NEWS = """\
heading: "News"
description: "What the lab did."
items:
  - title: "Pond toolkit released"
    date: "2025-06-01"
    description: "Free to download."
    category: "Release"
  - title: "We hosted the Lake Workshop"
    date: "2025-03-02"
    description: "Two days of talks."
"""


def test_a_one_file_collection_read_through_a_helper_is_the_news(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            "astro.config.mjs": "export default {};\n",
            "src/content.config.ts": CONTENT_CONFIG,
            "src/lib/content.ts": HELPER,
            "src/pages/index.astro": HELPER_HOME,
            "content/news.yaml": ONE_FILE_NEWS,
            "content/people.yaml": "members:\n  - name: Ana\n  - name: Bo\n",
        },
    )
    items, _ = listed(site)
    assert [(i["title"], i["start"], i["kind"]) for i in items] == [
        ("Pond toolkit released", "2025-06-01", "Release"),
        ("We hosted the Lake Workshop", "2025-03-02", None),
    ]


# --- 5. an entry's categories: its author's label --------------------------------------

FILED = [  # (categories line, kind, type)
    ('categories: ["Talk"]', "Talk", "talk"),
    ('categories: ["Publication", "Conference"]', "Publication", "paper"),
    ('categories: ["Vortrag"]', "Vortrag", "talk"),  # in the type words' languages
    ('categories: ["News", "Talk"]', "Talk", "talk"),  # the first that names a type
    ("categories: Award", "Award", "award"),
    ('categories: ["News"]', None, "event"),  # names no type: the words say (a session)
    ("", None, "event"),
]


@pytest.mark.parametrize(("line", "kind", "type_"), FILED)
def test_an_entrys_categories_are_its_label(
    tmp_path: Path, line: str, kind: str | None, type_: str
) -> None:
    entry = f"- {line}\n  text: Two-day session on pond ecology for the summer school\n"
    entry = entry if line else entry.replace("- \n  text", "- text")
    text = entry + '  date: "10/01/2025"\n'
    path = write(tmp_path / "site", {"news/news.yaml": text}) / "news/news.yaml"
    result = feeds(
        "list", "--json", "--content", str(path), "--now", "2026-11-26",
        "--site-url", "https://ana.example.org/",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (item,) = json.loads(result.stdout)
    assert (item["kind"], item["type"]) == (kind, type_)


def test_a_collection_the_news_page_walks_is_the_news(tmp_path: Path) -> None:
    page = "---\nlayout: page\ntitle: Updates\npermalink: /updates/\n---\n\n" + LOOP % "updates"
    site = write(
        tmp_path / "site",
        {
            "_config.yml": JEKYLL_CONFIG % ("updates", "updates"),
            "index.md": "---\ntitle: Ana\n---\n\nI study ponds and the ducks on them.\n",
            "updates.md": page,
            "_updates/2026-01-05-talk.md": '---\ntitle: "I gave a talk at the Lake Workshop"\n'
            "date: 2026-01-05\n---\n",
        },
    )
    items, _ = listed(site)
    assert [(i["title"], i["start"], i["type"]) for i in items] == [
        ("I gave a talk at the Lake Workshop", "2026-01-05", "talk")
    ]
