"""A data file of news (``_data/news.yml`` shown by a Liquid loop, ``--content`` a data
file) in which one entry lacks the words the others have: the others are still read,
and the odd one is read from what it has (its words written into ``date:`` after the
date, which the loop prints) or left out with a warning naming its file and line,
never the whole list lost. Run as a user runs ``feeds``; expectations from the input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import listed, summary, write

PAGE = """
---
title: News
permalink: /news/
---
# News

{% for article in site.data.news %}
<p>{{ article.date }} <br> {{ article.headline | markdownify }}</p>
{% endfor %}
"""

GOOD = "- date: 2025-01-20\n  headline: Welcome to Mia, our new student\n"
GOOD_2 = "- date: 2024-10-30\n  headline: We won a starting grant!\n"

# (the odd entry, what it yields: None when it is left out, the line it starts on)
CASES = {
    "the words after an ISO date and a dash": (
        "- date: 2024-09-01 - our lab opens its doors\n",
        ("Our lab opens its doors", "2024-09-01", "day", "news"),
    ),
    "the words after a day-dot date, in bold HTML": (
        "- date: 1. September 2024 - <b>The lab officially opens!</b>\n",
        ("The lab officially opens", "2024-09-01", "day", "news"),
    ),
    "the words after a month and a colon": (
        "- date: 'March 2024: Our lab moved to the new building'\n",
        ("Our lab moved to the new building", "2024-03", "month", "position"),
    ),
    "the words after a slashed date and an em dash": (
        "- date: 2024/08/15 — Ben joined the lab as a postdoc\n",
        ("Ben joined the lab as a postdoc", "2024-08-15", "day", "position"),
    ),
    "a date and nothing else": ("- date: 2024-05-01\n", None),
    "an image and a date, no words": ("- date: 2024-05-01\n  image: /img/party.jpg\n", None),
    "words under a key nobody shows, no date": ("- photo: /img/party.jpg\n", None),
}

FIRST = [
    ("Welcome to Mia, our new student", "2025-01-20", "day", "news"),
    ("We won a starting grant", "2024-10-30", "day", "award"),
]


@pytest.mark.parametrize("case", CASES)
def test_the_other_entries_of_a_data_loop_stay(tmp_path: Path, case: str) -> None:
    odd, expected = CASES[case]
    site = write(tmp_path / "site", {"_data/news.yml": GOOD + GOOD_2 + odd, "_pages/news.md": PAGE})
    items, result = listed(site)
    assert summary(items) == FIRST + ([expected] if expected else [])
    assert [i["line"] for i in items] == [1, 3, 5][: len(items)]
    if expected is None:  # left out, and said where
        warned = [line for line in result.stderr.splitlines() if "_data/news.yml:5:" in line]
        assert len(warned) == 1 and "warning" in warned[0], result.stderr
    else:
        assert "warning" not in result.stderr, result.stderr


def test_the_odd_entry_first_in_the_file(tmp_path: Path) -> None:
    news = "- date: 2026-02-01\n" + GOOD + GOOD_2
    site = write(tmp_path / "site", {"_data/news.yml": news, "_pages/news.md": PAGE})
    items, result = listed(site)
    assert summary(items) == FIRST
    assert [i["line"] for i in items] == [2, 4]
    assert "_data/news.yml:1:" in result.stderr


def test_a_data_file_given_as_the_content(tmp_path: Path) -> None:
    """The same list read from ``--content _data/news.json``: one object lacks words."""
    entries = [
        {"date": "2025-01-20", "title": "Welcome to Mia, our new student"},
        {"date": "2024-10-30", "title": "We won a starting grant!"},
        {"date": "2024-05-01", "image": "/img/party.jpg"},
    ]
    path = tmp_path / "site" / "_data" / "news.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(entries, indent=1), encoding="utf-8")
    result = feeds(
        "list", "--json", "--content", str(path), "--now", "2026-11-26",
        "--site-url", "https://ana.example.org/", "--timezone", "UTC",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert summary(json.loads(result.stdout)) == FIRST
    assert "news.json:" in result.stderr and "warning" in result.stderr, result.stderr


def test_a_list_mostly_without_words_is_still_no_news(tmp_path: Path) -> None:
    """A list of pictures with one caption is not news: the page's own list is read."""
    pictures = "- image: a.jpg\n- image: b.jpg\n- image: c.jpg\n"
    pictures += "- date: 2024-01-01\n  title: Lab trip\n"
    page = PAGE.replace("{% for", "- Jan 2024: We moved.\n\n{% for")
    site = write(tmp_path / "site", {"_data/news.yml": pictures, "_pages/news.md": page})
    items, _ = listed(site)
    assert [(i["title"], i["start"]) for i in items] == [("We moved", "2024-01")]


def test_a_hugo_front_matter_list_with_one_entry_without_words(tmp_path: Path) -> None:
    """The sibling form in Hugo: a ``news:`` list in a page's front matter."""
    page = (
        "---\ntitle: News\nnews:\n"
        "  - title: Welcome to Mia, our new student\n    date: 2025-01-20\n"
        "  - date: 2024-12-01\n    image: party.jpg\n"
        "  - title: We won a starting grant!\n    date: 2024-10-30\n---\n"
    )
    files = {
        "config/_default/config.yaml": "title: Ana\nbaseURL: https://ana.example.org/\n",
        "content/home/index.md": "---\nheadless: true\n---\n",
        "content/news/_index.md": page,
    }
    items, result = listed(write(tmp_path / "site", files))
    assert summary(items) == FIRST
    warned = [line for line in result.stderr.splitlines() if "content/news/_index.md:6:" in line]
    assert len(warned) == 1 and "warning" in warned[0], result.stderr
