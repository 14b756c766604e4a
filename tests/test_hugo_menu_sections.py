"""The section a Hugo site's menu names as news (corpus c32, §4).

A Hugo Blox lab site links its ``post/`` section from the menu as "News" (``menus.en.yaml``:
``- name: News`` ``url: post``; ``新闻`` in ``menus.zh.yaml``) and keeps a hand-written news
page beside it (``news/_index.md``, one bold dated line per news with a ``[View details]``
link). The posts are news; a post that repeats a line of the news page (same day, and the
same title or the same link) is not listed twice. Sites written in our own words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import listed, write

CONFIG = "title: Reef Lab\nbaseURL: https://reef.example.org/\n"
HOME = "---\ntitle:\nsections:\n  - block: hero\n    content:\n      title: Reef Lab\n---\n"
NEWS_PAGE = """\
---
title: News
---

**[2025/04/09] The reef camera project was covered by the city paper!** [View details](CAMERA) 🎉

**[2025/04/02] Our lab open day drew a record crowd!** [View details](OPEN_DAY) 🎉
""".replace("CAMERA", "https://paper.example.com/reef-camera").replace(
    "OPEN_DAY", "https://uni.example.edu/open-day"
)
POSTS = {
    "content/post/_index.md": "---\ntitle: News\n---\n",
    # the open-day line again, in other words, with the same link
    "content/post/25-04-02/_index.md": (
        "---\ntitle: Record Crowd Visits the Reef Lab Open Day\ndate: 2025-04-02\n---\n\n"
        "[View details](https://uni.example.edu/open-day)\n"
    ),
    "content/post/25-04-29-paper/index.md": (
        '---\ntitle: "Congratulations to Mia, whose paper on coral sound maps was accepted by '
        'IJCAI 2025!"\ndate: 2025-04-29\n---\n\nWell done.\n'
    ),
}
EXPECTED = [
    (
        "Congratulations to Mia, whose paper on coral sound maps was accepted by IJCAI 2025!",
        "2025-04-29",
    ),
    ("The reef camera project was covered by the city paper", "2025-04-09"),
    ("Our lab open day drew a record crowd", "2025-04-02"),
]
MENUS = {
    "menus file": {"config/_default/menus.yaml": "main:\n  - name: News\n    url: post\n"},
    "menu in the configuration, a rooted url": {
        "config/_default/hugo.yaml": CONFIG
        + "menu:\n  main:\n    - name: Latest News\n      url: /post/\n"
    },
    "TOML pageRef": {
        "config/_default/hugo.yaml": "",
        "hugo.toml": 'title = "Reef Lab"\nbaseURL = "https://reef.example.org/"\n'
        '[[menu.main]]\n  name = "News"\n  pageRef = "/post"\n',
    },
}


def site(root: Path, menu: dict[str, str]) -> Path:
    files = {
        "config/_default/hugo.yaml": CONFIG,
        "content/_index.md": HOME,
        "content/news/_index.md": NEWS_PAGE,
        **POSTS,
    }
    files.update(menu)
    return write(root, {name: text for name, text in files.items() if text})


def titles(items: list[dict]) -> list[tuple[str, str]]:
    """Title and day of each item, newest first."""
    return sorted(((i["title"], i["start"]) for i in items), key=lambda t: t[1], reverse=True)


@pytest.mark.parametrize("case", MENUS, ids=list(MENUS))
def test_the_section_the_menu_calls_news_is_read(tmp_path: Path, case: str) -> None:
    items, _ = listed(site(tmp_path / "site", MENUS[case]))
    assert titles(items) == EXPECTED


@pytest.mark.parametrize(
    "menu",
    [
        "main:\n  - name: Blog\n    url: post\n",  # not called news
        "main:\n  - name: News\n    url: '#news'\n",  # an anchor of the homepage
        "main:\n  - name: News\n    url: https://elsewhere.example.org/post/\n",
        "main:\n  - name: News\n    url: post/25-04-02\n",  # one page, not a section
    ],
)
def test_other_menu_entries_name_no_news_section(tmp_path: Path, menu: str) -> None:
    items, _ = listed(site(tmp_path / "site", {"config/_default/menus.yaml": menu}))
    assert titles(items) == EXPECTED[1:]  # the news page alone


def test_a_post_in_other_words_without_the_link_is_its_own_item(tmp_path: Path) -> None:
    menu = {"config/_default/menus.yaml": "main:\n  - name: News\n    url: post\n"}
    root = site(tmp_path / "site", menu)
    post = root / "content/post/25-04-02/_index.md"
    post.write_text(post.read_text().replace("uni.example.edu/open-day", "uni.example.edu/x"))
    items, _ = listed(root)
    assert titles(items) == [*EXPECTED, ("Record Crowd Visits the Reef Lab Open Day", "2025-04-02")]


def test_each_language_reads_the_section_its_own_menu_names(tmp_path: Path) -> None:
    zh_news = (
        "---\ntitle: 近期动态\n---\n\n**[2025/04/02] 实验室开放日吸引了大批访客！** "
        "[查看详情](https://uni.example.edu/open-day) 🎉\n"
    )
    files = {
        "config/_default/hugo.yaml": CONFIG + "defaultContentLanguage: zh\n",
        "config/_default/languages.yaml": (
            "en:\n  contentDir: content/en\nzh:\n  contentDir: content/zh\n"
        ),
        "config/_default/menus.en.yaml": "main:\n  - name: News\n    url: post\n",
        "config/_default/menus.zh.yaml": "main:\n  - name: 新闻\n    url: post\n",
        "content/en/_index.md": HOME,
        "content/zh/_index.md": HOME,
        "content/en/news/_index.md": NEWS_PAGE,
        "content/zh/news/_index.md": zh_news,
        "content/zh/post/25-04-02/_index.md": (
            "---\ntitle: 开放日迎来创纪录的访客\ndate: 2025-04-02\n---\n\n"
            "[查看详情](https://uni.example.edu/open-day)\n"
        ),
        "content/zh/post/25-04-29/index.md": (
            "---\ntitle: 祝贺米娅的论文被IJCAI 2025接收！\ndate: 2025-04-29\n---\n\n好。\n"
        ),
    }
    files |= {name.replace("content/", "content/en/"): text for name, text in POSTS.items()}
    items, _ = listed(write(tmp_path / "site", files))
    found = sorted(((i["language"], i["start"]) for i in items), reverse=True)
    assert found == [
        ("zh", "2025-04-29"),
        ("zh", "2025-04-02"),  # the news page's line; the post repeating it is left out
        ("en", "2025-04-29"),
        ("en", "2025-04-09"),
        ("en", "2025-04-02"),
    ]
