"""A Jekyll news collection in a second language, declared in ``_config.yml``
``collections:`` beside ``news`` (``news_french``, ``news_zh``, ``actualites``) and
walked by a page of that language (``{% for item in site.news_french %}``, in the page or
an include): that language gets a feed set of its own, its items read from its
collection, as for the other multilingual sites; the default language's feeds stay the
``_news/`` items (issue 8, c19 A3). Sites written in our own words; outputs read back
with json and feedparser.
"""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import pytest

from .cli_run import feeds
from .hugo_sites import write

NOW = "2026-11-26"
URL = "https://ana.example.org/"

CONFIG = """
title: Ana
url: https://ana.example.org
lang: en
collections:
  news:
    output: true
    permalink: /news/:path/
  {NAME}:
    output: true
    permalink: /{CODE}/news/:path/
  projects:
    output: true
"""

ABOUT = "---\nlayout: about\ntitle: about\npermalink: /\nnews: true\n---\nI study sails.\n"
ENGLISH = {
    "_news/spring.md": "---\ndate: 2025-06-18\ninline: true\n---\n"
    "I presented my work at the sail workshop in Orsay.\n",
    "_news/prize.md": "---\ndate: 2024-11-02\ninline: true\n---\n"
    "I received the best poster award.\n",
}


def second(name: str, words: tuple[str, str]) -> dict[str, str]:
    """The second language's collection: the same two items in its words."""
    talk, award = words
    return {
        f"_{name}/spring.md": f"---\ndate: 2025-06-18\ninline: true\n---\n{talk}\n",
        f"_{name}/prize.md": f"---\ndate: 2024-11-02\ninline: true\n---\n{award}\n",
    }


FRENCH = (
    "J'ai présenté mes travaux à l'atelier sur les voiles à Orsay.",
    "J'ai reçu le prix du meilleur poster.",
)
CHINESE = ("我在奥赛的帆船研讨会上作了报告。", "我获得了最佳海报奖。")
LOOP = "{% for item in site.NAME %}<p>{{ item.date }} {{ item.content }}</p>{% endfor %}\n"

SITES = {
    "news_french, looped in an include of a lang: fr page": (
        "news_french",
        "fr",
        FRENCH,
        {
            "_pages/fr/news.md": "---\nlayout: page\ntitle: actualités\npermalink: /fr/news/\n"
            "lang: fr\n---\n\n{% include news_french.liquid %}\n",
            "_includes/news_french.liquid": '<div class="news">'
            + LOOP.replace("NAME", "news_french")
            + "</div>\n",
        },
    ),
    "news_zh, looped in a page of the zh folder": (
        "news_zh",
        "zh",
        CHINESE,
        {
            "_pages/zh/news.md": "---\nlayout: page\ntitle: 新闻\n---\n\n"
            + LOOP.replace("NAME", "news_zh"),
        },
    ),
    "actualites, looped in a page saying lang: fr": (
        "actualites",
        "fr",
        FRENCH,
        {
            "_pages/actualites.md": "---\nlayout: page\ntitle: Actualités\nlang: fr\n---\n\n"
            + LOOP.replace("NAME", "actualites").replace("item", "a"),
        },
    ),
}


def site_of(root: Path, case: str) -> Path:
    name, code, words, pages = SITES[case]
    files = {
        "_config.yml": CONFIG.replace("{NAME}", name).replace("{CODE}", code),
        "_pages/about.md": ABOUT,
        **ENGLISH,
        **second(name, words),
        **pages,
        "_projects/boat.md": "---\ntitle: A boat\n---\nA boat.\n",
    }
    return write(root / "site", files)


def listed(site: Path, *options: str) -> list[tuple[str, str, str, str]]:
    ran = feeds("list", "--json", "--content", str(site), "--now", NOW, "--site-url", URL, *options)
    assert ran.returncode == 0, ran.stderr
    return [(i["language"], i["start"], i["type"], i["title"]) for i in json.loads(ran.stdout)]


def expected(code: str, words: tuple[str, str]) -> list[tuple[str, str, str, str]]:
    return [
        (code, "2025-06-18", "talk", words[0].rstrip(".")),
        (code, "2024-11-02", "award", words[1].rstrip(".")),
    ]


ENGLISH_ITEMS = [
    ("en", "2025-06-18", "talk", "I presented my work at the sail workshop in Orsay"),
    ("en", "2024-11-02", "award", "I received the best poster award"),
]


@pytest.mark.parametrize("case", SITES)
def test_list_gives_both_languages(tmp_path: Path, case: str) -> None:
    _, code, words, _ = SITES[case]
    assert listed(site_of(tmp_path, case)) == ENGLISH_ITEMS + expected(code, words)


@pytest.mark.parametrize("case", SITES)
def test_the_language_option_reads_that_collection_alone(tmp_path: Path, case: str) -> None:
    _, code, words, _ = SITES[case]
    assert listed(site_of(tmp_path, case), "--language", code) == expected(code, words)


def test_build_gives_the_second_language_its_own_feeds(tmp_path: Path) -> None:
    site, out = site_of(tmp_path, next(iter(SITES))), tmp_path / "out"
    ran = feeds("build", "--content", str(site), "--out", str(out), "--now", NOW)
    assert ran.returncode == 0, ran.stderr
    root = feedparser.parse((out / "feed.xml").read_bytes())
    french = feedparser.parse((out / "fr" / "feed.xml").read_bytes())
    assert [e.title for e in root.entries] == [t for *_, t in ENGLISH_ITEMS]
    assert [e.title for e in french.entries] == [w.rstrip(".") for w in FRENCH]
    assert french.feed.language == "fr"
    assert next(link.href for link in french.feed.links if link.rel == "self") == (
        "https://ana.example.org/fr/feed.xml"
    )


@pytest.mark.parametrize(
    "pages",
    [
        {},  # declared, written, but no page shows it
        {"_pages/fr/projets.md": "---\nlang: fr\n---\n" + LOOP.replace("NAME", "projects")},
    ],
    ids=["no page loops over it", "a page of that language loops over another collection"],
)
def test_no_second_language_without_a_page_showing_its_news(tmp_path: Path, pages) -> None:
    files = {
        "_config.yml": CONFIG.replace("{NAME}", "news_french").replace("{CODE}", "fr"),
        "_pages/about.md": ABOUT,
        **ENGLISH,
        **second("news_french", FRENCH),
        **pages,
        "_projects/boat.md": "---\ntitle: A boat\ndate: 2024-01-01\n---\nA boat.\n",
    }
    assert listed(write(tmp_path / "site", files)) == ENGLISH_ITEMS
