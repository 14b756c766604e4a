"""A custom Hugo Academic news widget (issue 8, corpus c13): ``widget = "news"`` with its
own template that prints each ``[[item]]`` table of the front matter: a ``title`` that
opens with its date in brackets (``[29-04-2026]``, numeric, day first here), an optional
``subtitle`` printed under it, no body. One item per table, dated by the bracket, titled
by the rest. Sites in our own words; read back with ``json`` (``feeds list --json``).
"""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest

from .hugo_sites import HEADLESS, YAML_CONFIG, build, listed, summary, widget_site, write

WIDGETS = {
    "day first, given away by a day above 12": (
        "content/home/news.md",
        """
        +++
        widget = "news"
        headless = true
        title = ""
        [[item]]
            title = "[03-11-2025] Two papers accepted by the lagoon conference!"
            subtitle = "Congrats to Rui and Ola!"
            link = ""
        [[item]]
            title = "[27-06-2025] Mei was invited to give a talk at the reef workshop"
        [[item]]
            title = "[05-02-2025] Our coral survey dataset is released"
        +++
        """,
        [
            ("Two papers accepted by the lagoon conference", "2025-11-03", "day", "paper"),
            ("Mei was invited to give a talk at the reef workshop", "2025-06-27", "day", "talk"),
            ("Our coral survey dataset is released", "2025-02-05", "day", "news"),
        ],
        [5, 9, 11],
    ),
    "month first, given away by a day above 12": (
        "content/home/updates.md",
        """
        ---
        widget: news
        headless: true
        item:
          - title: "[11-20-2025] Sam joined the group as a PhD student"
          - title: "[04-09-2025]: One paper accepted by the tide journal"
        ---
        """,
        [
            ("Sam joined the group as a PhD student", "2025-11-20", "day", "position"),
            ("One paper accepted by the tide journal", "2025-04-09", "day", "paper"),
        ],
        [5, 6],
    ),
    "ISO dates in brackets or parentheses": (
        "content/home/news.md",
        """
        +++
        widget = "news"
        [[item]]
        title = "[2025-10-02] Lin won the best poster award"
        [[item]]
        title = "(2025-08-14) Gave a keynote at the estuary symposium"
        +++
        """,
        [
            ("Lin won the best poster award", "2025-10-02", "day", "award"),
            ("Gave a keynote at the estuary symposium", "2025-08-14", "day", "talk"),
        ],
        [3, 5],
    ),
}


@pytest.mark.parametrize("case", WIDGETS, ids=list(WIDGETS))
def test_news_widget_item_tables(tmp_path: Path, case: str) -> None:
    name, text, expected, lines = WIDGETS[case]
    site = widget_site(tmp_path / "site", name, text)
    items, result = listed(site)
    assert summary(items) == expected  # the widget page itself is no item
    assert [i["line"] for i in items] == lines
    assert "warning" not in result.stderr


def test_news_widget_subtitle_is_part_of_the_item(tmp_path: Path) -> None:
    name, text, _, _ = WIDGETS["day first, given away by a day above 12"]
    site = widget_site(tmp_path / "site", name, text)
    result = build(site, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    feed = feedparser.parse((tmp_path / "out" / "atom.xml").read_bytes())
    assert "Congrats to Rui and Ola" in feed.entries[0].summary
    assert "03-11-2025" not in feed.entries[0].summary + feed.entries[0].title


def test_item_tables_of_another_widget_are_not_news(tmp_path: Path) -> None:
    """``[[item]]`` is also the accomplishments/experience widgets' key: not news there."""
    text = """
    +++
    widget = "accomplishments"
    title = "Accomplish&shy;ments"
    [[item]]
    title = "[2024-01-05] Course on tides"
    +++
    """
    site = write(
        tmp_path / "site",
        {
            "config/_default/config.yaml": YAML_CONFIG,
            "content/home/index.md": HEADLESS,
            "content/home/accomplishments.md": text,
            "content/home/news.md": "---\nwidget: blank\nheadless: true\n---\n\n"
            "- 2025-03-01: Joined the tide lab as a postdoc\n",
        },
    )
    items, _ = listed(site)
    assert [i["title"] for i in items] == ["Joined the tide lab as a postdoc"]
