"""Where the news is kept: separate news pages, news-titled pages, Hugo, Quarto,
R Markdown, a hand-written index.html; and reading the site's configuration safely."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

import feedparser
import pytest

from feeds.build import load_site
from feeds.config import Settings
from feeds.diagnostics import Reporter, display_path
from feeds.inputs import site_defaults
from feeds.inputs.news_page import find_homepage, news_page_candidates
from feeds.inputs.site_config import config_problems

HEADINGS = Settings().news_headings
TODAY = dt.date(2026, 11, 26)


def write(site: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = site / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return site


def titles(site: Path, reporter: Reporter | None = None) -> list[str]:
    loaded = load_site(site, today=TODAY, reporter=reporter)
    return [e.title for e in loaded.events]


NEWS_LIST = "- **Mar 2026**: Opened the new lab.\n- **Jan 2026**: Hired two students.\n"
HOME = "---\ntitle: Home\n---\n\nI study things.\n"


@pytest.mark.parametrize(
    ("files", "chosen"),
    [
        ({"news.md": "", "_pages/news.md": "", "recent_news.md": ""}, "news.md"),
        ({"_pages/news.md": "", "recent_news.md": "", "news.qmd": ""}, "_pages/news.md"),
        (
            {"_pages/updates.md": "---\npermalink: /news/\n---\n", "news.Rmd": ""},
            "_pages/updates.md",
        ),
        ({"recent_news.md": "", "_pages/b.md": "---\ntitle: Updates\n---\n"}, "recent_news.md"),
        (
            {
                "_pages/a.md": "---\ntitle: Teaching\n---\n",
                "_pages/b.md": "---\ntitle: Updates\n---\n",
                "news.Rmd": "",
            },
            "_pages/b.md",
        ),
        ({"recent_news.md": "", "news.Rmd": ""}, "recent_news.md"),
        ({"news.Rmd": "", "news.qmd": ""}, "news.Rmd"),
        ({"news.qmd": "", "_includes/news.md": ""}, "news.qmd"),
        (
            {
                "_includes/news.md": "",
                "_pages/includes/news.md": "",
                "_layouts/home.html": "{% include news.md %}",  # shown: something includes it
            },
            "_includes/news.md",
        ),
        (
            {"config.toml": "", "content/news/_index.md": "", "news.qmd": ""},
            "content/news/_index.md",
        ),
    ],
)
def test_the_first_news_page_found_is_tried_first(
    tmp_path: Path, files: dict[str, str], chosen: str
) -> None:
    site = write(tmp_path, {"index.md": HOME, **files})
    assert news_page_candidates(site, HEADINGS)[0] == site / chosen


def test_hugo_news_widget_before_section_before_a_pages_widget(tmp_path: Path) -> None:
    site = write(
        tmp_path,
        {
            "config/_default/config.yaml": "title: Site\n",
            "content/en/home/index.md": "---\nheadless: true\n---\n",
            "content/en/home/recent.md": "---\nwidget: pages\ntitle: Recent News\n---\n",
            "content/en/home/talks.md": "---\nwidget: blank\ntitle: Latest news\n---\n",
            "content/en/news/_index.md": "---\ntitle: News\n---\n",
        },
    )
    assert news_page_candidates(site, HEADINGS) == [
        site / "content/en/home/talks.md",  # a blank widget titled as news
        site / "content/en/news/_index.md",  # the section a pages widget lists
        site / "content/en/home/recent.md",
    ]
    assert find_homepage(site) == site / "content/en/home/index.md"


def test_a_separate_news_page_is_read_when_the_homepage_has_none(tmp_path: Path) -> None:
    site = write(
        tmp_path,
        {
            "_config.yml": "url: https://lab.example.org\n",
            "_pages/about.md": "---\npermalink: /\ntitle: Home\n---\n\nNo news here.\n",
            "_pages/news.md": "---\npermalink: /news/\n---\n\n" + NEWS_LIST,
        },
    )
    reporter = Reporter(quiet=True)
    assert titles(site, reporter) == ["Opened the new lab", "Hired two students"]
    notes = [f"{p.source}: {p.message}" for p in reporter.problems]
    assert notes == [
        f"{display_path(site / '_pages/news.md')}: news read from this page: the homepage "
        f"{display_path(site / '_pages/about.md')} has no news list"
    ]


def test_a_site_with_only_a_news_page(tmp_path: Path) -> None:
    site = write(tmp_path, {"recent_news.md": NEWS_LIST})
    assert titles(site) == ["Opened the new lab", "Hired two students"]


def test_the_homepage_list_wins_over_a_news_page(tmp_path: Path) -> None:
    site = write(
        tmp_path,
        {
            "index.md": HOME + "\n## News\n\n- **Feb 2026**: Only this one.\n",
            "news.md": NEWS_LIST,
        },
    )
    assert titles(site) == ["Only this one"]


@pytest.mark.parametrize(
    "title", ["News", "Latest News", "News & Events", "Updates", "Recent News"]
)
def test_a_page_titled_as_news_is_news_from_its_first_line(tmp_path: Path, title: str) -> None:
    site = write(tmp_path, {"index.md": f'---\ntitle: "{title}"\n---\n\n' + NEWS_LIST})
    assert titles(site) == ["Opened the new lab", "Hired two students"]


def test_a_page_titled_otherwise_is_not(tmp_path: Path) -> None:
    site = write(tmp_path, {"index.md": "---\ntitle: Teaching\n---\n\n" + NEWS_LIST})
    assert titles(site) == []


def test_r_markdown_news_page_with_year_headings(tmp_path: Path) -> None:
    site = write(
        tmp_path,
        {
            "index.Rmd": "---\ntitle: My lab\n---\n\nWelcome.\n",
            "news.Rmd": """
                ---
                title: "Lab News"
                ---

                ```{r setup, include=FALSE}
                knitr::opts_chunk$set(echo = FALSE)
                ```

                ### 2025

                * Anna joined the lab as a student.

                ### 2024

                * We moved to the third floor.
                """,
        },
    )
    loaded = load_site(site, today=TODAY)
    assert [(e.title, e.span.start_iso if e.span else None) for e in loaded.events] == [
        ("Anna joined the lab as a student", "2025"),
        ("We moved to the third floor", "2024"),
    ]


def test_quarto_homepage_with_a_child_news_file(tmp_path: Path) -> None:
    site = write(
        tmp_path,
        {
            "_quarto.yml": "project:\n  type: website\n",
            "index.qmd": '---\ntitle: "Kim"\n---\n\n## News\n\n```{r child="news.qmd"}\n```\n',
            "news.qmd": NEWS_LIST,
        },
    )
    loaded = load_site(site, today=TODAY)
    assert loaded.page_path == site / "index.qmd"
    assert [(e.title, Path(e.source).name, e.line) for e in loaded.events] == [
        ("Opened the new lab", "news.qmd", 1),
        ("Hired two students", "news.qmd", 2),
    ]


HTML_HOME = """
    <!DOCTYPE html>
    <html><body>
    <h1>Lin Pei</h1>
    <h2>News</h2>
    <ul>
      <li><b>Mar 2026</b>: Opened the new lab.</li>
      <li><b>Jan 2026</b>: Hired two students.</li>
    </ul>
    </body></html>
    """


def test_a_handwritten_index_html_is_the_homepage(tmp_path: Path) -> None:
    site = write(tmp_path / "a", {"index.html": HTML_HOME})
    assert find_homepage(site) == site / "index.html"
    made = HTML_HOME.replace("<html>", '<html><head><meta name="generator" content="jemdoc">')
    other = write(tmp_path / "b", {"index.html": made})
    assert find_homepage(other) == other / "index.html"  # made by a tool: still what readers see
    assert titles(other) == ["Opened the new lab", "Hired two students"]
    both = write(tmp_path / "c", {"index.html": HTML_HOME, "index.md": HOME})
    assert find_homepage(both) == both / "index.md"  # Markdown first


def test_a_handwritten_index_html_is_read(tmp_path: Path) -> None:
    site = write(tmp_path, {"index.html": HTML_HOME})
    assert titles(site) == ["Opened the new lab", "Hired two students"]


# --- reading the configuration and front matter safely (issue 9) ---


def feeds_build(site: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "feeds", "build", "--content", str(site), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
        env={"FEEDS_OFFLINE": "1", "PATH": "/usr/bin:/bin"},
    )


BOMB = "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]\n"
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
)
BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + BOMB + "title: *i\n"  # 9**9 values


@pytest.mark.parametrize(
    ("name", "data", "where"),
    [
        ("_config.yml", b"title: Lab\nurl: https://caf\xe9.example.org\n", "_config.yml:2:"),
        ("_config.yml", b"title: Lab\nurl: [https://x.org\nemail: a\n", "_config.yml:3:"),
        ("_config.yml", b"- just\n- a list\n", "_config.yml:1:"),
        ("_config.yml", BOMB.encode(), "_config.yml"),
        ("config.toml", b'title = "Lab"\nbaseURL = \n', "config.toml:2"),
    ],
)
def test_a_bad_site_configuration_is_a_one_line_error(
    tmp_path: Path, name: str, data: bytes, where: str
) -> None:
    site = write(tmp_path / "site", {"index.md": HOME + "\n## News\n\n" + NEWS_LIST})
    (site / "content").mkdir()  # a Hugo site needs one
    (site / name).write_bytes(data)
    out = tmp_path / "out"
    result = feeds_build(site, out)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and where in errors[0], result.stderr
    assert not out.exists()
    assert "site_url" in errors[0]  # an error because the setting it may hold is required
    assert site_defaults(site) == {}  # read without it (issue 8, cause E of corpus c5)
    assert [p.source.endswith(name) for p in config_problems(site)] == [True]


def test_an_alias_bomb_in_front_matter_is_bounded(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            "index.md": f"---\n{BOMB}---\n\n## News\n\n" + NEWS_LIST,
            "feeds.toml": 'site_url = "https://example.org/"\n',
        },
    )
    out = tmp_path / "out"
    result = feeds_build(site, out)
    assert result.returncode == 0, result.stderr
    warned = [line for line in result.stderr.splitlines() if "aliases" in line]
    assert len(warned) == 1 and "index.md:1: warning" in warned[0]
    feed = feedparser.parse((out / "atom.xml").read_bytes())
    assert [e.title for e in feed.entries] == ["Opened the new lab", "Hired two students"]


def test_news_items_linking_outside_the_site_are_not_read(tmp_path: Path) -> None:
    secret = write(tmp_path / "elsewhere", {"secret.md": "---\ndate: 2026-01-01\n---\nSECRET\n"})
    site = write(
        tmp_path / "site",
        {
            "index.md": HOME,
            "_news/a.md": "---\ndate: 2026-02-01\ninline: true\n---\nA visible item.\n",
        },
    )
    (site / "_news" / "b.md").symlink_to(secret / "secret.md")
    (site / "_news" / "old").symlink_to(secret, target_is_directory=True)
    reporter = Reporter(quiet=True)
    assert titles(site, reporter) == ["A visible item"]
    outside = [p for p in reporter.warnings if p.code == "outside"]
    assert [Path(p.source).name for p in outside] == ["b.md"]


def test_hugo_blox_landing_page_keeps_news_in_its_front_matter(tmp_path: Path) -> None:
    site = write(
        tmp_path,
        {
            "config/_default/hugo.yaml": "title: Rui\nbaseURL: https://rui.example.org/\n",
            "content/_index.md": """
                ---
                title: ''
                sections:
                  - block: markdown
                    content:
                      title: 'Welcome'
                      text: |-
                        - **Jan 2020**: Not news, a welcome text.
                  - block: markdown
                    content:
                      title: Recent News
                      subtitle: ''
                      text: |-
                        - **Jul 2026**: A paper on sails was accepted.

                        - **Jun 2026**: Joined the harbour lab.
                ---
                """,
        },
    )
    loaded = load_site(site, today=TODAY)
    page = (site / "content/_index.md").read_text(encoding="utf-8").splitlines()
    sails = next(n for n, line in enumerate(page, 1) if "sails" in line)
    harbour = next(n for n, line in enumerate(page, 1) if "harbour" in line)
    assert [(e.title, e.line) for e in loaded.events] == [
        ("A paper on sails was accepted", sails),
        ("Joined the harbour lab", harbour),
    ]
    assert loaded.settings.site_url == "https://rui.example.org"


def test_an_html_homepage_filtering_a_markdown_news_include_reads_the_include(
    tmp_path: Path,
) -> None:
    # Jekyll renders the captured Markdown through a filter: the HTML reader sees only
    # text, and would make one item of the list; the included file itself has them all.
    entries = "".join(f"- Jun'{n:02d}. Item number {n} of the list.\n" for n in range(10, 16))
    site = write(
        tmp_path,
        {
            "_config.yml": "title: Lab\n",
            "index.html": (
                "---\ntitle: About\n---\n<div>\n  <h2>News</h2>\n"
                "  {% capture news %}{% include news.md %}{% endcapture %}\n"
                "  {{ news | markdownify }}\n</div>\n"
            ),
            "_includes/news.md": entries,
        },
    )
    reporter = Reporter(quiet=True)
    loaded = load_site(site, today=TODAY, reporter=reporter)
    assert [(e.title, e.span.start_iso) for e in loaded.events] == [
        (f"Item number {n} of the list", f"20{n}-06") for n in range(10, 16)
    ]
    assert "reads only part of its news list" in " ".join(p.message for p in reporter.problems)


@pytest.mark.parametrize("name", ["news.md", "_includes/news.md", "recent_news.md", "news.qmd"])
def test_a_news_file_given_alone_is_news_from_its_first_line(tmp_path: Path, name: str) -> None:
    site = write(tmp_path, {name: NEWS_LIST, "notes.md": NEWS_LIST})
    assert titles(site / name) == ["Opened the new lab", "Hired two students"]
    assert titles(site / "notes.md") == []  # any other file still needs a news heading


def test_a_news_include_nothing_includes_is_not_read(tmp_path: Path) -> None:
    # a theme's demo _includes/news.md that no page, layout or include shows is on no page
    site = write(
        tmp_path,
        {
            "_config.yml": "title: Ana\nurl: https://ana.example.org\n",
            "index.md": (
                "---\nlayout: home\n---\n## Talks\n\n- [2026.10], Harbour Workshop, Oslo.\n"
            ),
            "_layouts/home.html": "<main>{{ content }}</main>",
            "_includes/news.md": "- **Jan 2020** A demo item of the theme.\n",
        },
    )
    loaded = load_site(site, today=TODAY, reporter=Reporter(quiet=True))
    assert [(e.title, e.span.start_iso) for e in loaded.events] == [
        ("Harbour Workshop, Oslo", "2026-10")
    ]
