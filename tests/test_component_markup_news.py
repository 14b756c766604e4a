"""A JavaScript framework's homepage whose news is literal HTML in the component itself
(issue 8, probe corpus c20 cause B): ``src/pages/index.astro`` with ``<h2>News</h2><ul>
<li>…``, no data file behind it. The markup after the code is read as an HTML page; a
list the component generates from data (``{items.map(…)}``) stays template code.

Every site is written here in our own words; ``feeds list --json`` is read back with
``json``; expectations are written from the input.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import NOW, write

ASTRO_LITERAL = """\
---
import BaseLayout from '../layouts/BaseLayout.astro';
import Papers from '../components/Papers.astro';
const name = "Ana";
---

<BaseLayout title={name}>
  <h2>About</h2>
  <p>I build sparse probes {/* for tabular models */}.</p>

  <h2>News</h2>
  <ul>
    <li><strong>[Apr. 2026]</strong> "Sparse probes for tables" is accepted at ICML 2026.</li>
    <li><strong>[Dec 2025]</strong> I defended my PhD thesis{" "}with distinction.</li>
    <li><strong>[Sep. 2025]</strong> Gave an invited talk at <a href={"https://x.org/"}>X</a>.</li>
  </ul>

  <h2>Talks</h2>
  <ul>
    <li><strong>[Nov. 2024]</strong> "Probing tables" at a reading group.</li>
  </ul>
  <Papers />
