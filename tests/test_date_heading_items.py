"""A news page written as ``### <date>`` headings, each followed by its paragraph(s)
(issue 8, corpus C5 cause C): each heading and the paragraphs under it are one item,
dated by the heading. A last heading that is not a date ("Archive", "Older news",
"過去のニュースはこちら") ends the items; the year links under it lead to archive pages
and are no items.

Every page is written here in our own words; ``feeds list --json`` is read back with
``json`` and ``feeds build`` with feedparser; expectations are written from the input.
"""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import pytest

from .cli_run import succeeded

NOW = "2026-11-26"
URL = "https://me.example.org/"


def run(*args: str) -> str:
    return succeeded(*args, "--now", NOW, "--site-url", URL)


def listed(path: Path) -> list[dict]:
    return json.loads(run("list", "--json", "--content", str(path)))


def news_page(folder: Path, body: str, title: str = "News") -> Path:
    path = folder / "news.md"
    path.write_text(f"---\ntitle: {title}\n---\n\n{body}", encoding="utf-8")
    return path


ARCHIVE_ENDS = {
    "ja": "### 過去のニュースはこちら\n- [2024年](./news-2024.md)\n- [2023年](./news-2023.md)\n",
    "Archive": "### Archive\n\n- [2024](news-2024.md)\n- [2023](news-2023.md)\n",
    "Older news": "### Older news\n\n[2024](news-2024.md) · [2023](news-2023.md)\n",
    "none": "",
}

PAGES = [
    (  # Japanese day headings, one paragraph each, no blank line after the heading
        "### 2025年12月5日\n例示セミナーにて「木の形」というタイトルで招待講演を行いました。\n\n"
        "### 2025年11月6日\n例示大学の研究室を訪問しました。\n\n",
        [("2025-12-05", "talk", "例示セミナーにて「木の形」"),
         ("2025-11-06", "", "例示大学の研究室を訪問しました")],
    ),
    (  # English day headings, month name first
        "### Dec 5, 2025\n\nGave an invited talk on tree shapes at the Example Seminar.\n\n"
        "### Nov 6, 2025\n\nOur paper on leaf counting was accepted at Example Conf.\n\n",
        [("2025-12-05", "talk", "Gave an invited talk on tree shapes"),
         ("2025-11-06", "paper", "Our paper on leaf counting was accepted")],
    ),
    (  # ISO day headings
        "### 2025-12-05\n\nGave an invited talk on tree shapes.\n\n"
        "### 2025-11-06\n\nVisited the Example Lab.\n\n",
        [("2025-12-05", "talk", "Gave an invited talk on tree shapes"),
         ("2025-11-06", "", "Visited the Example Lab")],
    ),
    (  # level-4 headings, day first; two paragraphs under one day are one item
        "#### 5 December 2025\n\nGave an invited talk on tree shapes.\n\n"
        "The slides are on my page.\n\n"
        "#### 6 November 2025\n\nVisited the Example Lab.\n\n",
        [("2025-12-05", "talk", "Gave an invited talk on tree shapes"),
         ("2025-11-06", "", "Visited the Example Lab")],
    ),
    (  # an embedded post (raw HTML quote) after the paragraph is no item of its own
        "### 2025年12月5日\n例示セミナーで招待講演を行いました。\n"
        '<blockquote class="post"><p lang="ja">12月5日に例示セミナーでお話しします。<br>'
        '<a href="https://t.example.org/1">https://t.example.org/1</a></p>&mdash; 例 '
        '<a href="https://t.example.org/s/1">November 23, 2025</a></blockquote>\n\n'
        "### 2025年11月6日\n例示大学の研究室を訪問しました。\n\n",
        [("2025-12-05", "talk", "例示セミナーで招待講演を行いました"),
         ("2025-11-06", "", "例示大学の研究室を訪問しました")],
    ),
    (  # an embedded social-media post quoting a date is no item either
        "### Dec 5, 2025\nGave an invited talk on tree shapes.\n"
        '<blockquote class="twitter-tweet"><p lang="en">Dec 5: I will talk about tree shapes '
        'at the seminar.</p>&mdash; Ada <a href="https://t.example.org/s/1">Nov 23, 2025</a>'
        "</blockquote>\n\n### Nov 6, 2025\nVisited the Example Lab.\n"
        '<blockquote class="twitter-tweet"><p>November 6, 2025 - a fine visit!</p>'
        "</blockquote>\n\n",
        [("2025-12-05", "talk", "Gave an invited talk on tree shapes"),
         ("2025-11-06", "", "Visited the Example Lab")],
    ),
]  # fmt: skip


@pytest.mark.parametrize("end", ARCHIVE_ENDS.values(), ids=ARCHIVE_ENDS.keys())
@pytest.mark.parametrize(("body", "expected"), PAGES)
def test_each_date_heading_and_its_paragraphs_is_one_item(tmp_path, body, expected, end):
    items = listed(news_page(tmp_path, body + end))
    assert len(items) == len(expected), [i["title"] for i in items]
    for item, (start, kind, title) in zip(items, expected, strict=True):
        assert (item["start"], item["precision"]) == (start, "day")
        assert item["title"].startswith(title), item["title"]
        assert "2024" not in item["title"] and "2023" not in item["title"]
        if kind:
            assert item["type"] == kind


def test_the_second_paragraph_of_a_day_is_in_its_item(tmp_path):
    body = (
        "### 2025-12-05\n\nGave an invited talk on tree shapes.\n\n"
        "The slides are on my page.\n\n### 2025-11-06\n\nVisited the Example Lab.\n"
    )
    out = tmp_path / "out"
    run("build", "--content", str(news_page(tmp_path, body)), "--out", str(out))
    entries = feedparser.parse((out / "atom.xml").read_bytes()).entries
    assert [e.published[:10] for e in entries] == ["2025-12-05", "2025-11-06"]
    assert "The slides are on my page" in entries[0].content[0].value
    assert "Example Lab" not in entries[0].content[0].value


def test_a_year_link_leads_to_the_archive_page_of_that_year(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "_config.yml").write_text(f"url: {URL.rstrip('/')}\n", encoding="utf-8")
    (site / "index.md").write_text("---\ntitle: Ada\n---\n\nI study trees.\n")
    (site / "news.md").write_text(
        "---\ntitle: News\npermalink: /news/\n---\n\n### 2025年12月5日\n"
        "例示セミナーで招待講演を行いました。\n\n### 過去のニュースはこちら\n"
        "- [2024年](/news-2024/)\n",
        encoding="utf-8",
    )
    (site / "news-2024.md").write_text(
        "---\ntitle: News 2024\n---\n\n### 2024年3月1日\n例示学会でポスター発表を行いました。\n",
        encoding="utf-8",
    )
    items = listed(site / "news.md")
    assert [(i["start"], i["type"]) for i in items] == [
        ("2025-12-05", "talk"),
        ("2024-03-01", "talk"),
    ]


@pytest.mark.parametrize("heading", ["News archive", "Older news", "過去のニュース"])
def test_a_page_of_older_news_under_its_heading_keeps_its_items(tmp_path, heading):
    body = (
        f"## {heading}\n\n- Gave an invited talk on tree shapes (Mar 2020)\n"
        "- Joined the Example Lab (Jan 2019)\n"
    )
    items = listed(news_page(tmp_path, body, title=heading))
    assert [(i["start"], i["type"]) for i in items] == [
        ("2020-03", "talk"),
        ("2019-01", "position"),
    ]
