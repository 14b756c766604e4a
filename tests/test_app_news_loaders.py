"""JavaScript apps whose components get their news through a module no import names as
news (held-out c31):

- a Next.js App Router homepage (``app/page.tsx``, ``src/app/page.tsx``) calls a loader
  named for news (``getNews()``, ``getAllNews()``) from ``@/lib/data``, which reads a JSON
  file with ``fs``: the file its body names (``path.join(process.cwd(), 'data',
  'news.json')``, a path from the module), else by name where apps keep data (``data/``);
- a Vite app's component maps ``PROFILE.news`` of an object a module exports beside a
  publication list, which is not news.

Sites are written in our own words; items are read back with ``feeds list --json``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import NOW, listed, write

NEWS_JSON = """\
[
  {"date": "Feb 25th 2026",
   "headline": "Congratulations to Mina on her <a href='https://x.org/t'>thesis</a> defense",
   "headline_ko": "미나의 학위 논문 심사 통과를 축하합니다"},
  {"date": "Dec 3rd 2025", "headline": "Our atlas paper is out in a genomics journal",
   "headline_ko": "아틀라스 논문이 출판되었습니다"}
]
"""
EXPECTED = [
    ("Congratulations to Mina on her thesis defense", "2026-02-25"),
    ("Our atlas paper is out in a genomics journal", "2025-12-03"),
]
PAGE = """\
import {{ getPapers, {loader} }} from '{spec}'
import {{ Hero }} from '@/components/Hero'

export default function Home() {{
  const news = {loader}()
  return <main><Hero /><Latest items={{news}} papers={{getPapers()}} /></main>
}}
"""
READ_JSON = """\
import fs from 'fs'
import path from 'path'

const dataDir = path.join(process.cwd(), 'data')

function readJSON(name) {
  return JSON.parse(fs.readFileSync(path.join(dataDir, name), 'utf-8'))
}

export function getPapers() {
  return readJSON('papers.json')
}

export function getNews() {
  return readJSON('news.json')
}
"""
JOINED = """\
import fs from 'fs'
import path from 'path'

export function getPapers() { return [] }

export async function getAllNews() {
  const file = path.join(process.cwd(), 'lab-records', 'updates.json')
  return JSON.parse(await fs.promises.readFile(file, 'utf8'))
}
"""
FROM_MODULE = """\
import { readFileSync } from 'node:fs'

export function getPapers() { return [] }

export const loadNews = () => JSON.parse(readFileSync('../../records/news.json', 'utf8'))
"""
NO_FILE = """\
import fs from 'fs'
import { NEWS_FILE } from './paths'

export function getPapers() { return [] }

export function getNews() {
  return JSON.parse(fs.readFileSync(NEWS_FILE, 'utf8'))
}
"""
PAPERS_ONLY = """\
import fs from 'fs'

export function getPapers() {
  return JSON.parse(fs.readFileSync('data/news.json', 'utf8'))
}

export function getNews() { return [] }
"""


HOME = "src/app/page.tsx"


def app_router(root: Path, home: str, module: str, spec: str, loader: str, data: str) -> Path:
    files = {
        "package.json": '{"name": "lab"}\n',
        "next.config.ts": "export default { output: 'export' }\n",
        home: PAGE.format(loader=loader, spec=spec),
        module: "",
        data: NEWS_JSON,
        "data/papers.json": '[{"title": "A paper", "date": "2025-01-02"}]\n',
    }
    return write(root, files)


@pytest.mark.parametrize(
    ("home", "module", "spec", "loader", "text", "data"),
    [
        # readJSON('news.json') under a data folder set elsewhere: data/ where apps keep it
        (HOME, "src/lib/data.ts", "@/lib/data", "getNews", READ_JSON, "data/news.json"),
        # path.join(process.cwd(), 'lab-records', 'updates.json'): from the working folder
        ("app/page.tsx", "lib/content.js", "../lib/content", "getAllNews", JOINED,
         "lab-records/updates.json"),
        # a path from the module itself
        ("src/app/page.jsx", "src/lib/news-store.ts", "@/lib/news-store", "loadNews",
         FROM_MODULE, "records/news.json"),
        # a loader naming no file: the news file where apps keep their data
        (HOME, "src/lib/data.ts", "@/lib/data", "getNews", NO_FILE, "src/data/news.json"),
    ],
)  # fmt: skip
def test_app_router_news_loader(
    tmp_path: Path, home: str, module: str, spec: str, loader: str, text: str, data: str
) -> None:
    site = app_router(tmp_path / "lab", home, module, spec, loader, data)
    (site / module).write_text(text, encoding="utf-8")
    items, _ = listed(site)
    assert [(i["title"], i["start"]) for i in items] == EXPECTED
    assert [len(i["links"]) for i in items] == [1, 0]


def test_loader_of_other_data_is_not_news(tmp_path: Path) -> None:
    """``getNews()`` returning nothing, another loader reading a file: no news found."""
    site = app_router(
        tmp_path / "lab", HOME, "src/lib/data.ts", "@/lib/data", "getNews", "records/old.json"
    )
    (site / "src/lib/data.ts").write_text(PAPERS_ONLY, encoding="utf-8")
    result = feeds("list", "--json", "--content", str(site), "--now", NOW)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr


SHELL = """\
<!doctype html>
<html><head><title>Lin</title></head>
<body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>
"""
MAIN = "import App from './App'\ncreateRoot(document.getElementById('root')).render(<App />)\n"
APP = """\
import {{ Card }} from './Card'
import {imported} from './{module}'

