"""The import statements a JavaScript app's components are followed through are the
ordinary JS/TS forms (fix27scan, scan27 A1): a default import with named ones in one
statement (``import NavBar, { InlineNavBar } from './NavBar'``), a default with a namespace
(``import X, * as Y from``), a namespace alone, ``import type``, over several lines; and a
data entry's ``type`` that is no type word (an icon's key: ``"rabbit"``) is not the item's
label, while one that is (``"award"``) still is, and any is when a page prints the field.

Every app is written here in our own words; expectations are written from the input.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from feeds.inputs.data_entry import without_switch_type
from feeds.inputs.js_sites import _IMPORT

from .cli_run import feeds
from .hugo_sites import NOW, write


@pytest.mark.parametrize(
    ("statement", "name", "names", "star", "path"),
    [
        ("import NavBar, { Inline } from './NavBar'", "NavBar", " Inline ", None, "./NavBar"),
        ('import Menu,{Tabs as T} from "./Menu"', "Menu", "Tabs as T", None, "./Menu"),
        ("import Feed, * as parts from './Feed'", "Feed", None, "parts", "./Feed"),
        ("import * as news from '../data/news.json'", None, None, "news", "../data/news.json"),
        ("import App from './App.tsx'", "App", None, None, "./App.tsx"),
        ("import { items } from './items'", None, " items ", None, "./items"),
        ("import type { Item } from './types'", None, " Item ", None, "./types"),
        ("import type from './type'", "type", None, None, "./type"),  # a default named type
        ("import\n  Layout,\n  { Side }\nfrom './L'", "Layout", " Side ", None, "./L"),
        ("const raw = require('./news.json')", None, None, None, "./news.json"),
        ("const Page = import('./Page')", None, None, None, "./Page"),
    ],
)
def test_every_import_form_names_its_module(statement, name, names, star, path):
    found = _IMPORT.search(statement)
    assert found is not None
    assert (found["name"], found["names"], found["star"], found["path"]) == (
        name,
        names,
        star,
        path,
    )


@pytest.mark.parametrize("statement", ["import './styles.css'", "important from 'x'"])
def test_no_module_is_taken_from_other_lines(statement):
    assert _IMPORT.search(statement) is None


SHELL = """\
<!doctype html>
<html><head><title>Noor Haddad</title></head>
<body><div id="root"></div><script type="module" src="/src/index.tsx"></script></body></html>
"""
INDEX = """\
import { render } from 'solid-js/web';
import App from './App.tsx';
render(() => <App />, document.getElementById('root')!);
"""
APP = """\
import Shell from './components/Shell';
export default function App() { return <Shell />; }
"""
SHELL_COMPONENT = """\
IMPORT_LINE
export default function Shell() { return <div><TopBar /></div>; }
"""
TOP_BAR = """\
import Headlines from './Headlines';
export function SideBar() { return <nav />; }
export default function TopBar() { return <header><Headlines /></header>; }
"""
HEADLINES = """\
import entries from '../contents/news.json';
const icons = { award: 'trophy', rabbit: 'bunny' };
export default function Headlines() {
  return (<section><h3>News</h3>{entries.map((e) => <p>{e.date} {e.title}</p>)}</section>);
}
"""
NEWS = [
    {"title": "Our widget study won the best paper award", "date": "2026.03", "type": "award"},
    {"title": "Started a new project on gears", "date": "2025.11", "type": "rabbit"},
]
FILES = {
    "package.json": '{"name": "site", "scripts": {"build": "vite build"}}\n',
    "vite.config.ts": "import { defineConfig } from 'vite'\nexport default defineConfig({})\n",
    "index.html": SHELL,
    "src/index.tsx": INDEX,
    "src/App.tsx": APP,
    "src/components/TopBar.tsx": TOP_BAR,
    "src/components/Headlines.tsx": HEADLINES,
    "src/contents/news.json": json.dumps(NEWS, indent=2) + "\n",
}


@pytest.mark.parametrize(
    "line",
    [
        "import TopBar, { SideBar } from './TopBar';",
        "import TopBar, * as bars from './TopBar';",
        "import TopBar from './TopBar';",
    ],
)
def test_the_component_chain_is_followed_through_each_form(tmp_path: Path, line):
    shell = SHELL_COMPONENT.replace("IMPORT_LINE", line)
    site = write(tmp_path, {**FILES, "src/components/Shell.tsx": shell})
    ran = feeds("list", "--json", "--content", str(site), "--now", NOW,
                "--site-url", "https://noor.example.org/")  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    items = json.loads(ran.stdout)
    assert [(i["title"], i["start"], i["type"], i["kind"]) for i in items] == [
        ("Our widget study won the best paper award", "2026-03", "award", "Award"),
        ("Started a new project on gears", "2025-11", "news", None),  # "rabbit": an icon
    ]


@pytest.mark.parametrize(
    ("entry", "kept"),
    [
        ({"type": "award"}, True),
        ({"type": "Invited talk"}, True),
        ({"type": "news"}, True),
        ({"type": "Announcement"}, True),
        ({"type": "rabbit"}, False),  # an icon's key
        ({"type": "star"}, False),
        ({"kind": "cat"}, True),  # only ``type`` is an app's switch
        ({"title": "x"}, True),
    ],
)
def test_an_entrys_type_stays_when_it_is_a_type_word(entry, kept):
    assert (without_switch_type(entry) == entry) is kept
    assert "type" not in without_switch_type(entry) or kept


PRINTING = HEADLINES.replace("{e.title}</p>", "{e.title} <em>{e.type}</em></p>")


def test_a_type_the_page_prints_is_the_label_whatever_it_says(tmp_path: Path):
    line = "import TopBar from './TopBar';"
    shell = SHELL_COMPONENT.replace("IMPORT_LINE", line)
    files = {**FILES, "src/components/Shell.tsx": shell, "src/components/Headlines.tsx": PRINTING}
    site = write(tmp_path, files)
    ran = feeds("list", "--json", "--content", str(site), "--now", NOW,
                "--site-url", "https://noor.example.org/")  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    assert [i["kind"] for i in json.loads(ran.stdout)] == ["Award", "Rabbit"]
