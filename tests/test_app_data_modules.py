"""Single-page apps (Vite, Create React App, Next.js) whose news is a data module of the
app (``src/data/news.ts``, ``src/data/news.js``, ``data/news.ts``) imported by a
component, under an ``index.html`` that is an empty shell (fix25, form 2). The module's
array is read as a literal, never run: TypeScript types, ``as const`` and trailing commas
do not stop it; an array that is no plain literal is refused in one line naming its line.

Every site is written here in our own words; ``feeds list --json`` is read back with
``json`` and a build's ``feed.xml`` with feedparser; expectations are written from the
input.
"""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import pytest

from .cli_run import feeds
from .hugo_sites import NOW, write

VITE_SHELL = """\
<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>Mira Okafor</title></head>
  <body>
    <div id="root"></div>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>
"""
VITE_MAIN = """\
import React from 'react'
import { createRoot } from 'react-dom/client'
import App from './App'
createRoot(document.getElementById('root')!).render(<App />)
"""
VITE_APP = """\
import Updates from './components/Updates'
export default function App() { return (<main><Updates /></main>) }
"""
UPDATES_COMPONENT = """\
import { newsItems } from '@/data/news'
export default function Updates() {
  return (<section><h2>News</h2><ul>
    {newsItems.map((n) => <li key={n.date}>{n.date}: {n.title}</li>)}
  </ul></section>)
}
"""
TS_MODULE = """\
export interface NewsItem {
  date: string;
  title: string;
  description?: string;
  kind?: 'paper' | 'talk';
}

// newest first
export const newsItems: NewsItem[] = [
  {
    date: "2026-03-02",
    title: "Our paper on sparse probes was accepted at ICML 2026",
    kind: 'paper' as const,
  },
  {
    date: '2025-11-14',
    title: 'Invited talk at the Kyoto robotics seminar',
    description: `Slides are online.`,
  },
  /* { date: "2025-01-01", title: "hidden draft" }, */
] as const;
"""
TWO_TS_ITEMS = [
    ("Our paper on sparse probes was accepted at ICML 2026", "2026-03-02", "day", "paper", 10),
    ("Invited talk at the Kyoto robotics seminar", "2025-11-14", "day", "talk", 15),
]
CRA_SHELL = """\
<!DOCTYPE html>
<html><head><link rel="icon" href="%PUBLIC_URL%/favicon.ico" /></head>
<body><noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root"></div></body></html>
"""
CRA_MODULE = """\
const NEWS = [
  { date: 'Jan 2026', text: 'I joined the <b>Vision Lab</b> as a postdoc.', },
  { date: 'Sep 2025', text: 'Received the best paper award at ECCV 2025!', },
];
export default NEWS;
"""

