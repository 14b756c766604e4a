"""How a news section written as dates and prose is split into items (issue 8, C2-E/F).

Year headings date the day-and-month forms below them (``09.27``, ``27.09.``); a
paragraph that is only a date opens one item with the paragraphs after it; date headings
(``## March 2026``) date the prose paragraphs under them, whatever introduction comes
first; a page titled as news or press coverage is news from its first line.

Every page is written here in our own words; ``feeds list --json`` is read back with
``json`` and ``feeds build`` with feedparser; expectations are written from the input.
"""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from feeds.cli import main

NOW = "2026-11-26"
URL = "https://me.example.org/"


def listed(path: Path) -> list[dict]:
    result = CliRunner().invoke(
        main, ["list", "--json", "--content", str(path), "--now", NOW, "--site-url", URL]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def news_page(tmp_path: Path, body: str, title: str = "News", name: str = "news.md") -> Path:
    path = tmp_path / name
    path.write_text(f"---\ntitle: {title}\n---\n\n{body}", encoding="utf-8")
    return path


def dates(items: list[dict]) -> list[tuple[str, str]]:
    return [(item["start"], item["precision"]) for item in items]


# E(i): day-and-month forms under a year heading take the heading's year.
YEAR_HEADING_FORMS = [
    ("## 2024\n\n- **09.27** Got a research fellowship.\n", "2024-09-27"),
    ("# **2024**\n\n- 09/27: Got a research fellowship.\n", "2024-09-27"),
    ("### 🎉 2023\n\n- 27.09. Vortrag über Graphen in Berlin.\n", "2023-09-27"),
    ("### 2023\n\n- 3.12. Vortrag über Graphen in Berlin.\n", "2023-12-03"),
    ("### 2023\n\n- **27.09.** Vortrag über Graphen in Berlin.\n", "2023-09-27"),
    ("## 2022 🎓\n\n- 27/09 Gave a seminar on graphs.\n", "2022-09-27"),
    ("## **2021** ✨\n\n- **11.05** Gave a seminar on graphs.\n", "2021-11-05"),
    ("## News\n\n### 2020\n\n- 27.9. Vortrag über Graphen.\n", "2020-09-27"),
]


@pytest.mark.parametrize(("body", "start"), YEAR_HEADING_FORMS)
def test_day_and_month_under_a_year_heading_take_its_year(tmp_path, body, start):
    (item,) = listed(news_page(tmp_path, body))
    assert (item["start"], item["precision"]) == (start, "day")


# E(ii): a paragraph that is only a date, then the text paragraph(s) of that item.
DATE_PARAGRAPHS = [
    (  # under a year heading, the date without its year, each item two paragraphs
        "# **2024**\n\n**09.27**\n\nGot a research fellowship.\n\n"
        "**05.07**\n\nFinished my new homepage.\n",
        [("2024-09-27", "day", "Got a research fellowship"),
         ("2024-05-07", "day", "Finished my new homepage")],
    ),
    (  # a full date in bold; two text paragraphs are one item
        "**2024.09.27**\n\nGot a research fellowship.\n\nIt funds three years.\n\n"
        "**2024.03.16**\n\nPresented a poster at the spring meeting.\n",
        [("2024-09-27", "day", "Got a research fellowship"),
         ("2024-03-16", "day", "Presented a poster at the spring meeting")],
    ),
    (  # a plain date, no markup
        "March 3, 2024\n\nGave an invited talk at the graph seminar.\n",
        [("2024-03-03", "day", "Gave an invited talk at the graph seminar")],
    ),
    (  # a bracketed month in bold; the next item written on one line
        "**[Feb 2026]**\n\nOur paper on sparse graphs was accepted.\n\n"
        "**[Jan 2026]** Joined the lab as a postdoc.\n",
        [("2026-02", "month", "Our paper on sparse graphs was accepted"),
         ("2026-01", "month", "Joined the lab as a postdoc")],
    ),
    (  # italic, emoji, CJK: the next date alone ends the item
        "## 2024\n\n*Sep 27*\n\nGot a research fellowship.\n\n📅 2024.03.16\n\n"
        "Presented a poster.\n\n**2024年1月15日**\n\n論文がアクセプトされました。\n",
        [("2024-09-27", "day", "Got a research fellowship"),
         ("2024-03-16", "day", "Presented a poster"),
         ("2024-01-15", "day", "論文がアクセプトされました。")],
    ),
    (  # a heading ends the item: the paragraph after it is not part of it
        "## 2025\n\n**12.01**\n\nStarted a new project.\n\n## Contact\n\nWrite to me.\n",
        [("2025-12-01", "day", "Started a new project")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), DATE_PARAGRAPHS)
def test_a_date_alone_in_its_paragraph_opens_one_item(tmp_path, body, expected):
    items = listed(news_page(tmp_path, body))
    got = [(i["start"][: len(s)], i["precision"], i["title"]) for i, (s, _, _) in
           zip(items, expected, strict=False)]  # fmt: skip
    assert len(items) == len(expected), items
    assert got == expected


def test_the_item_of_a_date_paragraph_keeps_every_text_paragraph(tmp_path):
    body = "**2024.09.27**\n\nGot a research fellowship.\n\nIt funds three years.\n"
    (item,) = listed(news_page(tmp_path, body))
    assert item["line"] == 5  # the date's line
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        ["build", "--content", str(tmp_path / "news.md"), "--out", str(out), "--now", NOW,
         "--site-url", URL],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    (entry,) = feedparser.parse((out / "atom.xml").read_bytes()).entries
    assert "three years" in entry.content[0].value


def test_a_date_paragraph_before_a_list_still_dates_the_list(tmp_path):
    body = "**March 2024**\n\n- Gave a seminar on graphs.\n- Joined the lab.\n"
    assert dates(listed(news_page(tmp_path, body))) == [("2024-03", "month")] * 2


# F(i): pages titled as news, media or press coverage, in our languages.
NEWS_TITLES = [
    "In the news", "News and updates", "Recent news", "Media", "In the media",
    "Press", "Press coverage", "Media coverage", "Aktuelles", "Dans la presse", "Actualité",
    "En los medios", "Novedades", "Notizie", "Na mídia", "お知らせ", "最新消息",
]  # fmt: skip


@pytest.mark.parametrize("title", NEWS_TITLES)
def test_a_page_titled_as_news_is_news_from_its_first_line(tmp_path, title):
    body = "What others wrote about our work.\n\n- A magazine covered our survey (Mar 2026)\n"
    items = listed(news_page(tmp_path, body, title=f'"{title}"', name="coverage.md"))
    assert dates(items) == [("2026-03", "month")]


def test_a_page_with_another_title_is_not_news(tmp_path):
    body = "Courses I teach.\n\n- Graph theory (Mar 2026)\n"
    path = news_page(tmp_path, body, title="Teaching", name="teaching.md")
    result = CliRunner().invoke(
        main, ["build", "--content", str(path), "--out", str(tmp_path / "o"), "--now", NOW]
    )
    assert result.exit_code == 1 and "no news" in result.output


# F(ii): date headings, each followed by prose, after an introduction.
DATE_HEADINGS = [
    (
        "Coverage of our work elsewhere.\n\n## March 2026\n\n"
        "A magazine wrote about [our survey study](https://example.org/a).\n\n"
        "## January 2026\n\nWatch my [invited talk](https://example.org/v) at the institute.\n",
        [("2026-03", "month", "news"), ("2026-01", "month", "talk")],
    ),
    (
        "An introduction.\n\nAnd a second one.\n\n### 12 May 2024\n\n"
        "Gave a seminar on graphs at the institute.\n\n### 3 April 2024\n\nJoined the lab.\n",
        [("2024-05-12", "day", "talk"), ("2024-04-03", "day", "position")],
    ),
    (  # two paragraphs under one month: two pieces of news of that month
        "Intro.\n\n## July 2025\n\nA blog post covered our data approvals.\n\n"
        "A second blog post covered the first approvals.\n\n## 2024\n\n- Older item (May 2024)\n",
        [("2025-07", "month", "news"), ("2025-07", "month", "news"), ("2024-05", "month", "news")],
    ),
    (  # bullets under a day heading: that day
        "### 12 May 2024\n\n- Gave a seminar on graphs.\n- Joined the lab as a postdoc.\n",
        [("2024-05-12", "day", "talk"), ("2024-05-12", "day", "position")],
    ),
    (  # an image alone under a heading is no item
        "## June 2025\n\n![a photo](p.png)\n\nThe team won a prize.\n",
        [("2025-06", "month", "award")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), DATE_HEADINGS)
def test_date_headings_date_the_prose_under_them(tmp_path, body, expected):
    items = listed(news_page(tmp_path, body, title='"In the news"', name="news.qmd"))
    assert [(i["start"], i["precision"], i["type"]) for i in items] == expected


def test_an_undated_introduction_is_no_item(tmp_path):
    body = "Coverage of our work.\n\n## March 2026\n\nA magazine wrote about our study.\n"
    (item,) = listed(news_page(tmp_path, body, name="news.qmd"))
    assert item["title"].startswith("A magazine wrote about")
    assert item["line"] == 7  # the heading's line: where the date is


def build_site(folder: Path) -> Path:
    out = folder / "out"
    result = CliRunner().invoke(
        main, ["build", "--content", str(folder), "--out", str(out), "--now", NOW,
               "--site-url", URL],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return out


def test_an_r_markdown_site_with_dates_alone_in_paragraphs(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "_site.yml").write_text('name: "me"\nnavbar:\n  left:\n    - href: news.html\n')
    (site / "index.Rmd").write_text("---\ntitle: Ada\n---\n\nI study graphs.\n")
    (site / "news.Rmd").write_text(
        "---\ntitle: 最近の活動\n---\n\n# **2025**\n\n**02.14**\n\n論文が出版されました．\n\n"
        "# **2024**\n\n**09.27**\n\n奨学金に採用されました．\n\n**03.16**\n\n"
        "学会でポスター発表しました．\n",
        encoding="utf-8",
    )
    entries = feedparser.parse((build_site(site) / "atom.xml").read_bytes()).entries
    assert [(e.title.split(" ", 1)[-1], e.published[:10]) for e in entries] == [
        ("論文が出版されました．", "2025-02-14"),
        ("奨学金に採用されました．", "2024-09-27"),
        ("学会でポスター発表しました．", "2024-03-16"),
    ]


def test_a_quarto_site_with_date_headings_and_an_introduction(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "_quarto.yml").write_text("project:\n  type: website\n")
    (site / "index.qmd").write_text("---\ntitle: Ada\n---\n\nI study graphs.\n")
    (site / "news.qmd").write_text(
        '---\ntitle: "In the news"\n---\n\nWhat others wrote about our work.\n\n'
        "## March 2026\n\nA magazine wrote about [our survey](https://example.org/a).\n\n"
        "## January 2026\n\nWatch my [invited talk](https://example.org/v) at the institute.\n",
        encoding="utf-8",
    )
    out = build_site(site)
    entries = feedparser.parse((out / "atom.xml").read_bytes()).entries
    assert [e.published[:7] for e in entries] == ["2026-03", "2026-01"]
    assert "magazine wrote about" in entries[0].title
    talks = feedparser.parse((out / "talks.xml").read_bytes()).entries
    assert [t.published[:7] for t in talks] == ["2026-01"]


# A coverage page reports what others wrote: a paper named there is covered, not announced.
COVERAGE_TYPES = [
    ("In the news", "A science blog wrote about our paper on sparse graphs.", "news"),
    ("Press", "An editorial in a journal discussed our recent paper.", "news"),
    ("In the media", "Watch my invited talk at the institute.", "talk"),
    ("Dans la presse", "Our team won a prize for the survey.", "award"),
    ("News", "A science blog wrote about our paper on sparse graphs.", "paper"),
    ("Latest news", "Our paper on sparse graphs was accepted.", "paper"),
]


@pytest.mark.parametrize(("title", "sentence", "kind"), COVERAGE_TYPES)
def test_a_paper_named_on_a_coverage_page_is_news(tmp_path, title, sentence, kind):
    body = f"## May 2025\n\n{sentence}\n"
    (item,) = listed(news_page(tmp_path, body, title=f'"{title}"', name="page.md"))
    assert (item["start"], item["type"]) == ("2025-05", kind)


def test_an_arxiv_paper_on_a_coverage_page_stays_a_paper(tmp_path):
    body = "## May 2025\n\nA blog covered [our paper](https://arxiv.org/abs/2501.01234).\n"
    (item,) = listed(news_page(tmp_path, body, title='"In the news"', name="page.md"))
    assert item["type"] == "paper"
