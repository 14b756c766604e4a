"""Posts with no ``date:`` that a site still shows dated (held-out c37, c39):

- an Astro content collection of documents (``glob({ base: './src/content/news' })``)
  named ``2025-03-15-slug.md``, whose list takes the day from the entry's id: the
  document is dated by its file name, as Jekyll dates a collection's documents;
- a Hugo page bundle (or a Jekyll ``_news`` document) whose layout prints a free-text
  field named for the event's day (``eventDate: "13-15 Novembre 2024"``): that field
  dates it, read with the date grammar (month names in French, a range keeping its end).

A ``date:`` always wins. Sites written here in our own words; ``feeds list --json`` read
back with ``json``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import listed, write

ASTRO_CONFIG = "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n"
ASTRO_HOME = """\
---
import { getCollection } from 'astro:content';
const news = (await getCollection('news')).sort((a, b) => b.id.localeCompare(a.id));
---
<section><h2>News</h2><ul>
{news.map((n) => <li>{n.id.slice(0, 10)} <a href={`/news/${n.id}`}>{n.data.title}</a></li>)}
</ul></section>
"""
ASTRO_COLLECTIONS = """\
import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
const news = defineCollection({
  loader: glob({ pattern: '**/[!_]*.md', base: './src/content/news' }),
  schema: z.object({ title: z.string() }),
});
export const collections = { news };
"""

# (file name, front matter lines, expected (start, end))
ASTRO_DOCS = [
    ("2026-03-15-eurovis.md", "title: Two papers accepted at a vis meeting", ("2026-03-15", None)),
    ("2025-8-4-joins.md", "title: A new student joins the group", ("2025-08-04", None)),
    ("2024-01-02-moved.md", "title: We moved\ndate: 2024-02-01", ("2024-02-01", None)),
    ("lab-opened.md", "title: The lab opened its doors", (None, None)),
]


def test_an_astro_document_without_a_date_is_dated_by_its_file_name(tmp_path: Path) -> None:
    files = {
        "astro.config.mjs": ASTRO_CONFIG,
        "src/pages/index.astro": ASTRO_HOME,
        "src/content.config.ts": ASTRO_COLLECTIONS,
    }
    for name, lines, _ in ASTRO_DOCS:
        files[f"src/content/news/{name}"] = f"---\n{lines}\n---\nSome words.\n"
    items, _ = listed(write(tmp_path / "site", files))
    got = {i["title"]: (i["start"], i["end"]) for i in items}
    assert got == {lines.split("\n")[0][7:]: day for _, lines, day in ASTRO_DOCS}


HUGO_CONFIG = 'baseURL = "https://diadem.example.org/"\ntitle = "Diadem"\n'

# (front matter lines after the title, expected (start, end))
FIELDS = [
    ('eventDate: "13-15 Novembre 2024"', ("2024-11-13", "2024-11-15")),
    ('eventDate: "9 avril 2026"', ("2026-04-09", None)),
    ('event_date: "26-28 janvier 2027"', ("2027-01-26", "2027-01-28")),
    ("dates: March 3-5, 2025", ("2025-03-03", "2025-03-05")),
    ('When: "12 June 2023"', ("2023-06-12", None)),
    ("eventDate: 2022-10-04", ("2022-10-04", None)),
    ('date: 2021-05-06\neventDate: "9 avril 2026"', ("2021-05-06", None)),  # date wins
    ('eventDate: ""\nsummary: no day', (None, None)),
]


@pytest.mark.parametrize("layout", ["hugo", "jekyll"])
def test_a_post_without_a_date_is_dated_by_its_event_day_field(tmp_path: Path, layout: str) -> None:
    if layout == "hugo":
        files = {"hugo.toml": HUGO_CONFIG, "content/_index.md": "---\ntitle: Diadem\n---\nHi.\n"}
        path = "content/news/event-{n}/index.md"
    else:
        files = {
            "_config.yml": "collections: {news: {output: true}}\n",
            "index.md": "---\ntitle: Diadem\n---\n## News\n\n{% for a in site.news %}<li>"
            "{{ a.eventDate }} {{ a.title }}</li>{% endfor %}\n",
        }
        path = "_news/event-{n}.md"
    for n, (lines, _) in enumerate(FIELDS):
        files[path.format(n=n)] = f"---\ntitle: 'Meeting number {n}'\n{lines}\n---\nWords.\n"
    items, _ = listed(write(tmp_path / "site", files))
    got = {i["title"]: (i["start"], i["end"]) for i in items}
    assert got == {f"Meeting number {n}": day for n, (_, day) in enumerate(FIELDS)}
