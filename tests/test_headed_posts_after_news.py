"""A News heading over one undated paragraph, the posts under the next heading (issue 8,
c28 cause C): an R Markdown ``news.Rmd`` (or ``news.md``) whose ``# News`` holds a note
and whose ``# Lab events`` holds ``### Title`` + prose posts. The reader sees each post
(and the note) as news, dated where its words give a date; a page whose next section is
not news or events (``# Research``) stays an error, never a guess. Sites in our own
words, read back with ``json`` (``feeds list --json``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import listed, write

FRONT = '---\ntitle: "Our lab"\noutput: html_document\n---\n\n'
NOTE = "Two new reviews from the lab are out, see [here](https://example.org/r1).\n\n"
POSTS = (
    "### **Maria's defense**\n\n"
    "In May 2024, Maria defended her master's thesis. Congratulations!\n\n"
    '<img src="images/maria.jpg" width=300>\n\n</br>\n\n'
    "### Summer picnic\n\n"
    "We had lunch by the river and played football.\n\n"
    "### Poster prize for Jon\n\n"
    "Jon won the prize for the best poster at the spring meeting (March 2023).\n"
)
EXPECTED = [
    ("Two new reviews from the lab are out", None, None, 8),
    ("Maria's defense", "2024-05", "month", 15),
    ("Summer picnic", None, None, 23),
    ("Poster prize for Jon", "2023-03", "month", 27),
]


def page(news: str, after: str) -> str:
    return f"{FRONT}# **News**\n\n{NOTE}</br>\n</br>\n\n# **{after}**\n\n{POSTS}"


def summary(items: list[dict]) -> list[tuple]:
    return [(i["title"].split(". ")[0], i["start"], i["precision"], i["line"]) for i in items]


@pytest.mark.parametrize(
    ("name", "after"),
    [("news.Rmd", "Lab events"), ("news.md", "Activities"), ("news.Rmd", "Eventos")],
)
def test_the_posts_after_an_empty_news_section_are_the_news(
    tmp_path: Path, name: str, after: str
) -> None:
    site = write(
        tmp_path / "site",
        {"index.Rmd": FRONT + "Welcome to our lab.\n", "_site.yml": "name: lab\n",
         name: page("News", after)},
    )  # fmt: skip
    items, _ = listed(site)
    assert sorted(summary(items), key=lambda r: r[3]) == EXPECTED


def test_the_page_named_as_the_content_reads_them_too(tmp_path: Path) -> None:
    site = write(tmp_path / "site", {"news.Rmd": page("News", "Lab events")})
    result = feeds(
        "list", "--json", "--content", str(site / "news.Rmd"), "--now", "2026-11-26",
        "--site-url", "https://ana.example.org/",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "yields no items" not in result.stderr
    assert sorted(summary(json.loads(result.stdout)), key=lambda r: r[3]) == EXPECTED


@pytest.mark.parametrize(
    "text",
    [
        page("News", "Research"),  # the next section is no news: its topics are not posts
        FRONT + "# News\n\n" + NOTE + "# Lab events\n\n### Picnic\n\nWe had lunch.\n",  # one
    ],
    ids=["research topics", "a single post"],
)
def test_otherwise_an_empty_news_section_stays_an_error(tmp_path: Path, text: str) -> None:
    site = write(tmp_path / "site", {"news.md": text})
    result = feeds(
        "list", "--json", "--content", str(site / "news.md"), "--now", "2026-11-26",
        "--site-url", "https://ana.example.org/",
    )  # fmt: skip
    assert result.returncode == 1
    assert "yields no items" in result.stderr
