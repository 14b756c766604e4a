"""Hugo news lists kept as data (issue 8, corpus C2 cause D): a ``news:``/``items:``
list in a page's front matter (``[[news]]`` in TOML) or a ``data/news.yaml`` file that a
custom layout renders; each entry is an item, the page holding the list is not. Sites
are written into a temporary folder in our own words and read back with ``json``
(``feeds list --json``) or feedparser (``feeds build``); expectations are written here.
"""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest

from .hugo_sites import HEADLESS, YAML_CONFIG, build, listed, summary, widget_site, write

# --- D. a news list kept in front matter ------------------------------------------------

FRONT_LISTS = {
    "YAML news list in a page of the news folder": (
        "content/news/news.md",
        """
        ---
        title: "Recent News"
        date: 2023-09-05
        news:
          - title: "📘 One paper has been accepted to a vision venue."
            date: "2026-06-18"
          - title: "🎯 See you at the spring meeting!"
            date: "2026-04-20"
            summary: "Details on <a href='https://example.org/m'>this page</a>"
        ---
        """,
        [
            ("One paper has been accepted to a vision venue", "2026-06-18", "day", "paper"),
            ("See you at the spring meeting", "2026-04-20", "day", "news"),
        ],
        [5, 7],
    ),
    "TOML [[news]] tables in the news widget, with links": (
        "content/home/news.md",
        """
        +++
        widget = "custom"
        title = "News"
        [[news]]
        text = "Gave an invited talk at the delta workshop"
        date = 2025-12-03
        link = "https://example.org/delta"
        [[news]]
        text = "Our dataset of river plumes was released"
        date = "2025-10"
        +++
        """,
        [
            ("Gave an invited talk at the delta workshop", "2025-12-03", "day", "talk"),
            ("Our dataset of river plumes was released", "2025-10", "month", "news"),
        ],
        [4, 8],
    ),
    "news list in a widget titled as news, with a kind": (
        "content/home/updates.md",
        """
        ---
        widget: custom
        title: Latest updates
        news:
        - content: "Served on the program committee of the estuary conference"
          date: 2025-04-02
        - content: "Good news from the foundation this spring"
          date: 2025-03-01
          type: award
        ---
        """,
        [
            (
                "Served on the program committee of the estuary conference",
                "2025-04-02",
                "day",
                "service",
            ),
            ("Good news from the foundation this spring", "2025-03-01", "day", "award"),
        ],
        [5, 7],
    ),
    "items list without dates: the words date them": (
        "content/news/_index.md",
        """
        ---
        title: Updates
        items:
          - text: Joined the ocean lab as a postdoc (Sep 2024)
            url: https://example.org/lab
          -   text: Started my PhD (2020)
        ---
        """,
        [
            ("Joined the ocean lab as a postdoc", "2024-09", "month", "position"),
            ("Started my PhD", "2020", "year", "position"),
        ],
        [4, 6],
    ),
}


@pytest.mark.parametrize("case", FRONT_LISTS, ids=list(FRONT_LISTS))
def test_front_matter_news_list(tmp_path: Path, case: str) -> None:
    name, text, expected, lines = FRONT_LISTS[case]
    site = widget_site(tmp_path / "site", name, text)
    items, result = listed(site)
    assert summary(items) == expected  # and the page itself is no item
    assert [i["line"] for i in items] == lines
    assert "warning" not in result.stderr


def test_front_matter_list_links_are_published(tmp_path: Path) -> None:
    name, text, _, _ = FRONT_LISTS["TOML [[news]] tables in the news widget, with links"]
    site = widget_site(tmp_path / "site", name, text)
    result = build(site, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    feed = feedparser.parse((tmp_path / "out" / "atom.xml").read_bytes())
    assert [e.title for e in feed.entries] == [
        "Gave an invited talk at the delta workshop",
        "Our dataset of river plumes was released",
    ]
    assert feed.entries[0].link == "https://example.org/delta"


DATA_LISTS = {
    "data/news.yaml": (
        """
        - date: Apr. 2026
          text: "🏅 Our survey of river deltas won the **best paper award**!"
        - date: "2025-11"
          text: >
            Started as a research scientist at the
            [coastal institute](https://example.org/coast).
        """,
        [
            ("Our survey of river deltas won the best paper award", "2026-04", "month", "award"),
            (
                "Started as a research scientist at the coastal institute",
                "2025-11",
                "month",
                "position",
            ),
        ],
        [1, 3],
    ),
    "data/news.toml": (
        """
        [[news]]
        text = "Released the estuary dataset on [our site](https://example.org/data)"
        date = 2024-05-06
        """,
        [("Released the estuary dataset on our site", "2024-05-06", "day", "news")],
        [1],
    ),
    "data/news.json": (
        '{"news": [{"title": "Gave a seminar on sediment transport", "date": "2023-02-14"}]}',
        [("Gave a seminar on sediment transport", "2023-02-14", "day", "talk")],
        [1],
    ),
}


@pytest.mark.parametrize("name", DATA_LISTS)
def test_hugo_data_file_news_list(tmp_path: Path, name: str) -> None:
    text, expected, lines = DATA_LISTS[name]
    site = widget_site(tmp_path / "site", name, text)
    items, result = listed(site)
    assert summary(items) == expected
    assert [i["line"] for i in items] == lines
    assert "warning" not in result.stderr


def test_hugo_data_file_that_is_not_yaml_is_an_error(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            "config/_default/config.yaml": YAML_CONFIG,
            "content/home/index.md": HEADLESS,
            "data/news.yaml": "- date: 2024-01-02\n  text: [unclosed\n",
        },
    )
    result = build(site, tmp_path / "out")
    assert result.returncode == 1
    assert "data/news.yaml:" in result.stderr and "not valid YAML" in result.stderr
    assert "Traceback" not in result.stderr