</BaseLayout>
"""
PAPERS = """\
---
import papers from '../data/papers.json';
---
<h2>Publications</h2>
<ul>{papers.map(p => <li>{p.year}: {p.title}</li>)}</ul>
"""
ASTRO_ITEMS = [
    ('"Sparse probes for tables" is accepted at ICML 2026', "2026-04", "month", "paper"),
    ("I defended my PhD thesis with distinction", "2025-12", "month", "position"),
    ("Gave an invited talk at X", "2025-09", "month", "talk"),
    ('"Probing tables" at a reading group', "2024-11", "month", "talk"),  # its talks list
]
ASTRO_SITE = {
    "astro.config.mjs": "export default {};\n",
    "package.json": '{"name": "ana", "dependencies": {"astro": "^5"}}\n',
    "src/layouts/BaseLayout.astro": (
        "---\nconst { title } = Astro.props;\n---\n<main><slot /></main>\n"
    ),
    "src/pages/index.astro": ASTRO_LITERAL,
    "src/components/Papers.astro": PAPERS,
    "src/data/papers.json": json.dumps([{"year": 2024, "title": "A paper on lattices"}]),
}

SITES = {
    "Astro: literal news in index.astro, publications generated in a component": (
        ASTRO_SITE,
        ASTRO_ITEMS,
    ),
    "Astro: literal news in a component the homepage uses": (
        {
            "astro.config.ts": "export default {};\n",
            "src/pages/index.astro": (
                "---\nimport Updates from '../components/Updates.astro';\n---\n"
                "<h2>About</h2><p>Hello.</p>\n<Updates />\n"
            ),
            "src/components/Updates.astro": (
                "<section>\n<h3>Recent updates</h3>\n<ul>\n"
                "<li>2025-03-04: Joined the Widget Lab as a postdoc.</li>\n"
                "<li>2024-11-20: Our paper on gears was accepted to GEAR 2025.</li>\n"
                "</ul>\n</section>\n"
            ),
        },
        [
            ("Joined the Widget Lab as a postdoc", "2025-03-04", "day", "position"),
            ("Our paper on gears was accepted to GEAR 2025", "2024-11-20", "day", "paper"),
        ],
    ),
    "SvelteKit: literal news in +page.svelte": (
        {
            "svelte.config.js": "export default {};\n",
            "src/routes/+page.svelte": (
                "<script>\n  const links = { lab: 'https://x.org/' };\n</script>\n\n"
                "<h1>Ana</h1>\n<h2>News</h2>\n<ul>\n"
                "  <li><b>Mar 2026</b> Our paper on widgets is accepted at WIDG 2026.</li>\n"
                "  <li><b>Jan 2026</b> Started as an assistant professor at the "
                "<a href={links.lab}>Lab</a>.</li>\n</ul>\n"
                "<style>\n  li { margin: 0; }\n</style>\n"
            ),
        },
        [
            ("Our paper on widgets is accepted at WIDG 2026", "2026-03", "month", "paper"),
            ("Started as an assistant professor at the Lab", "2026-01", "month", "position"),
        ],
    ),
    "Nuxt: literal news in pages/index.vue": (
        {
            "nuxt.config.ts": "export default defineNuxtConfig({})\n",
            "pages/index.vue": (
                "<template>\n  <div>\n    <h2>News</h2>\n    <ul>\n"
                "      <li>[Feb 2026] Received the young researcher award.</li>\n"
                '      <li>[Oct 2025] Gave a keynote talk at <a :href="url">Widget Days</a>'
                "{{ suffix }}.</li>\n"
                "    </ul>\n  </div>\n</template>\n\n"
                '<script setup>\nconst url = "https://x.org/";\n</script>\n'
            ),
        },
        [
            ("Received the young researcher award", "2026-02", "month", "award"),
            ("Gave a keynote talk at Widget Days", "2025-10", "month", "talk"),
        ],
    ),
}


def listed(content: Path) -> list[dict]:
    result = feeds(
        "list", "--json", "--content", str(content),
        "--now", NOW, "--site-url", "https://ana.example.org/", "--timezone", "UTC",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def rows(items: list[dict]) -> list[tuple[str, str, str, str]]:
    return [(i["title"], i["start"], i["precision"], i["type"]) for i in items]


@pytest.mark.parametrize("name", SITES)
def test_literal_news_of_a_component_from_the_site_root(tmp_path: Path, name: str):
    files, expected = SITES[name]
    assert rows(listed(write(tmp_path, files))) == expected


def test_the_component_given_as_content_is_read_as_a_page(tmp_path: Path):
    site = write(tmp_path, ASTRO_SITE)
    items = listed(site / "src" / "pages" / "index.astro")
    assert rows(items) == ASTRO_ITEMS
    # each item names the component's own line
    assert [i["line"] for i in items] == [13, 14, 15, 20]


def test_code_and_expressions_are_never_published(tmp_path: Path):
    site = write(tmp_path, ASTRO_SITE)
    out = tmp_path / "out"
    ran = feeds(
        "build", "--content", str(site), "--out", str(out),
        "--now", NOW, "--site-url", "https://ana.example.org/", "--timezone", "UTC",
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    written = "".join(p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file())
    for code in ("import ", "BaseLayout", "for tabular models */", "Astro.props", "{name}"):
        assert code not in written, code


@pytest.mark.parametrize(
    ("home", "name"),
    [
        (  # Astro: the list is generated from data the component does not import as news
            "---\nimport people from '../data/people.json';\n---\n<h2>News</h2>\n"
            "<ul>{people.map(p => <li>[Jan 2025] {p.name} joined.</li>)}</ul>\n",
            "src/pages/index.astro",
        ),
        (  # Svelte: {#each}
            "<script>\n  import people from '$lib/people.json';\n</script>\n<h2>News</h2>\n"
            "<ul>{#each people as p}<li>[Jan 2025] joined the lab</li>{/each}</ul>\n",
            "src/routes/+page.svelte",
        ),
        (  # Vue: v-for
            "<template>\n<h2>News</h2>\n<ul>\n"
            '<li v-for="p in people">[Jan 2025] joined the lab</li>\n</ul>\n</template>\n',
            "pages/index.vue",
        ),
    ],
)
def test_a_generated_list_is_template_code_still(tmp_path: Path, home: str, name: str):
    config = {
        ".astro": "astro.config.mjs",
        ".svelte": "svelte.config.js",
        ".vue": "nuxt.config.ts",
    }[Path(name).suffix]
    site = write(
        tmp_path,
        {
            config: "export default {};\n",
            name: home,
            "src/data/people.json": json.dumps([{"name": "Bo"}]),
            "src/lib/people.json": json.dumps([{"name": "Bo"}]),
        },
    )
    page = site / name
    for content in (page, site):
        result = feeds("list", "--content", str(content), "--now", NOW)
        assert result.returncode == 1, result.stdout
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert f"{Path(name).name}:1:" in feeds("list", "--content", str(page), "--now", NOW).stderr
