"""A Jekyll site's separate news page in any folder (issue 8, cause D of corpus c5).

Jekyll renders a page wherever it sits (``menu/news.md``, ``main/z_menu/01_news.markdown``);
its front matter says where it is published (``permalink: /news/``) or what it is
(``title: News``). Folders Jekyll does not publish as pages (``_site/``, ``vendor/``,
``node_modules/``, ``_layouts/``, ``_includes/``, dot folders) are not looked into.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from feeds.build import load_site
from feeds.config import Settings
from feeds.diagnostics import Reporter
from feeds.inputs.news_page import news_page_candidates

HEADINGS = Settings().news_headings
CONFIG = "title: Toy Lab\nurl: https://toy.example.org\n"
HOME = "---\nlayout: home\n---\n\nWe build toy robots.\n"
LIST = "- Mar 2026: Toy paper accepted at Example Conf.\n- Jan 2026: Opened the toy lab.\n"
HTML_LIST = (
    "<ul>\n<li><b>Mar 2026</b>: Toy paper accepted at Example Conf.</li>\n"
    "<li><b>Jan 2026</b>: Opened the toy lab.</li>\n</ul>\n"
)


def write(site: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = site / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return site


def page(front: str, body: str = LIST) -> str:
    return f"---\nlayout: page\n{front}\n---\n\n{body}"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("menu/news.md", page("title: News\npermalink: /news")),
        ("main/z_menu/01_news.markdown", page("title: News\npermalink: /news/")),
        ("pages/happenings.md", page("title: Happenings\npermalink: /news.html")),
        ("about/lab/updates.md", page("title: Latest News")),  # the title alone
        ("menu/news.html", page("title: News\npermalink: /news/", HTML_LIST)),
    ],
)
def test_a_news_page_in_any_folder_is_read(tmp_path: Path, name: str, text: str) -> None:
    site = write(tmp_path, {"_config.yml": CONFIG, "index.markdown": HOME, name: text})
    assert news_page_candidates(site, HEADINGS) == [site / name]
    reporter = Reporter(quiet=True)
    loaded = load_site(site, today=dt.date(2026, 11, 26), reporter=reporter)
    found = [(e.title, e.span.start.isoformat(), e.span.precision, e.type) for e in loaded.events]
    assert found == [
        ("Toy paper accepted at Example Conf", "2026-03-01", "month", "paper"),
        ("Opened the toy lab", "2026-01-01", "month", "news"),
    ]
    used = [p for p in reporter.problems if "news read from this page" in p.message]
    assert [Path(p.source).as_posix().endswith(name) for p in used] == [True]  # said by -v


NEWS = page("title: News\npermalink: /news/")


@pytest.mark.parametrize(
    "name",
    [
        "_site/news/index.md",  # Jekyll's output
        "vendor/bundle/gems/theme/news.md",
        "node_modules/theme/docs/news.md",
        "_layouts/news.html",
        "_includes/menu/news.md",
        ".github/news.md",
        "a/b/c/d/e/news.md",  # deeper than any site keeps its pages
        "menu/news.txt",  # not a page
        "menu/teaching.md",  # neither its title nor its permalink says news
    ],
)
def test_folders_jekyll_does_not_publish_are_not_looked_into(tmp_path: Path, name: str) -> None:
    text = NEWS if name != "menu/teaching.md" else page("title: Teaching\npermalink: /teach/")
    site = write(tmp_path, {"_config.yml": CONFIG, "index.markdown": HOME, name: text})
    assert news_page_candidates(site, HEADINGS) == []


def test_pages_at_the_usual_places_come_first(tmp_path: Path) -> None:
    site = write(
        tmp_path,
        {
            "_config.yml": CONFIG,
            "index.markdown": HOME,
            "menu/news.md": NEWS,
            "_pages/news.md": LIST,
            "zz/recent.md": page("title: Updates"),
        },
    )
    assert news_page_candidates(site, HEADINGS) == [
        site / "_pages/news.md",
        site / "menu/news.md",  # the permalink says news: before a title that says so
        site / "zz/recent.md",
    ]


def test_the_homepage_list_still_wins(tmp_path: Path) -> None:
    home = HOME + "\n## News\n\n- Feb 2026: Only this one.\n"
    site = write(tmp_path, {"_config.yml": CONFIG, "index.markdown": home, "menu/news.md": NEWS})
    loaded = load_site(site, today=dt.date(2026, 11, 26))
    assert [e.title for e in loaded.events] == ["Only this one"]