export default function App() {{
  return (
    <section>
      {{{mapped}.map((item) => <Card key={{item.id}} date={{item.date}} text={{item.title}} />)}}
      {{PAPERS.map((p) => <p>{{p.title}}</p>)}}
    </section>
  )
}}
"""
SITE = """\
export default {
  title: "Lin Wu",
  updates: [
    { date: "2025-10-04", title: "Joined the lab as a doctoral student" },
  ],
};
"""
CONSTANTS = """\
import picture from './picture.jpg'

export const PROFILE: Profile = {
  name: "Lin Wu",
  avatar: picture,
  bio: `Lin studies how people read maps.`,
  socials: { github: "https://github.com/example" },
  education: [{ degree: "B.A.", year: "2019", date: "2019-06-01", title: "Graduated" }],
  news: [
    { id: "n1", date: "Nov 2025", title: "Scholarship for the first year", category: "Award" },
    { id: "n2", date: "Aug 2025", title: "Talk at the forum on games", category: "News" },
  ],
};

export const PAPERS: Paper[] = [
  { title: "Reading maps on small screens", date: "2025-05-01", venue: "A conference" },
];
"""


LIN_NEWS = [
    ("Scholarship for the first year", "2025-11"),
    ("Talk at the forum on games", "2025-08"),
]


@pytest.mark.parametrize(
    ("imported", "module", "mapped", "expected"),
    [
        ("{ PROFILE, PAPERS }", "constants", "PROFILE.news", LIN_NEWS),
        ("{ PAPERS as PROFILE_PAPERS, PROFILE as me }", "constants", "me?.news", LIN_NEWS),
        ("site", "site", "site.updates", [("Joined the lab as a doctoral student", "2025-10-04")]),
        # the object's news is not what the component maps: not read
        ("{ PROFILE, PAPERS }", "constants", "PROFILE.education", None),
    ],
)  # fmt: skip
def test_mapped_news_of_exported_object(
    tmp_path: Path,
    imported: str,
    module: str,
    mapped: str,
    expected: list[tuple[str, str]] | None,
) -> None:
    site = write(
        tmp_path / "lin",
        {
            "package.json": '{"name": "lin"}\n',
            "index.html": SHELL,
            "src/main.tsx": MAIN,
            "src/App.tsx": APP.format(imported=imported, module=module, mapped=mapped),
            "src/Card.tsx": "export const Card = (p) => <p>{p.date} {p.text}</p>\n",
            "src/constants.ts": CONSTANTS,
            "src/site.ts": SITE,
        },
    )
    if expected is None:
        result = feeds("list", "--json", "--content", str(site), "--now", NOW)
        assert result.returncode == 1
        return
    items, _ = listed(site)
    assert sorted((i["title"], i["start"]) for i in items) == sorted(expected)


def test_object_news_never_brings_its_publications(tmp_path: Path) -> None:
    """Mapping only the publication list of the same object reads no news."""
    site = write(
        tmp_path / "lin",
        {
            "package.json": '{"name": "lin"}\n',
            "index.html": SHELL,
            "src/main.tsx": MAIN,
            "src/App.tsx": APP.format(
                imported="{ PROFILE, PAPERS }", module="constants", mapped="PROFILE.education"
            ),
            "src/Card.tsx": "export const Card = (p) => <p>{p.date} {p.text}</p>\n",
            "src/constants.ts": CONSTANTS.replace("news: [", "talks_list: ["),
        },
    )
    result = feeds("list", "--json", "--content", str(site), "--now", NOW)
    assert result.returncode == 1
