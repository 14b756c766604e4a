"""Next.js apps whose homepage reaches a module that reads a folder of news documents
with ``fs``, one Markdown file an item (Decap CMS's ``folder: content/news``):
``path.join(process.cwd(), 'content/news')``, or ``path.join(contentDirectory, 'news')``
under a content folder set elsewhere. A CMS's ``title`` cut from the body (ending ``...``)
gives way to the body's whole first paragraph.

Sites are written in our own words; items are read back with ``feeds list --json``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import NOW, listed, write

PAGE = """\
import { getTalks } from '@/lib/api'
import Hero from '@/components/Hero'

export default function Home() {
  const talks = getTalks()
  return <main><Hero /><Talks items={talks} /></main>
}
"""
WHOLE_PATH = """\
import fs from 'fs'
import path from 'path'
import matter from 'gray-matter'

const newsDirectory = path.join(process.cwd(), 'content/news')

export function getTalks() { return [] }

export function getAllNews() {
  return fs.readdirSync(newsDirectory).map((name) =>
    matter(fs.readFileSync(path.join(newsDirectory, name), 'utf8')))
}
"""
UNDER_CONTENT = """\
import fs from 'fs'
import path from 'path'

const contentDirectory = path.join(process.cwd(), 'content')

export function getTalks() { return [] }

export function getNews() {
  const folder = path.join(contentDirectory, "news")
  return fs.readdirSync(folder)
}
"""
OTHER_FOLDER = """\
import fs from 'fs'
import path from 'path'

export function getTalks() {
  return fs.readdirSync(path.join(process.cwd(), 'content/members'))
}
"""
FIRST = """\
---
title: "Ravi joined the group as a postdoc working on..."
date: "2025-04-01T09:00:00.000Z"
---
Ravi joined the group as a postdoc working on river sediment models.
"""
SECOND = """\
---
title: Our survey of delta erosion was accepted
date: 2024-11-12
---
Our survey of delta erosion was accepted. More soon, with the data.
"""
EXPECTED = [
    ("Ravi joined the group as a postdoc working on river sediment models", "2025-04-01"),
    ("Our survey of delta erosion was accepted", "2024-11-12"),
]


def next_site(root: Path, module: str, folder: str) -> Path:
    return write(
        root,
        {
            "package.json": '{"name": "lab"}\n',
            "next.config.ts": "export default {}\n",
            "app/page.tsx": PAGE,
            "components/Hero.tsx": "export default function Hero() { return <h1>Lab</h1> }\n",
            "lib/api.ts": module,
            f"{folder}/2025-04-01-ravi.md": FIRST,
            f"{folder}/2024-11-12-survey.md": SECOND,
        },
    )


@pytest.mark.parametrize(
    ("module", "folder"),
    [
        (WHOLE_PATH, "content/news"),  # the whole path from the working folder
        (UNDER_CONTENT, "content/news"),  # 'news' under a content folder named elsewhere
    ],
)
def test_news_folder_read_with_fs(tmp_path: Path, module: str, folder: str) -> None:
    items, _ = listed(next_site(tmp_path / "lab", module, folder))
    assert [(i["title"], i["start"]) for i in items] == EXPECTED


def test_folder_of_other_documents_is_not_news(tmp_path: Path) -> None:
    """A module reading content/members/: no news found, one line, exit 1."""
    site = next_site(tmp_path / "lab", OTHER_FOLDER, "content/members")
    result = feeds("list", "--json", "--content", str(site), "--now", NOW)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