SITES = {
    "Vite: shell, main.tsx, App, a component importing @/data/news (TypeScript)": (
        {
            "package.json": '{"name": "lab", "devDependencies": {"vite": "^5"}}\n',
            "index.html": VITE_SHELL,
            "src/main.tsx": VITE_MAIN,
            "src/App.tsx": VITE_APP,
            "src/components/Updates.tsx": UPDATES_COMPONENT,
            "src/data/news.ts": TS_MODULE,
            "src/data/publications.ts": (
                "export const pubs = [{ year: 2024, title: 'A paper on lattices' }];\n"
            ),
        },
        TWO_TS_ITEMS,
    ),
    "Create React App: public/index.html, src/index.js, a default export": (
        {
            "package.json": '{"name": "me", "dependencies": {"react-scripts": "5"}}\n',
            "public/index.html": CRA_SHELL,
            "src/index.js": (
                "import ReactDOM from 'react-dom';\nimport App from './App';\n"
                "ReactDOM.render(<App />, document.getElementById('root'));\n"
            ),
            "src/App.js": (
                "import NEWS from './data/news';\nexport default function App() {\n"
                "  return <ul>{NEWS.map(n => <li>{n.date} {n.text}</li>)}</ul>;\n}\n"
            ),
            "src/data/news.js": CRA_MODULE,
        },
        [
            ("I joined the Vision Lab as a postdoc", "2026-01", "month", "position", 2),
            ("Received the best paper award at ECCV 2025", "2025-09", "month", "award", 3),
        ],
    ),
    "Next.js: app/page.tsx imports lib/updates.ts through @/": (
        {
            "next.config.ts": "export default {};\n",
            "app/page.tsx": (
                "import { news } from '@/lib/updates';\nexport default function Home() {\n"
                "  return <ul>{news.map((n) => <li key={n.date}>{n.text}</li>)}</ul>;\n}\n"
            ),
            "lib/updates.ts": (
                "type News = { date: string; text: string };\n"
                "export const news: Array<News> = [\n"
                "  { date: '2024-06-01', text: 'Started as assistant professor at Example U' },\n"
                "] satisfies News[];\n"
            ),
        },
        [("Started as assistant professor at Example U", "2024-06-01", "day", "position", 3)],
    ),
    "Vite: an alias of the app's own (@data/news), the module where apps keep it": (
        {
            "package.json": '{"name": "lab"}\n',
            "index.html": VITE_SHELL,
            "src/main.tsx": VITE_MAIN,
            "src/App.tsx": "import { newsItems } from '@data/news'\nexport default () => null\n",
            "src/data/news.ts": TS_MODULE,
        },
        TWO_TS_ITEMS,
    ),
    "Vite + Vue: src/App.vue imports content/news.json": (
        {
            "package.json": '{"name": "lab"}\n',
            "index.html": VITE_SHELL.replace("main.tsx", "main.js"),
            "src/main.js": "import { createApp } from 'vue'\nimport App from './App.vue'\n",
            "src/App.vue": (
                "<script setup>\nimport news from '../content/news.json'\n</script>\n"
                '<template><p v-for="n in news">{{ n.date }} {{ n.text }}</p></template>\n'
            ),
            "content/news.json": json.dumps(
                [{"date": "2023-05-04", "text": "Our paper on tidal models was accepted at ICLR"}]
            ),
        },
        [("Our paper on tidal models was accepted at ICLR", "2023-05-04", "day", "paper", 1)],
    ),
}


def listed(content: Path) -> list[dict]:
    result = feeds(
        "list", "--json", "--content", str(content),
        "--now", NOW, "--site-url", "https://mira.example.org/", "--timezone", "UTC",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("name", SITES)
def test_app_site_root(tmp_path: Path, name: str):
    files, expected = SITES[name]
    items = listed(write(tmp_path, files))
    got = [(i["title"], i["start"], i["precision"], i["type"], i["line"]) for i in items]
    assert got == expected


def test_feed_of_a_vite_app(tmp_path: Path):
    site = write(tmp_path / "site", SITES[next(iter(SITES))][0])
    result = feeds(
        "build", "--content", str(site), "--out", str(tmp_path / "out"),
        "--now", NOW, "--site-url", "https://mira.example.org/", "--timezone", "UTC",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    feed = feedparser.parse((tmp_path / "out" / "feed.xml").read_bytes())
    expected = [
        ("Our paper on sparse probes was accepted at ICML 2026", (2026, 3, 2)),
        ("Invited talk at the Kyoto robotics seminar", (2025, 11, 14)),
    ]
    assert len(feed.entries) == len(expected)
    for entry, (words, day) in zip(feed.entries, expected, strict=True):
        assert entry.title.endswith(words)  # after a kind label ("Paper: ") if any
        assert entry.published_parsed[:3] == day


def test_array_that_is_no_literal_is_refused_in_one_line(tmp_path: Path):
    files = dict(SITES[next(iter(SITES))][0])
    files["src/data/news.ts"] = (
        "import hero from '../assets/hero.png'\n"
        "export const newsItems = [\n"
        "  { date: '2026-03-02', title: 'Poster at ICML', image: hero },\n"
        "];\n"
    )
    result = feeds(
        "list", "--content", str(write(tmp_path, files)), "--now", NOW,
        "--site-url", "https://mira.example.org/",
    )  # fmt: skip
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert "src/data/news.ts:3:" in lines[0] and "no plain literal" in lines[0]


def test_handwritten_index_html_is_no_shell(tmp_path: Path):
    """A page with words of its own is read as the page, even beside a package.json
    and a news module (its own list wins)."""
    files = {
        "package.json": '{"name": "tools"}\n',
        "index.html": (
            "<html><body><h2>News</h2><ul><li>2022-02-02: Gave a talk at the Example "
            "Workshop</li></ul></body></html>\n"
        ),
        "src/data/news.ts": TS_MODULE,
    }
    items = listed(write(tmp_path, files))
    assert [(i["title"], i["start"]) for i in items] == [
        ("Gave a talk at the Example Workshop", "2022-02-02")
    ]
