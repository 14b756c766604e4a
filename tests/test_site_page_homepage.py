"""A site without a homepage we know (no ``index.md``, ``about.md``, ``_pages/about.md``…)
whose news is on another page of the site: a language page (``_pages/about_cn.md``,
``_pages/zh-about.md`` with permalink ``/zh/``, ``_pages/about-zh.md``) or any top-level
page with a news section or a news include. That page is the homepage; when several
are, ``-v`` names the one read, chosen as: a page in the site's language first, then a
page whose permalink is a language's root, then by name. Without such a page the error
stays (issue 8, c23 cause A). Sites written here in our own words; outputs read with json.
"""

from __future__ import annotations

import json

import pytest

from .cli_run import feeds

NOW = "2026-06-01"
CONFIG = "title: A. Person\nurl: https://a.example.org\n"
CHINESE_NEWS = (
    "## 🔥 近期动态\n"
    '<ul class="news-list">\n'
    "  <li><strong>2026/03</strong>: 一篇关于池塘计数的论文被 POND 2026 接收。</li>\n"
    "  <li><strong>2025/11/02</strong>: 在湖泊论坛上做了报告。</li>\n"
    "</ul>\n"
)
CHINESE = [("一篇关于池塘计数的论文被 POND 2026 接收。", "2026-03", "paper"),
           ("在湖泊论坛上做了报告。", "2025-11-02", "talk")]  # fmt: skip
INCLUDED = "# 新闻动态\n- *2026.03*: 一篇关于池塘计数的论文被 POND 2026 接收。\n" \
    "- *2025.11*: 在湖泊论坛上做了报告。\n"  # fmt: skip
INCLUDED_ITEMS = [("一篇关于池塘计数的论文被 POND 2026 接收。", "2026-03", "paper"),
                  ("在湖泊论坛上做了报告。", "2025-11", "talk")]  # fmt: skip
ENGLISH_NEWS = (
    "# A. Person\n\n## News\n\n"
    "- **[Mar 2026]** Gave a talk at the Pond Seminar.\n"
    "- **[Oct 2025]** Joined the Lake Lab as a postdoc.\n"
)
ENGLISH = [("Gave a talk at the Pond Seminar", "2026-03", "talk"),
           ("Joined the Lake Lab as a postdoc", "2025-10", "position")]  # fmt: skip

# name: (files, the items expected, the page -v names as read)
LAYOUTS = {
    "_pages/about_cn.md with a news heading": (
        {"_pages/about_cn.md": "---\npermalink: /about_cn/\n---\n\n" + CHINESE_NEWS},
        CHINESE,
        "_pages/about_cn.md",
    ),
    "_pages/zh-about.md (permalink /zh/) including a news file": (
        {
            "_pages/zh-about.md": "---\npermalink: /zh/\n---\n\n我是助理教授。\n\n"
            "{% include news-zh.md %}\n",
            "_includes/news-zh.md": INCLUDED,
        },
        INCLUDED_ITEMS,
        "_pages/zh-about.md",
    ),
    "_pages/about-zh.md including a relative news file": (
        {
            "_pages/about-zh.md": "---\npermalink: /zh/\nlang: zh\n---\n\n"
            "{% include_relative includes/news-zh.md %}\n",
            "_pages/includes/news-zh.md": INCLUDED,
        },
        INCLUDED_ITEMS,
        "_pages/about-zh.md",
    ),
    "a top-level page named otherwise": (
        {"welcome.md": "---\ntitle: Welcome\n---\n" + ENGLISH_NEWS},
        ENGLISH,
        "welcome.md",
    ),
    "the site's language first (lang: zh in _config.yml)": (
        {
            "_config.yml": CONFIG + "lang: zh\n",
            "_pages/about-en.md": "---\npermalink: /en/\n---\n" + ENGLISH_NEWS,
            "_pages/about-zh.md": "---\npermalink: /zh/\n---\n" + CHINESE_NEWS,
        },
        CHINESE,
        "_pages/about-zh.md",
    ),
    "a language root's permalink before another page": (
        {
            "_pages/a-notes.md": "---\npermalink: /notes/\n---\n" + ENGLISH_NEWS,
            "_pages/about_cn.md": "---\npermalink: /cn/\n---\n" + CHINESE_NEWS,
        },
        CHINESE,
        "_pages/about_cn.md",
    ),
    "else by name": (
        {
            "_pages/b-notes.md": "---\npermalink: /b/\n---\n" + CHINESE_NEWS,
            "_pages/a-notes.md": "---\npermalink: /a/\n---\n" + ENGLISH_NEWS,
        },
        ENGLISH,
        "_pages/a-notes.md",
    ),
}


def _site(folder, files):
    folder.mkdir(exist_ok=True)
    (folder / "_config.yml").write_text(CONFIG, encoding="utf-8")
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("case", LAYOUTS)
def test_a_site_page_with_news_is_the_homepage(tmp_path, case):
    files, expected, page = LAYOUTS[case]
    site = _site(tmp_path / "site", files)
    ran = feeds("list", "--json", "--now", NOW, "--content", str(site))
    assert ran.returncode == 0, ran.stderr
    items = json.loads(ran.stdout)
    assert [(i["title"], i["start"], i["type"]) for i in items] == expected
    note = [line for line in _built(site).stderr.splitlines() if "no homepage" in line]
    assert len(note) == 1 and page in note[0]


def _built(site):
    out = site.parent / f"{site.name}-out"
    ran = feeds("build", "--now", NOW, "--content", str(site), "--out", str(out), "-v")
    assert ran.returncode == 0, ran.stderr
    return ran


def test_several_pages_with_news_are_named(tmp_path):
    files, _, _ = LAYOUTS["else by name"]
    site = _site(tmp_path / "site", files)
    note = next(line for line in _built(site).stderr.splitlines() if "no homepage" in line)
    assert "_pages/a-notes.md" in note and "_pages/b-notes.md" in note


@pytest.mark.parametrize(
    "files",
    [
        {"_pages/about_cn.md": "---\npermalink: /about_cn/\n---\n\n我是助理教授。\n"},
        {"_pages/cv.md": "---\npermalink: /cv/\n---\n\n## Education\n\n- PhD, 2020.\n"},
        {"README.md": ENGLISH_NEWS},  # a repository's README is no page of the site
    ],
)
def test_no_page_with_news_keeps_the_error(tmp_path, files):
    ran = feeds("list", "--json", "--now", NOW, "--content", str(_site(tmp_path, files)))
    assert ran.returncode == 1
    assert "no homepage found" in ran.stderr
    assert "Traceback" not in ran.stderr
