"""End to end, one site per layout people use (issue 8, section 1): each written into a
temporary folder in our own words, built with ``feeds build`` as a user runs it, and the
feed read back with feedparser. The items expected are the fixture's, written here."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import feedparser
import pytest

NOW = "2026-11-26"


def write(site: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = site / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return site


def build(site: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """``feeds build -v`` in a separate process, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "feeds", "build", "--content", str(site), "--out", str(out)]
        + ["--now", NOW, "-v", *extra],
        capture_output=True,
        text=True,
        check=False,
        env={"FEEDS_OFFLINE": "1", "PATH": "/usr/bin:/bin"},
    )


def entries(out: Path) -> list[tuple[str, str]]:
    """(title, published day) of every entry of the Atom feed, read by feedparser."""
    feed = feedparser.parse((out / "atom.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    return [(e.title, e.get("published", "")[:10]) for e in feed.entries]


def line_of(path: Path, words: str) -> int:
    """1-based line of ``path`` holding ``words`` (how the fixture was written)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if words in line)


# --- al-folio: a homepage with `{% include news.md %}` from _includes/, plus _news/ ---

AL_FOLIO = {
    "_config.yml": """
        title: blank
        first_name: Ada
        last_name: Byron
        url: https://ada.example.org
        """,
    "_pages/about.md": """
        ---
        layout: about
        permalink: /
        news: true
        ---

        I study engines. {{ site.first_name }} is my name, kept in the config.

        {% if page.news %}
        ## News
        {% include news.md %}
        {% endif %}
        """,
    "_includes/news.md": """
        - **Mar 3, 2026**: Started a reading group on difference engines.
        - {% comment %}a private note{% endcomment %}**Feb 10, 2026**: Moved to a new office.
        - A line with no date at all.
        """,
    "_news/announcement_1.md": """
        ---
        layout: post
        title: A leftover template title
        date: 2026-01-15
        inline: true
        ---

        Our loom paper was accepted at the analytical workshop.
        """,
    "_news/announcement_2.md": """
        ---
        date: 2026-03-03
        inline: true
        ---

        Started a reading group on difference engines.
        """,
}


def test_al_folio_with_includes(tmp_path: Path) -> None:
    site = write(tmp_path / "site", AL_FOLIO)
    result = build(site, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert entries(tmp_path / "out") == [
        ("Started a reading group on difference engines", "2026-03-03"),
        ("Moved to a new office", "2026-02-10"),
        ("Our loom paper was accepted at the analytical workshop", "2026-01-15"),
        ("A line with no date at all", ""),
    ]
    text = (tmp_path / "out" / "atom.xml").read_text(encoding="utf-8")
    assert "{{" not in text and "{%" not in text and "private note" not in text
    assert "leftover template title" not in text  # the inline item shows its body
    include = site / "_includes" / "news.md"
    undated = f"{include.name}:{line_of(include, 'no date at all')}: warning"
    assert undated in result.stderr  # names the included file and its line
    merged = f"announcement_2.md:{line_of(site / '_news/announcement_2.md', 'Started')}: info"
    assert merged in result.stderr  # found twice: merged, the homepage one kept


# --- acad-homepage: _pages/about.md includes _pages/includes/news.md ---

ACAD_NEWS = """
    - *2024.05*: Our paper on tidal models is accepted by the coastal venue.
    - *2024.02*: I gave a seminar on estuaries at the river institute.

    - *2023.11*: We released the harbour dataset 🎉
    """


@pytest.mark.parametrize("heading_in", ["about", "include"])
def test_acad_homepage(tmp_path: Path, heading_in: str) -> None:
    heading = "# 🔥 News\n"
    about = """
        ---
        permalink: /
        title: "About"
        ---

        {% include_relative includes/intro.md %}

        HEADING
        {% include_relative includes/news.md %}

        # 📝 Publications
        - A publication that is not news, 2021.
        """
    site = write(
        tmp_path / "site",
        {
            "_config.yml": "title: Tidal Lab\nurl: https://tide.example.org\n",
            "_pages/about.md": about.replace("HEADING", heading if heading_in == "about" else ""),
            "_pages/includes/intro.md": "I work on coasts.\n",
            "_pages/includes/news.md": (heading if heading_in == "include" else "")
            + textwrap.dedent(ACAD_NEWS).lstrip("\n"),
        },
    )
    result = build(site, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert entries(tmp_path / "out") == [
        ("Our paper on tidal models is accepted by the coastal venue", "2024-05-01"),
        ("I gave a seminar on estuaries at the river institute", "2024-02-01"),
        ("We released the harbour dataset 🎉", "2023-11-01"),
    ]
    listed = subprocess.run(
        [sys.executable, "-m", "feeds", "list", "--json", "--content", str(site), "--now", NOW],
        capture_output=True,
        text=True,
        check=True,
        env={"FEEDS_OFFLINE": "1", "PATH": "/usr/bin:/bin"},
    ).stdout
    news = site / "_pages" / "includes" / "news.md"
    assert [i["line"] for i in json.loads(listed)] == [  # lines of the included file
        line_of(news, "tidal models"),
        line_of(news, "estuaries"),
        line_of(news, "harbour"),
    ]


# --- minimal-light: index.md includes _includes/news.md holding its own heading ---


def test_minimal_light(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            "_config.yml": "title: Bo Lin\nurl: https://bolin.example.org\n",
            "index.md": """
                ---
                layout: homepage
                ---

                {% include_relative _includes/news.md %}

                {% include_relative _includes/publications.md %}
                """,
            "_includes/news.md": """
                ## News

                - **[Jan. 2026]** Our glacier study appears in the ice journal.
                - **[Oct. 2025]** Joined the polar group as a postdoc.
                """,
            "_includes/publications.md": "## Publications\n\n- Not news (2020).\n",
        },
    )
    result = build(site, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert entries(tmp_path / "out") == [
        ("Our glacier study appears in the ice journal", "2026-01-01"),
        ("Joined the polar group as a postdoc", "2025-10-01"),
    ]
    feed = feedparser.parse((tmp_path / "out" / "atom.xml").read_bytes())
    assert feed.feed.title == "Bo Lin — news"


# --- Hugo Academic: TOML config and a blank news widget with TOML front matter ---

HUGO = {
    "config.toml": """
        baseURL = "https://mira.example.org/"
        title = "Mira Quell"
        """,
    "config/_default/params.toml": 'description = "Mira\'s research page"\nauthor = "M. Quell"\n',
    "content/home/index.md": "+++\nheadless = true\n+++\n",
    "content/home/about.md": '+++\nwidget = "about"\ntitle = "Biography"\n+++\n',
    "content/home/news.md": """
        +++
        widget = "blank"
        headless = true
        weight = 2
        title = "News"
        date = 2020-01-01
        +++

        - **Apr 2026**: Our lattice paper was accepted at the crystal meeting.
        - **Dec 12, 2025**: I gave an invited talk at the mineral society.
        """,
}


def test_hugo_with_toml_front_matter(tmp_path: Path) -> None:
    site = write(tmp_path / "site", HUGO)
    result = build(site, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert entries(tmp_path / "out") == [
        ("Our lattice paper was accepted at the crystal meeting", "2026-04-01"),
        ("I gave an invited talk at the mineral society", "2025-12-12"),
    ]
    feed = feedparser.parse((tmp_path / "out" / "atom.xml").read_bytes())
    assert feed.feed.title == "Mira Quell — news"  # from config.toml
    assert feed.feed.subtitle == "Mira's research page"  # from config/_default/params.toml
    assert feed.feed.author == "M. Quell"
    assert feed.entries[0].id.startswith("tag:mira.example.org,")  # baseURL is the site URL
    used = "content/home/news.md: info: news read from this page"  # -v: the file used
    assert used in result.stderr
    assert "warning" not in result.stderr


# --- Hugo: a `pages` widget listing the news section's posts (TOML dates) ---


def test_hugo_news_posts(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            "hugo.toml": 'baseURL = "https://noor.example.org/"\ntitle = "Noor"\n',
            "content/home/index.md": "+++\nheadless = true\n+++\n",
            "content/home/news.md": '+++\nwidget = "pages"\ntitle = "News"\n+++\n',
            "content/news/_index.md": '+++\ntitle = "News"\n+++\n',
            "content/news/new-grant.md": """
                +++
                title = "We won a grant for reef sensors"
                date = 2026-02-01T23:30:00-05:00
                +++

                Details of the grant.
                """,
            "content/news/workshop/index.md": """
                ---
                title: "Workshop on coral acoustics"
                date: 2025-09-14
                ---
                """,
            "content/news/unfinished.md": '+++\ntitle = "Not yet"\ndraft = true\n+++\n',
        },
    )
    result = build(site, tmp_path / "out", "--timezone", "UTC")
    assert result.returncode == 0, result.stderr
    feed = feedparser.parse((tmp_path / "out" / "atom.xml").read_bytes())
    assert [(e.title, e.published[:10], e.link) for e in feed.entries] == [
        (
            "We won a grant for reef sensors",
            "2026-02-01",  # Hugo shows the date in its own offset (-05:00), not in UTC
            "https://noor.example.org/news/new-grant/",
        ),
        ("Workshop on coral acoustics", "2025-09-14", "https://noor.example.org/news/workshop/"),
    ]
