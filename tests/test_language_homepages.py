"""A homepage's copy in another language kept beside it (``cn.html``, ``zh.md``,
``index_cn.md``, ``index-ja.html``, ``_pages/about_zh.md``, ``fr/index.md``): its news is
that language's, with a feed set of its own in ``<out>/<code>/`` (issue 8). Sites written
here in our own words; outputs read back with json and feedparser, expectations written
from the pages.
"""

from __future__ import annotations

import json

import feedparser
import pytest

from .cli_run import feeds

NOW = "2025-06-01"
ENGLISH_HOME = (
    "---\nlayout: home\n---\n# A. Person\n\n## News\n\n"
    "- **[Mar 2025]** Gave a talk at the Widget Seminar.\n"
    "- **[Oct 2024]** Joined GearLab as a postdoc.\n"
)
ENGLISH = [
    ("en", "Gave a talk at the Widget Seminar", "2025-03"),
    ("en", "Joined GearLab as a postdoc", "2024-10"),
]
CHINESE_MD = (
    "## 新闻动态\n\n* 2025年3月，在Widget研讨会上做报告。\n* 2024年10月，加入GearLab实验室。\n"
)
CHINESE_HTML = (
    '<h2 style="margin: 60px 0 10px;">新闻动态</h2>\n<ul>\n'
    "<li><strong>[2025年3月]</strong> 在Widget研讨会上做报告。</li>\n"
    "<li><strong>[2024年10月]</strong> 加入GearLab实验室。</li>\n</ul>\n"
)
CHINESE = [("zh", "在Widget研讨会上做报告。", "2025-03"), ("zh", "加入GearLab实验室。", "2024-10")]
JAPANESE_HTML = (
    "<html><body><h2>ニュース</h2>\n<ul>\n"
    "<li>2025年3月 ウィジェット研究会で講演しました。</li>\n"
    "<li>2024年10月 ギア研究所に着任しました。</li>\n</ul></body></html>\n"
)
JAPANESE = [
    ("ja", "ウィジェット研究会で講演しました。", "2025-03"),
    ("ja", "ギア研究所に着任しました。", "2024-10"),
]
FRENCH_MD = (
    "---\nlang: fr\n---\n# A. Person\n\n## Actualités\n\n"
    "- **[Mar 2025]** Exposé au séminaire Widget.\n- **[Oct 2024]** Arrivée à GearLab.\n"
)
FRENCH = [("fr", "Exposé au séminaire Widget", "2025-03"), ("fr", "Arrivée à GearLab", "2024-10")]
CONFIG = "title: A. Person\nurl: https://a.example.org\n"

# name: (files, the other language's code and items; None: the page is no language's)
LAYOUTS = {
    "cn.html beside index.md (front matter, own layout)": (
        {
            "index.md": ENGLISH_HOME,
            "cn.html": "---\nlayout: cn\ntitle: 中文主页\n---\n" + CHINESE_HTML,
        },
        CHINESE,
    ),
    "zh.md": ({"index.md": ENGLISH_HOME, "zh.md": "---\ntitle: 主页\n---\n" + CHINESE_MD}, CHINESE),
    "index_cn.md": ({"index.md": ENGLISH_HOME, "index_cn.md": CHINESE_MD}, CHINESE),
    "_pages/about_zh.md beside _pages/about.md": (
        {
            "_pages/about.md": "---\npermalink: /\n---\n" + ENGLISH_HOME.split("---\n", 2)[2],
            "_pages/about_zh.md": "---\npermalink: /about_zh/\ntitle: 个人简介\n---\n" + CHINESE_MD,
        },
        CHINESE,
    ),
    "index-ja.html beside a hand-written index.html": (
        {
            "index.html": "<html><body><h2>News</h2><ul>"
            "<li>Mar 2025: Gave a talk at the Widget Seminar.</li>"
            "<li>Oct 2024: Joined GearLab as a postdoc.</li></ul></body></html>\n",
            "index-ja.html": JAPANESE_HTML,
        },
        JAPANESE,
    ),
    "fr/index.md with its lang": ({"index.md": ENGLISH_HOME, "fr/index.md": FRENCH_MD}, FRENCH),
    "_pages/de/about.md, a setext heading": (
        {
            "_pages/about.md": "---\npermalink: /\n---\n" + ENGLISH_HOME.split("---\n", 2)[2],
            "_pages/de/about.md": "---\npermalink: /de/\nlang: de\n---\nNeuigkeiten\n"
            "===========\n\n- März 2025: Vortrag beim Widget-Seminar.\n"
            "- Oktober 2024: Neu bei GearLab.\n",
        },
        [("de", "Vortrag beim Widget-Seminar", "2025-03"), ("de", "Neu bei GearLab", "2024-10")],
    ),
    "chinese.html": ({"index.md": ENGLISH_HOME, "chinese.html": CHINESE_HTML}, CHINESE),
    "a Chinese page without news": (
        {"index.md": ENGLISH_HOME, "cn.html": "<h2>简介</h2>\n<p>在GearLab工作。</p>\n"},
        None,
    ),
    "a page not named by a language": (
        {"index.md": ENGLISH_HOME, "notes.md": CHINESE_MD},
        None,
    ),
}


def _site(folder, files):
    folder.mkdir()
    (folder / "_config.yml").write_text(CONFIG, encoding="utf-8")
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _listed(site, *options):
    ran = feeds("list", "--json", "--now", NOW, "--content", str(site), *options)
    assert ran.returncode == 0, ran.stderr
    return [(i["language"], i["title"], i["start"]) for i in json.loads(ran.stdout)]


@pytest.mark.parametrize("case", LAYOUTS, ids=list(LAYOUTS))
def test_a_homepage_in_another_language_is_that_language(tmp_path, case):
    files, other = LAYOUTS[case]
    assert _listed(_site(tmp_path / "site", files)) == ENGLISH + (other or [])


def test_it_is_built_into_its_own_folder(tmp_path):
    site = _site(
        tmp_path / "site", LAYOUTS["cn.html beside index.md (front matter, own layout)"][0]
    )
    out = tmp_path / "out"
    ran = feeds("build", "--now", NOW, "--content", str(site), "--out", str(out), "-v")
    assert ran.returncode == 0, ran.stderr
    root = feedparser.parse((out / "feed.xml").read_bytes())
    chinese = feedparser.parse((out / "zh" / "feed.xml").read_bytes())
    assert [e.title for e in root.entries] == [t for _, t, _ in ENGLISH]
    assert [e.title for e in chinese.entries] == [t for _, t, _ in CHINESE]
    assert chinese.feed.language == "zh"
    assert "https://a.example.org/zh/feed.xml" in [link.href for link in chinese.feed.links]
    assert any("language 'zh'" in line and "cn.html" in line for line in ran.stderr.splitlines())


def test_the_language_setting_reads_that_homepage_alone(tmp_path):
    site = _site(tmp_path / "site", LAYOUTS["_pages/about_zh.md beside _pages/about.md"][0])
    assert _listed(site, "--language", "zh") == CHINESE
    assert _listed(site, "--language", "en") == ENGLISH
