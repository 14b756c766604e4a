"""Hugo languages that share ``content/`` (no ``contentDir``): a page of the default
language is ``x.md``, the same page in Korean ``x.ko.md`` beside it. Each language is its
own feed set (issue 8): the default's at the root, the other's in ``<out>/<code>/``, never
two mixed. Sites written here in our own words, read back with json and feedparser.
"""

from __future__ import annotations

import feedparser
import pytest

from .hugo_sites import build, listed, post, write

TOML = (
    'baseURL = "https://ana.example.org/"\ntitle = "Ana"\ndefaultContentLanguage = "{default}"\n'
    "[languages.en]\nweight = 1\n[languages.ko]\nweight = 2\n"
)
EN = [
    ("en", "Gave a talk at the river seminar", "2025-03-02"),
    ("en", "Joined the delta lab", "2024-06-10"),
]
KO = [
    ("ko", "강 세미나에서 발표했습니다", "2025-03-02"),
    ("ko", "델타 연구실에 합류했습니다", "2024-06-10"),
]


def _pages(pattern: str, english: str, korean: str) -> dict[str, str]:
    """The two news pages, each in both languages, named by ``pattern``."""
    files = {}
    for slug, (en, ko, day) in {
        "talk": (EN[0][1], KO[0][1], EN[0][2]),
        "lab": (EN[1][1], KO[1][1], EN[1][2]),
    }.items():
        files[pattern.format(slug=slug, lang=english)] = post(en, day)
        files[pattern.format(slug=slug, lang=korean)] = post(ko, day)
    return files


CASES = {
    "news/x.md beside news/x.ko.md, headless home/": (
        {
            "config.toml": TOML.format(default="en"),
            "content/home/index.md": "---\nheadless: true\n---\n",
            **_pages("content/news/{slug}{lang}.md", "", ".ko"),
        },
        EN + KO,
    ),
    "page bundles news/x/index.ko.md, a landing page": (
        {
            "config.toml": TOML.format(default="en"),
            "content/_index.md": "---\ntitle: Home\n---\n\nI study rivers.\n",
            "content/_index.ko.md": "---\ntitle: 홈\n---\n\n강을 연구합니다.\n",
            **_pages("content/news/{slug}/index{lang}.md", "", ".ko"),
        },
        EN + KO,
    ),
    "Korean the default, English pages x.en.md": (
        {
            "config.toml": TOML.format(default="ko"),
            "content/home/index.md": "---\nheadless: true\n---\n",
            **_pages("content/news/{slug}{lang}.md", ".en", ""),
        },
        KO + EN,
    ),
    "no Korean page: one language": (
        {
            "config.toml": TOML.format(default="en"),
            "content/home/index.md": "---\nheadless: true\n---\n",
            "content/news/talk.md": post(EN[0][1], EN[0][2]),
            "content/news/lab.md": post(EN[1][1], EN[1][2]),
        },
        EN,
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_each_language_of_a_shared_content_folder_is_its_own(tmp_path, case):
    files, expected = CASES[case]
    items, _ = listed(write(tmp_path / "site", files))
    assert [(i["language"].split("-")[0], i["title"], i["start"]) for i in items] == expected


def test_the_korean_feeds_are_built_into_ko(tmp_path):
    files = CASES["news/x.md beside news/x.ko.md, headless home/"][0]
    ran = build(write(tmp_path / "site", files), tmp_path / "out")
    assert ran.returncode == 0, ran.stderr
    korean = feedparser.parse((tmp_path / "out" / "ko" / "atom.xml").read_bytes())
    assert [(e.title, e.link) for e in korean.entries] == [
        (KO[0][1], "https://ana.example.org/ko/news/talk/"),
        (KO[1][1], "https://ana.example.org/ko/news/lab/"),
    ]
    root = feedparser.parse((tmp_path / "out" / "atom.xml").read_bytes())
    assert [e.link for e in root.entries] == [
        "https://ana.example.org/news/talk/",
        "https://ana.example.org/news/lab/",
    ]
    # -v no longer says the Korean tree is not read while it is built
    assert "not from 'ko'" not in ran.stderr
    assert "not in these feeds, each its own language's: 'ko'" in ran.stderr


def test_a_content_dir_tree_links_its_pages_under_its_folder_once(tmp_path):
    files = {
        "config.toml": (
            'baseURL = "https://ana.example.org/"\ntitle = "Ana"\n'
            '[languages.en]\ncontentDir = "content/en"\nweight = 1\n'
            '[languages.ko]\ncontentDir = "content/ko"\nweight = 2\n'
        ),
        "content/en/home/index.md": "---\nheadless: true\n---\n",
        "content/ko/home/index.md": "---\nheadless: true\n---\n",
        "content/en/news/talk.md": post(EN[0][1], EN[0][2]),
        "content/ko/news/talk.md": post(KO[0][1], KO[0][2]),
    }
    ran = build(write(tmp_path / "site", files), tmp_path / "out")
    assert ran.returncode == 0, ran.stderr
    korean = feedparser.parse((tmp_path / "out" / "ko" / "atom.xml").read_bytes())
    assert [e.link for e in korean.entries] == ["https://ana.example.org/ko/news/talk/"]
