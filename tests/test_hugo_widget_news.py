"""Hugo Academic/Wowchemy news kept in widgets (issue 8, C3 A1 and A3): an ``experience``
or ``accomplishments`` widget titled as news whose dated entries are the items, and a
news section built as a ``type: widget_page`` whose widget files hold the list. Each
site is written here in our own words into a temporary folder and read with ``feeds
list --json`` (parsed with json) or built and read back with feedparser."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import feedparser
import pytest

from .cli_run import Ran
from .cli_run import feeds as run_feeds

NOW = "2026-11-26"
CONFIG = {"config.toml": 'baseURL = "https://ines.example.org/"\ntitle = "Ines"\n'}
HOME = {"content/home/index.md": "+++\nheadless = true\n+++\n"}


def write(site: Path, files: dict[str, str]) -> Path:
    for name, text in {**CONFIG, **HOME, **files}.items():
        path = site / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return site


def feeds(*args: str) -> Ran:
    return run_feeds(*args, "--now", NOW)


def listed(site: Path) -> tuple[list[tuple], Ran]:
    """(title, start, end, precision, type) of each listed item, and the run."""
    result = feeds("list", "--json", "--content", str(site))
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    return [(i["title"], i["start"], i["end"], i["precision"], i["type"]) for i in items], result


# --- A1: dated-entries widgets whose title is news ---

EXPERIENCE_TOML = """
    +++
    widget = "experience"
    headless = true
    title = "News"
    date_format = "Jan 2006"

    [[experience]]
      title = "Gave an invited talk on toy boats"
      company = "Example Meeting 2021"
      date_start = "2021-08-12"
      date_end = ""

    [[experience]]
      title = "Started my second lab rotation"
      company = "Example Biology Division"
      date_start = "2020-01-27"
      date_end = "2020-03-30"
      description = "Advisor: Dr. Example."
    +++
    """

EXPERIENCE_YAML_DAYS = """
    ---
    widget: experience
    title: Latest News
    date_format: "Jan 2, 2006"
    experience:
      - title: Our paper on toy trains was accepted at Example Letters
        company: Example Letters
        date_start: 2024-06-08
      - title: Joined the Example Lab as a postdoc
        company: Example University
        location: Lisbon
        date_start: "2023-09-01"
        date_end: "2024-05-31"
    ---
    """

ACCOMPLISHMENTS_YEARS = """
    +++
    widget = "accomplishments"
    title = "News"
    date_format = "2006"
    [[item]]
      organization = "Example Society"
      title = "Won the best poster award"
      date_start = "2022-05-02"
    +++
    """

DEFAULT_FORMAT = """
    ---
    widget: experience
    title: News
    experience:
      - title: Started a new position as lecturer
        company: Example College
        date_start: 2019-10-07
    ---
    """

A1_CASES = [
    (
        "toml-month",
        {"content/home/news.md": EXPERIENCE_TOML},
        [
            (
                "Gave an invited talk on toy boats, Example Meeting 2021",
                "2021-08", None, "month", "talk",
            ),
            (
                "Started my second lab rotation, Example Biology Division",
                "2020-01", "2020-03", "month", "position",
            ),
        ],
    ),
    (
        "yaml-day-other-file",
        {"content/home/updates.md": EXPERIENCE_YAML_DAYS},
        [
            (
                "Our paper on toy trains was accepted at Example Letters, Example Letters",
                "2024-06-08", None, "day", "paper",
            ),
            (
                "Joined the Example Lab as a postdoc, Example University",
                "2023-09-01", "2024-05-31", "day", "position",
            ),
        ],
    ),
    (
        "accomplishments-year",
        {"content/home/news.md": ACCOMPLISHMENTS_YEARS},
        [("Won the best poster award, Example Society", "2022", None, "year", "award")],
    ),
    (
        "default-format-is-month",
        {"content/home/news.md": DEFAULT_FORMAT},
        [("Started a new position as lecturer, Example College", "2019-10", None, "month",
          "position")],
    ),
]  # fmt: skip


@pytest.mark.parametrize("files, expected", [c[1:] for c in A1_CASES], ids=[c[0] for c in A1_CASES])
def test_dated_widget_entries_are_items(tmp_path: Path, files: dict, expected: list) -> None:
    items, result = listed(write(tmp_path / "site", files))
    assert items == expected
    assert "error" not in result.stderr


def test_experience_widget_not_titled_news_is_not_read(tmp_path: Path) -> None:
    files = {
        "content/home/experience.md": EXPERIENCE_TOML.replace('"News"', '"Experience"'),
        "content/home/news.md": """
            ---
            widget: blank
            title: News
            ---
            - **Mar 2025** Our paper on toy kites was accepted at Example Journal.
            """,
    }
    items, _ = listed(write(tmp_path / "site", files))
    assert items == [
        ("Our paper on toy kites was accepted at Example Journal", "2025-03", None, "month",
         "paper"),
    ]  # fmt: skip


def test_news_widget_without_items_is_an_error_naming_it(tmp_path: Path) -> None:
    widget = """
        +++
        widget = "experience"
        title = "News"
        [[experience]]
          company = "Example Meeting"
          date_start = "2021-08-12"
        +++
        """
    site = write(tmp_path / "site", {"content/home/news.md": widget})
    result = feeds("list", "--content", str(site))
    assert result.returncode == 1
    assert "content/home/news.md:4: " in result.stderr  # its [[experience]] line
    assert "index.md" not in result.stderr
    assert "Traceback" not in result.stderr


# --- A3: a news section built as a widget page ---

WIDGET_PAGE = '---\ntitle: "Nachrichten"\ndate: "2026-07-31"\ntype: "widget_page"\n---\n'

BLANK_HTML = """
    ---
    widget: blank
    headless: true
    weight: 10
    title: Updates
    ---

    <div class="archive">
      <article class="item"><time>2026.07</time><h3>Our paper on toy boats was published in Example Journal</h3><p>A short summary.</p></article>
      <article class="item"><time>2025.11</time><h3>Gave a talk at the Example Forum</h3><p>More words.</p></article>
    </div>
    """  # noqa: E501

BLANK_MARKDOWN = """
    ---
    widget: blank
    headless: true
    weight: 20
    ---

    - **Feb 2026** Our paper on toy planes was accepted at Example Conference.
    - **Jan 2026** I joined the Example Institute as a research fellow.
    """

A3_CASES = [
    (
        "html-articles",
        {"content/news/index.md": WIDGET_PAGE, "content/news/list.md": BLANK_HTML},
        [
            ("Our paper on toy boats was published in Example Journal", "2026-07", None, "month",
             "paper"),
            ("Gave a talk at the Example Forum", "2025-11", None, "month", "talk"),
        ],
    ),
    (
        "markdown-list-second-language",
        {
            "config.toml": 'baseURL = "https://ines.example.org/"\ndefaultContentLanguage = "de"\n',
            "content/de/home/index.md": "---\nheadless: true\n---\n",
            "content/de/news/index.md": WIDGET_PAGE,
            "content/de/news/list.md": BLANK_MARKDOWN,
            "content/de/news/off.md": "---\nwidget: blank\nactive: false\n---\n- **Jan 2020** A.\n",
        },
        [
            ("Our paper on toy planes was accepted at Example Conference", "2026-02", None,
             "month", "paper"),
            ("I joined the Example Institute as a research fellow", "2026-01", None, "month",
             "position"),
        ],
    ),
    (
        "experience-widget-inside",
        {
            "content/news/index.md": WIDGET_PAGE,
            "content/news/timeline.md": EXPERIENCE_TOML.replace('"News"', '"Timeline"'),
        },
        [
            ("Gave an invited talk on toy boats, Example Meeting 2021", "2021-08", None, "month",
             "talk"),
            ("Started my second lab rotation, Example Biology Division", "2020-01", "2020-03",
             "month", "position"),
        ],
    ),
]  # fmt: skip


@pytest.mark.parametrize("files, expected", [c[1:] for c in A3_CASES], ids=[c[0] for c in A3_CASES])
def test_widget_page_widgets_are_the_news(tmp_path: Path, files: dict, expected: list) -> None:
    items, result = listed(write(tmp_path / "site", files))
    assert items == expected  # and never "Nachrichten" 2026-07-31, the container
    assert "error" not in result.stderr


def test_widget_page_is_preferred_to_the_homepage_teaser(tmp_path: Path) -> None:
    teaser = "---\nwidget: blank\ntitle: News\n---\n- **Jul 2026** Toy boats paper out.\n"
    files = {
        "content/home/news.md": teaser,
        "content/news/index.md": WIDGET_PAGE,
        "content/news/list.md": BLANK_HTML,
    }
    items, _ = listed(write(tmp_path / "site", files))
    assert [i[0] for i in items] == [
        "Our paper on toy boats was published in Example Journal",
        "Gave a talk at the Example Forum",
    ]


# --- a section's list page with only front matter is never an item ---

SECTION_CASES = [
    ("underscore-index", "content/news/_index.md"),
    ("leaf-index-news-in-body", "content/news/index.md"),
]


@pytest.mark.parametrize("index", [c[1] for c in SECTION_CASES], ids=[c[0] for c in SECTION_CASES])
def test_section_index_is_never_an_item(tmp_path: Path, index: str) -> None:
    body = (
        "" if index.endswith("_index.md") else "\n- **May 2025** Gave a talk at the Example Club.\n"
    )
    files = {
        index: '---\ntitle: "News"\ndate: "2026-07-31"\n---\n' + body,
        "content/news/grant.md": '---\ntitle: "We won a grant for toy sensors"\n'
        "date: 2026-02-01\n---",
    }
    site = write(tmp_path / "site", files)
    result = feeds("build", "--content", str(site), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    feed = feedparser.parse((tmp_path / "out" / "atom.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    titles = [(e.title, e.published[:10]) for e in feed.entries]
    if index.endswith("_index.md"):  # a section: its pages are the posts
        assert titles == [("We won a grant for toy sensors", "2026-02-01")]
    else:  # a leaf bundle: one page, its body the list; the file beside it a resource
        assert titles == [("Gave a talk at the Example Club", "2025-05-01")]


# --- a homepage news widget switched off (active = false) is shown nowhere ---

SWITCHED_OFF = {
    "content/home/recent_news.md": """
        +++
        widget = "blank"
        headless = true
        active = false
        title = "Recent News"
        +++

        - Gave a talk at the spring meeting on toy boats (May 3, 2023)
        """,
    "content/news.md": """
        +++
        title = "News"
        +++

        - Gave a talk at the spring meeting on toy boats (May 3, 2023)
        - Our toy boat paper was accepted at Example Conference (Apr 2, 2023)
        - Defended my master's thesis on paper boats (Feb 1, 2023)
        """,
}


def test_a_switched_off_homepage_widget_gives_way_to_the_news_page(tmp_path: Path) -> None:
    items, _ = listed(write(tmp_path / "site", SWITCHED_OFF))
    assert [(title, start, kind) for title, start, _, _, kind in items] == [
        ("Gave a talk at the spring meeting on toy boats", "2023-05-03", "talk"),
        ("Our toy boat paper was accepted at Example Conference", "2023-04-02", "paper"),
        ("Defended my master's thesis on paper boats", "2023-02-01", "position"),
    ]
