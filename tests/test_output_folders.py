"""A site's built copy is never its source: the folder its generator writes into (a
committed MkDocs ``site/``, Jekyll ``_site/`` or ``destination:``, Hugo ``public/`` or
``publishDir``, Quarto ``_site/`` or ``output-dir: docs``, Eleventy ``_site/``, Astro's
``dist/``, Pelican's ``output/``) is left out by every reader that chooses pages. Each
site here is written in our own words with a built copy whose news list differs (and is
wrong): only the source's items come out."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from feeds.inputs.output_folders import is_output, output_folders

from .cli_run import feeds

# (configuration files, the folders they build into, relative to the site's root)
CONFIGS = {
    "MkDocs default": ({"mkdocs.yml": "site_name: A\n"}, {"site"}),
    "MkDocs site_dir": ({"mkdocs.yml": "site_name: A\nsite_dir: public_html\n"}, {"public_html"}),
    "Jekyll default": ({"_config.yml": "title: A\n"}, {"_site"}),
    "Jekyll destination": ({"_config.yml": "title: A\ndestination: ./built\n"}, {"built"}),
    "Hugo default": (
        {"hugo.toml": 'title = "A"\n', "content/_index.md": "x\n"},
        {"public", "resources"},
    ),
    "Hugo publishDir": (
        {"config.yaml": "title: A\npublishDir: docs\n", "content/_index.md": "x\n"},
        {"docs", "resources"},
    ),
    "Quarto default": ({"_quarto.yml": "project:\n  type: website\n"}, {"_site"}),
    "Quarto output-dir": (
        {"_quarto.yml": "project:\n  type: website\n  output-dir: docs\n"},
        {"docs"},
    ),
    "R Markdown": ({"_site.yml": 'name: "a"\noutput_dir: "docs"\n'}, {"docs"}),
    "Eleventy default": ({".eleventy.js": "module.exports = () => ({});\n"}, {"_site"}),
    "Eleventy dir.output": (
        {"eleventy.config.js": 'export default {dir: {input: "src", output: "docs"}};\n'},
        {"docs"},
    ),
    "Astro default": ({"astro.config.mjs": "export default { output: 'static' };\n"}, {"dist"}),
    "Vite outDir": ({"vite.config.ts": "export default { build: { outDir: 'www' } };\n"}, {"www"}),
    "Pelican": ({"pelicanconf.py": "SITENAME = 'A'\nOUTPUT_PATH = 'out/'\n"}, {"out"}),
    "no generator": ({"index.html": "<p>hi</p>\n"}, set()),
    "output into the root itself is no folder": (
        {"_quarto.yml": "project:\n  output-dir: .\n"},
        set(),
    ),
}


def write(site: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = site / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return site


@pytest.mark.parametrize("case", CONFIGS)
def test_output_folders_of_each_generator(tmp_path: Path, case: str) -> None:
    files, expected = CONFIGS[case]
    site = write(tmp_path / "site", files)
    root = site.resolve()
    assert {p.relative_to(root).as_posix() for p in output_folders(site)} == expected
    for name in expected:
        assert is_output(site / name / "news" / "index.html", site)
    assert not is_output(site / "index.md", site)


BUILT = (
    "<html><body><h1>Jane</h1><h2>News</h2><ul>"
    "<li>2020-03-01: A built item of an older build.</li>"
    "<li>2020-01-10: Another built item.</li>"
    "<li>2019-01-10: A third built item.</li></ul></body></html>\n"
)
SOURCE = (
    "## News\n\n- **2025-03-01**: Paper accepted at ExConf 2025.\n"
    "- **2025-01-10**: Gave a talk at the River Institute.\n"
)
EXPECTED = [
    ("Paper accepted at ExConf 2025", "2025-03-01"),
    ("Gave a talk at the River Institute", "2025-01-10"),
]

# (the site's sources, the folder its built copy is in)
SITES = {
    "MkDocs": ({"mkdocs.yml": "site_name: Jane\n", "docs/index.md": f"# Jane\n\n{SOURCE}"}, "site"),
    "Jekyll": ({"_config.yml": "title: Jane\n", "index.md": f"# Jane\n\n{SOURCE}"}, "_site"),
    "Jekyll, news page, destination": (
        {
            "_config.yml": "title: Jane\ndestination: built\n",
            "index.md": "# Jane\n\nI study rivers.\n",
            "news.md": f"---\ntitle: News\npermalink: /news/\n---\n\n{SOURCE}",
        },
        "built",
    ),
    "Jekyll, a news page in a folder, destination": (
        {
            "_config.yml": "title: Jane\ndestination: built\n",
            "index.md": "# Jane\n\nI study rivers.\n",
            "pages/lab/news.md": f"---\ntitle: News\npermalink: /news/\n---\n\n{SOURCE}",
        },
        "built",
    ),
    "Hugo": (
        {"hugo.toml": 'title = "Jane"\n', "content/_index.md": f"---\ntitle: Jane\n---\n{SOURCE}"},
        "public",
    ),
    "Quarto, output-dir docs": (
        {
            "_quarto.yml": "project:\n  type: website\n  output-dir: docs\n",
            "index.qmd": "---\ntitle: Jane\n---\n\nI study rivers.\n",
            "news.qmd": f"---\ntitle: News\n---\n\n{SOURCE}",
        },
        "docs",
    ),
    "Eleventy": (
        {".eleventy.js": "module.exports = () => ({});\n", "index.md": f"# Jane\n\n{SOURCE}"},
        "_site",
    ),
}


@pytest.mark.parametrize("case", SITES)
def test_a_built_copy_is_never_read(tmp_path: Path, case: str) -> None:
    files, built = SITES[case]
    copies = {
        f"{built}/index.html": BUILT,
        f"{built}/news.html": BUILT,
        f"{built}/news/index.html": BUILT,
        f"{built}/news.md": f"---\ntitle: News\n---\n\n{BUILT}",  # a copied source
        f"{built}/menu/news.md": f"---\ntitle: News\npermalink: /news/\n---\n\n{BUILT}",
    }
    site = write(tmp_path / "site", {**files, **copies})
    ran = feeds(
        "list", "--json", "--now", "2026-11-26", "--content", str(site),
        "--site-url", "https://jane.example.org/",
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    assert [(i["title"], i["start"]) for i in json.loads(ran.stdout)] == EXPECTED
