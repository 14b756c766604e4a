"""A hand-written (or built) HTML site: its homepage's ``<html lang="zh">`` is the feeds'
language unless a generator's configuration or the settings say another (scan26
kyolee2010: a ``lang="zh"`` page reported as ``en``); and a homepage whose news is a list
under a heading no setting names, closed by a link to more news (``<a href="/news/">查看
更多新闻 →</a>``), has the older news of that page read too, under the same heading (the
same form on both pages). Sites written here in our own words; items read back from
``feeds list --json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import write


def _listed(site: Path, *extra: str) -> list[dict]:
    ran = feeds(
        "list", "--json", "--content", str(site), "--now", "2026-11-26",
        "--site-url", "https://lab.example.org/", *extra,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    return json.loads(ran.stdout)


NEWS = "<h2>News</h2>\n<ul>\n<li>2026-03-02: A grant for the loom.</li>\n</ul>\n"
ZH = "<h2>新闻</h2>\n<ul>\n<li>2026-03-02：实验室获得了新的织机研究资助。</li>\n</ul>\n"
JA = "<h2>ニュース</h2>\n<ul>\n<li>2026-03-02：研究室が新しい研究費を獲得しました。</li>\n</ul>\n"
EN_TITLE, ZH_TITLE, JA_TITLE = (
    "A grant for the loom",
    "实验室获得了新的织机研究资助。",
    "研究室が新しい研究費を獲得しました。",
)

LANGUAGES = [
    # (the site's files, the options, the title and language of its item)
    (
        {"index.html": f'<!doctype html>\n<html lang="zh">\n<body>\n{ZH}</body></html>\n'},
        [],
        (ZH_TITLE, "zh"),
    ),
    (
        {"index.html": f'<html class="x" lang="zh-CN"><body>\n{ZH}</body></html>\n'},
        [],
        (ZH_TITLE, "zh-CN"),
    ),
    ({"index.html": f'<html lang="ja">\n<body>\n{JA}</body></html>\n'}, [], (JA_TITLE, "ja")),
    ({"index.html": f'<html lang="fr">\n<body>\n{NEWS}</body></html>\n'}, [], (EN_TITLE, "fr")),
    ({"index.html": f"<html>\n<body>\n{NEWS}</body></html>\n"}, [], (EN_TITLE, "en")),  # says none
    (
        {"index.html": f'<html lang="xx">\n<body>\n{NEWS}</body></html>\n'},
        [],
        (EN_TITLE, "en"),
    ),  # unknown
    # a template's lang="zh-CN" left on a page written in English: no Chinese
    ({"index.html": f'<html lang="zh-CN">\n<body>\n{NEWS}</body></html>\n'}, [], (EN_TITLE, "en")),
    (  # the settings win
        {"index.html": f'<html lang="zh">\n<body>\n{ZH}</body></html>\n'},
        ["--language", "en"],
        (ZH_TITLE, "en"),
    ),
    (  # Jekyll's lang: wins
        {
            "_config.yml": "title: Lab\nlang: fr\n",
            "index.html": f'<html lang="zh">\n<body>\n{ZH}</body></html>\n',
        },
        [],
        (ZH_TITLE, "fr"),
    ),
]


@pytest.mark.parametrize(("files", "options", "said"), LANGUAGES)
def test_an_html_homepage_says_the_feeds_language(
    tmp_path: Path, files: dict[str, str], options: list[str], said: tuple[str, str]
) -> None:
    items = _listed(write(tmp_path / "site", files), *options)
    assert [(i["title"], i["language"]) for i in items] == [said]


def _page(entries: list[str], more: str = "") -> str:
    lines = "".join(f"<li>{entry}</li>\n" for entry in entries)
    return (
        '<!doctype html>\n<html lang="en">\n<body>\n<nav><a href="/">Home</a></nav>\n'
        f"<h1>Lab milestones</h1>\n<ul>\n{lines}</ul>\n{more}</body>\n</html>\n"
    )


HOME = [
    "2026-05-04: A paper on looms in Textile Letters.",
    "2026-04-02: Ada joined the lab.",
    "2026-03-01: The lab moved to the new building.",
]
OLDER = [
    "2026-03-01: The lab moved to the new building.",  # shown on both: once
    "2025-11-20: A grant from the weaving fund.",
    "2025-06-15: Our first student graduated.",
    "2024-09-09: The lab opened.",
]
# (the link closing the homepage's list, the older page's path)
LINKS = [
    ('<p><a href="/news/">More news →</a></p>\n', "news/index.html"),
    ('<p><a href="older.html">Older news</a></p>\n', "older.html"),
    ('<p class="more"><a href="/news/">查看更多新闻 →</a></p>\n', "news/index.html"),
]


@pytest.mark.parametrize(("link", "older"), LINKS)
def test_the_older_news_a_guessed_news_list_links_is_read(
    tmp_path: Path, link: str, older: str
) -> None:
    site = write(tmp_path / "site", {"index.html": _page(HOME, link), older: _page(OLDER)})
    items = _listed(site)
    assert [(i["start"], i["section"]) for i in items] == [
        ("2026-05-04", "news"),
        ("2026-04-02", "news"),
        ("2026-03-01", "news"),
        ("2025-11-20", "archive"),
        ("2025-06-15", "archive"),
        ("2024-09-09", "archive"),
    ]


def test_without_the_link_only_the_homepage_is_read(tmp_path: Path) -> None:
    site = write(tmp_path / "site", {"index.html": _page(HOME), "news/index.html": _page(OLDER)})
    assert [i["start"] for i in _listed(site)] == ["2026-05-04", "2026-04-02", "2026-03-01"]
