"""News kept in a data file that the site's own renderer walks, written in our own words:

- MkDocs with the macros plugin: ``include_yaml`` (``- news: data/news.yml``, or a bare
  path whose keys are variables) or ``extra:`` gives a page the variable ``news``, and a
  Jinja loop ``{% for item in news %}`` shows it;
- a hand-written page whose script fetches ``data/${name}.yml`` for each name of a list;
- a Nextra site whose homepage is ``content/index.mdx`` showing ``<News />``, a
  component reading the ``data/`` folder (``import { data } from "@/data"``);
- a Vite app's data file whose entries keep their words under language keys
  (``en: {news: …}``, ``zh: {news: …}``): the default language's words;
- what is no news: a repository's editing guide or version notes, and a Hugo
  ``data/news.yaml`` no template shows beside a homepage with news of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import build, listed, summary, write

# -- MkDocs + mkdocs-macros ------------------------------------------------------------

MKDOCS_NEWS = (
    '- title: "Two papers were accepted at a vision venue."\n  time: Mar 2026\n'
    '- title: "Ana gave an invited talk on sparse search."\n  time: Jan 2026\n'
    "  link: https://talks.example.org/ana\n"
)
LOOP = (
    "{% for item in news %}\n"
    '- __[{{ item.time }}]__ {% if item.link %}<a href="{{ item.link }}">{{ item.title }}</a>'
    "{% else %}{{ item.title }}{% endif %}\n{% endfor %}\n"
)
MKDOCS_EXPECTED = [
    ("Two papers were accepted at a vision venue", "2026-03", "month", "paper"),
    ("Ana gave an invited talk on sparse search", "2026-01", "month", "talk"),
]
MACROS = {
    "a named include": (
        "plugins:\n  - search\n  - macros:\n      include_yaml:\n        - news: data/news.yml\n",
        {"data/news.yml": MKDOCS_NEWS},
    ),
    "a bare include, its keys the variables": (
        "plugins:\n  - macros:\n      include_yaml:\n        - data/lab.yml\n",
        {
            "data/lab.yml": "news:\n"
            + "".join("  " + line + "\n" for line in MKDOCS_NEWS.splitlines())
        },
    ),
    "a list under extra": (
        "plugins:\n  - macros\nextra:\n  news:\n"
        + "".join("    " + line + "\n" for line in MKDOCS_NEWS.splitlines()),
        {},
    ),
}


@pytest.mark.parametrize("case", MACROS, ids=list(MACROS))
def test_a_macros_loop_shows_the_data_file(tmp_path: Path, case: str) -> None:
    config, data = MACROS[case]
    site = write(
        tmp_path / "site",
        {
            "mkdocs.yml": "site_name: Ana Lab\n" + config,
            "docs/index.md": "# Ana Lab\n\nWe study search.\n\n## News\n" + LOOP,
            **data,
        },
    )
    items, _ = listed(site)
    assert summary(items) == MKDOCS_EXPECTED
    assert items[1]["links"][0]["url"] == "https://talks.example.org/ana"


def test_a_loop_over_a_variable_no_macro_gives_is_no_news(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            "mkdocs.yml": "site_name: Ana Lab\nplugins:\n  - search\n",
            "docs/index.md": "# Ana Lab\n\n## News\n" + LOOP + "\n- Mar 2026: site opened\n",
            "data/news.yml": MKDOCS_NEWS,
        },
    )
    items, _ = listed(site)
    assert [i["title"] for i in items] == ["Site opened"]


# -- a script fetching data/${name}.yml over a list of names ---------------------------

SCRIPT_NEWS = (
    "# newest first\n"
    '- date: "2026-04"\n  body: |\n    Ana defended her thesis on sparse search!\n'
    '- date: "2025-11"\n  body: |\n    Our paper on graph search was accepted at a journal.\n'
)
SCRIPT_PAGE = (
    '<!DOCTYPE html>\n<html lang="en"><head><title>Ana Lab</title></head><body>\n'
    '<h1>Ana Lab</h1>\n<h2>News</h2>\n<div id="news"></div>\n'
    '<script src="js/site.js"></script>\n</body></html>\n'
)
SCRIPT_EXPECTED = [
    ("Ana defended her thesis on sparse search", "2026-04", "month", "position"),
    ("Our paper on graph search was accepted at a journal", "2025-11", "month", "paper"),
]
LOADERS = {
    "fetch over a const list": (
        'const FILES = ["people", "news", "courses"];\n'
        "async function loadOne(name) {\n  const res = await fetch(`data/${name}.yml`);\n"
        "  DATA[name] = jsyaml.load(await res.text());\n}\n"
        "Promise.all(FILES.map(loadOne));\n"
    ),
    "jQuery get over an inline list": (
        "['people', 'news'].forEach(function (n) {\n"
        "  $.get(`./data/${n}.yml`, function (t) { show(n, jsyaml.load(t)); });\n});\n"
    ),
}


@pytest.mark.parametrize("case", LOADERS, ids=list(LOADERS))
def test_a_templated_fetch_over_names_reads_the_news_file(tmp_path: Path, case: str) -> None:
    site = write(
        tmp_path / "site",
        {
            "index.html": SCRIPT_PAGE,
            "js/site.js": "const DATA = {};\n" + LOADERS[case],
            "data/news.yml": SCRIPT_NEWS,
            "data/people.yml": '- name: "Ana"\n  role: professor\n',
        },
    )
    items, _ = listed(site)
    assert summary(items) == SCRIPT_EXPECTED


def test_a_templated_fetch_whose_list_names_no_news_reads_nothing(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            "index.html": SCRIPT_PAGE,
            "js/site.js": 'const FILES = ["people", "courses"];\n'
            "FILES.map((name) => fetch(`data/${name}.yml`));\n",
            "data/news.yml": SCRIPT_NEWS,
        },
    )
    ran = feeds("list", "--content", str(site), "--now", "2026-11-26")
    assert ran.returncode == 1
    assert "Ana defended" not in ran.stdout


# -- Nextra: content/index.mdx with <News /> --------------------------------------------

NEXTRA = {
    "package.json": '{"dependencies": {"next": "15.0.0", "nextra": "4.0.0"}}\n',
    "next.config.ts": (
        'import nextra from "nextra";\n'
        'export default nextra({ contentDirBasePath: "/content" })({});\n'
    ),
    "tsconfig.json": '{"compilerOptions": {"paths": {"@/*": ["./*"]}}}\n',
    "content/index.mdx": (
        "---\ntitle: Ana\n---\n\n"
        'import { News, Talks } from "../content/sections";\n\n'
        "Hello, I am Ana, a researcher in search.\n\n"
        "### News\n\n<News />\n\n## Talks\n\n<Talks />\n"
    ),
    "content/sections/index.ts": (
        'export { default as News } from "./News";\nexport { default as Talks } from "./Talks";\n'
    ),
    "content/sections/News.tsx": (
        'import { data } from "@/data";\n\nexport default function News() {\n'
        "  return <ol>{data.news().news.map((n) => <li>{n.date} {n.description}</li>)}</ol>;\n}\n"
    ),
    "content/sections/Talks.tsx": (
        'import { data } from "@/data";\n\nexport default function Talks() {\n'
        "  return <ol>{data.talks().map((t) => <li>{t.title}</li>)}</ol>;\n}\n"
    ),
    "data/news.yml": (
        "news:\n  - date: 2026.07.15\n"
        "    description: 'Our paper on graph search was accepted at a venue!'\n"
        '  - date: 2025.08.12\n    description: "Excited to join a lab as a research engineer!"\n'
        '  # - date: 2024.01.02\n  #   description: "An old line kept as a comment"\n'
    ),
    "data/talks.yml": "- title: A talk on search\n",
}


def test_a_nextra_homepage_shows_the_news_its_component_reads(tmp_path: Path) -> None:
    site = write(tmp_path / "site", NEXTRA)
    items, _ = listed(site)
    assert summary(items) == [
        ("Our paper on graph search was accepted at a venue", "2026-07-15", "day", "paper"),
        ("Excited to join a lab as a research engineer", "2025-08-12", "day", "position"),
    ]


# -- entries whose words sit under language keys ----------------------------------------

VITE = {
    "package.json": '{"devDependencies": {"vite": "5.0.0"}}\n',
    "index.html": (
        '<!DOCTYPE html>\n<html lang="en"><head><title>Ana</title></head>\n'
        '<body><div id="root"></div>\n'
        '<script type="module" src="/index.tsx"></script></body></html>\n'
    ),
    "index.tsx": 'import App from "./App";\n',
    "App.tsx": "export default function App() { return null; }\n",
}
BILINGUAL = {
    "time before the languages": (
        '- time: "May 2026"\n  en:\n    news: "One paper was accepted at a data venue."\n'
        '  zh:\n    news: "一篇论文被数据会议接收。"\n'
        '- time: "Jan 2026"\n  en:\n    news: "Ana started as a research fellow."\n'
        '  zh:\n    news: "Ana 开始担任研究员。"\n'
    ),
    "Chinese first, a link beside": (
        '- zh:\n    news: "一篇论文被数据会议接收。"\n  en:\n'
        '    news: "One paper was accepted at a data venue."\n  time: "May 2026"\n'
        "  link: https://papers.example.org/1\n"
        '- zh:\n    news: "Ana 开始担任研究员。"\n'
        '  en:\n    news: "Ana started as a research fellow."\n'
        '  time: "Jan 2026"\n'
    ),
}


@pytest.mark.parametrize("case", BILINGUAL, ids=list(BILINGUAL))
def test_words_under_language_keys_give_the_default_language(tmp_path: Path, case: str) -> None:
    site = write(tmp_path / "site", {**VITE, "data/news.yaml": BILINGUAL[case]})
    items, _ = listed(site)
    assert summary(items) == [
        ("One paper was accepted at a data venue", "2026-05", "month", "paper"),
        ("Ana started as a research fellow", "2026-01", "month", "position"),
    ]


# -- what is no news -------------------------------------------------------------------

GUIDE = (
    "# How to update the site\n\n## News\n\n"
    "- Add a line to src/data/news.js with a title and a date\n"
    "- Keep the newest entry first\n- Run the build before you push\n"
)
VERSION = (
    "# Version\n\nCurrent: 1.1.0\n\n## History\n"
    "- **1.1.0** - 2026-06-22 - *minor*: drafts are saved on their own branch\n"
    "- **1.0.0** - 2026-06-11 - *major*: first public release\n"
    "- **0.1.0** - 2026-06-10 - *initial*: the template made reusable\n"
)
NOTES = {
    # (file, its text, the homepage beside it: none, or one without news)
    "an editing guide in capitals": ("CONTENT_UPDATE_GUIDE.md", GUIDE, None),
    "a guide in lower case": ("content-update-guide.md", GUIDE, None),
    "version notes": ("VERSION.md", VERSION, "index.md"),
    "a roadmap": ("ROADMAP.md", VERSION.replace("# Version", "# Roadmap"), "index.md"),
    "deployment notes": ("DEPLOY_NOTES.md", VERSION.replace("# Version", "# Deploys"), "index.md"),
}


@pytest.mark.parametrize("case", NOTES, ids=list(NOTES))
def test_a_repository_note_is_never_news(tmp_path: Path, case: str) -> None:
    name, text, homepage = NOTES[case]
    files = {name: text, "README.md": "# Lab site\n"}
    if homepage:
        files[homepage] = "# Ana\n\nI study search.\n"
    site = write(tmp_path / "site", files)
    ran = feeds("list", "--content", str(site), "--now", "2026-11-26")
    assert ran.returncode == 1
    assert ran.stdout == ""
    assert name not in ran.stderr


def test_a_page_of_the_site_with_news_is_still_read(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            "welcome.md": "# Ana\n\n## News\n\n- Mar 2026: Ana joined the lab\n",
            "VERSION.md": VERSION,
        },
    )
    items, _ = listed(site)
    assert [(i["title"], i["start"]) for i in items] == [("Ana joined the lab", "2026-03")]


BLOX_HOME = (
    "---\ntitle: ''\ntype: landing\nsections:\n  - block: markdown\n    content:\n"
    "      title: Recent News\n      text: |\n"
    "        **2025.07** &nbsp; Our paper on graph search won an award. <br><br>\n"
    "        **2025.05** &nbsp; Two papers were accepted at a learning venue. <br><br>\n---\n"
)
BLOX_GO_MOD = (
    "module x\nrequire github.com/HugoBlox/hugo-blox-builder/modules/blox-bootstrap/v5 v5\n"
)
OLD_DATA = '- date: "2023-12"\n  content: "I attended a workshop on search."\n'
LEFTOVERS = {
    # (files beside the homepage, titles expected)
    "a Hugo Blox module, no template names the file": (
        {"go.mod": BLOX_GO_MOD},
        ["Our paper on graph search won an award", "Two papers were accepted at a learning venue"],
    ),
    "a layout of the site ranges over it": (
        {
            "go.mod": BLOX_GO_MOD,
            "layouts/partials/news.html": "{{ range site.Data.news }}{{ .content }}{{ end }}\n",
        },
        [
            "Our paper on graph search won an award",
            "Two papers were accepted at a learning venue",
            "I attended a workshop on search",
        ],
    ),
    "another theme, not in the repository": (
        {"config/_default/module.yaml": "imports:\n  - path: github.com/someone/lab-theme\n"},
        [
            "Our paper on graph search won an award",
            "Two papers were accepted at a learning venue",
            "I attended a workshop on search",
        ],
    ),
}


@pytest.mark.parametrize("case", LEFTOVERS, ids=list(LEFTOVERS))
def test_a_hugo_news_file_no_template_shows_is_a_leftover(tmp_path: Path, case: str) -> None:
    files, expected = LEFTOVERS[case]
    site = write(
        tmp_path / "site",
        {
            "config/_default/hugo.yaml": "title: Ana\nbaseURL: https://ana.example.org/\n",
            "content/_index.md": BLOX_HOME,
            "data/news.yaml": OLD_DATA,
            **files,
        },
    )
    items, _ = listed(site)
    assert sorted(i["title"] for i in items) == sorted(expected)
    if len(expected) == 2:
        ran = build(site, tmp_path / "out")
        assert "data/news.yaml: info: no template shows this file" in ran.stderr
