"""Leftover forms of real homepages (issue 8): each row is an item written for this test in
the form people use; `feeds list --json` is read back with the json module and checked
against what a reader sees in the row (count, date, precision, type, title, details)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_run import feeds


def listed(tmp_path: Path, news: str, name: str = "index.md") -> list[dict]:
    folder = tmp_path / "site"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(news, encoding="utf-8")
    ran = feeds("list", "--content", str(folder), "--json", "--site-url", "https://me.org/")
    assert ran.returncode == 0, ran.stderr
    return json.loads(ran.stdout)


# A comma or semicolon between trailing parentheticals keeps them one chain of details.
CHAINED_DETAILS = [
    # (item, start, title, role, location)
    ("Talk at MIT (Nov 18, 2022), (invited)", "2022-11-18", "Talk at MIT", "invited", None),
    ("Talk at MIT (Nov 18, 2022); (keynote)", "2022-11-18", "Talk at MIT", "keynote", None),
    (
        "Seminar at Yale (Nov 18, 2022), (virtual), (invited)",
        "2022-11-18",
        "Seminar at Yale",
        "invited",
        "Virtual",
    ),
    ("Talk at CMU, Nov 18, 2022, (plenary)", "2022-11-18", "Talk at CMU", "plenary", None),
    (
        "**Nov 18, 2022** Talk at Brown (online), (invited)",
        "2022-11-18",
        "Talk at Brown",
        "invited",
        "Online",
    ),
    ("**Nov 18, 2022** Talk at Rice; (keynote)", "2022-11-18", "Talk at Rice", "keynote", None),
]


@pytest.mark.parametrize(("item", "start", "title", "role", "location"), CHAINED_DETAILS)
def test_a_comma_between_trailing_parentheticals_keeps_the_chain(
    tmp_path, item, start, title, role, location
):
    (one,) = listed(tmp_path, f"# Me\n\n## News\n\n- {item}\n")
    assert (one["start"], one["precision"], one["type"]) == (start, "day", "talk")
    assert (one["title"], one["role"], one["location"]) == (title, role, location)


# An item wholly in brackets, without a link, is read from what is inside.
BRACKETED_ITEMS = [
    # (item, start, precision, type, title)
    ("[Paper accepted at ICML (Nov 2022)]", "2022-11", "month", "paper", "Paper accepted at ICML"),
    ("[Gave a talk at MIT, Nov 18, 2022]", "2022-11-18", "day", "talk", "Gave a talk at MIT"),
    (
        "[Nov 2022: Our paper on boats was accepted at ICML]",
        "2022-11",
        "month",
        "paper",
        "Our paper on boats was accepted at ICML",
    ),
    (
        "[Won the [best poster] award at CVPR (Nov 22, 2022)]",
        "2022-11-22",
        "day",
        "award",
        "Won the [best poster] award at CVPR",
    ),
    # two brackets, a date then the words: as before, dated by the first
    ("[Nov 2022] [Talk at MIT]", "2022-11", "month", "talk", None),
]


@pytest.mark.parametrize(("item", "start", "precision", "kind", "title"), BRACKETED_ITEMS)
def test_an_item_wholly_in_brackets_is_read_from_inside(
    tmp_path, item, start, precision, kind, title
):
    (one,) = listed(tmp_path, f"# Me\n\n## News\n\n- {item}\n")
    assert (one["start"], one["precision"], one["type"]) == (start, precision, kind)
    if title is not None:
        assert one["title"] == title
    assert "]" not in one["title"][-1:] and not one["title"].startswith("[")


def test_a_bracketed_attachment_link_is_still_an_attachment(tmp_path):
    (one,) = listed(
        tmp_path,
        "# Me\n\n## News\n\n- Talk at MIT (Nov 18, 2022) [[Slides](https://x.org/s.pdf)]\n",
    )
    assert one["title"] == "Talk at MIT"
    assert [link["url"] for link in one["links"]] == ["https://x.org/s.pdf"]


# A day and month without a year opening an item under a year heading (European style).
DAY_MONTH_UNDER_YEAR = [
    # (the page's items under "### 2022", the (start, title) of each, in order)
    (["**18.11.** Talk at MIT"], [("2022-11-18", "Talk at MIT")]),
    (["**05.03.** Talk at MIT"], [("2022-03-05", "Talk at MIT")]),  # a dot after the month
    (["**05.03.:** Talk at MIT"], [("2022-03-05", "Talk at MIT")]),
    (["5.3. Talk at MIT"], [("2022-03-05", "Talk at MIT")]),
    (["18.11 Talk at MIT"], [("2022-11-18", "Talk at MIT")]),
    (["18/11 Talk at MIT"], [("2022-11-18", "Talk at MIT")]),
    # a page that writes "18.11" reads its "05/03" and "11.10" day first too
    (
        ["**18.11** Talk at MIT", "**05/03** Talk at Yale", "11.10 Talk at CMU"],
        [
            ("2022-11-18", "Talk at MIT"),
            ("2022-03-05", "Talk at Yale"),
            ("2022-10-11", "Talk at CMU"),
        ],
    ),
    # an American page without one: month first
    (
        ["05/03 Talk at Yale", "11.20 Talk at CMU"],
        [("2022-05-03", "Talk at Yale"), ("2022-11-20", "Talk at CMU")],
    ),
]


@pytest.mark.parametrize(("items", "expected"), DAY_MONTH_UNDER_YEAR)
def test_a_day_and_month_under_a_year_heading_are_the_day(tmp_path, items, expected):
    news = "".join(f"- {item}\n" for item in items)
    found = listed(tmp_path, f"# Me\n\n## News\n\n### 2022\n\n{news}")
    assert [(one["start"], one["title"]) for one in found] == expected
    assert {one["precision"] for one in found} == {"day"}


NUMBERS_NOT_DATES = [
    "**3.5** million downloads of our package",
    "3.5 million downloads of our package",
    "v1.2 of our package released",
    "13.5% fewer errors with our method",
]


@pytest.mark.parametrize("item", NUMBERS_NOT_DATES)
def test_a_decimal_or_version_under_a_year_heading_is_no_day(tmp_path, item):
    (one,) = listed(tmp_path, f"# Me\n\n## News\n\n### 2022\n\n- {item}\n")
    assert (one["start"], one["precision"]) == ("2022", "year")
    assert one["title"][:3].lower() == item.strip("*")[:3].lower()


# Talks said in Japanese and German as people write them (words in feeds/parse/types/).
TALK_WORDING = [
    ("東京の研究所でPlenary Talkをしました。", "talk"),
    ("Invited talkを行いました。", "talk"),
    ("研究所主催のセミナーにて招待講演を行いました。", "talk"),  # 主催 describes the seminar
    ("国際会議で発表しました。", "talk"),
    ("学会で口頭発表を行いました。", "talk"),
    ("学会でポスター発表をしました。", "talk"),
    ("学会に参加し、基調講演をしました。", "talk"),
    ("学会に参加しました。", "event"),
    ("論文が国際会議に採択されました。", "paper"),
    ("Auf der Tagung in Bonn habe ich einen Vortrag gehalten.", "talk"),
    ("In Berlin habe ich unsere Arbeit zur Optimierung vorgetragen.", "talk"),
    ("Gastvortrag an der Universität Wien.", "talk"),
    ("Hauptvortrag auf der Jahrestagung in Graz.", "talk"),
    ("Ich habe an der Konferenz in Wien teilgenommen und einen Vortrag gehalten.", "talk"),
    ("Wir haben einen Workshop organisiert und dort unsere Arbeit vorgetragen.", "talk"),
    ("Ich habe an der Sommerschule teilgenommen und viel gelernt.", "event"),
    ("Unser Artikel wurde angenommen und erscheint im Dezember.", "paper"),
]


@pytest.mark.parametrize(("item", "kind"), TALK_WORDING)
def test_japanese_and_german_talk_wording(tmp_path, item, kind):
    (one,) = listed(tmp_path, f"# Me\n\n## News\n\n- 2022年11月18日 {item}\n")
    assert (one["start"], one["type"]) == ("2022-11-18", kind)


def test_verbose_names_the_day_month_that_reads_the_page_day_first(tmp_path):
    folder = tmp_path / "site"
    folder.mkdir()
    news = "# Me\n\n## News\n\n### 2022\n\n- **18.11** Talk at MIT\n- 05/03 Talk at Yale\n"
    (folder / "index.md").write_text(news, encoding="utf-8")
    common = ["--content", str(folder), "--out", str(tmp_path / "out"), "--now", "2022-11-26"]
    told = feeds("build", "-v", *common, "--site-url", "https://me.org/")
    assert told.returncode == 0, told.stderr
    assert "numeric dates read day first (20/05): '18.11' can only be day first" in told.stderr


def test_html_paragraphs_opening_with_a_day_and_month_under_a_year_heading(tmp_path):
    page = (
        "<html><head><title>Ada</title></head><body><h2>News</h2>\n<h3>2022</h3>\n"
        "<p><b>18.10.</b> Talk at Rice</p>\n<p>5.9. Talk at Duke</p>\n"
        "<p>3.5 million downloads of our package.</p>\n<h3>2021</h3>\n"
        "<p><b>18.10.</b> Talk at Brown</p>\n</body></html>\n"
    )
    found = listed(tmp_path, page, name="index.html")
    assert [(one["start"], one["title"]) for one in found] == [
        ("2022-10-18", "Talk at Rice"),
        ("2022-09-05", "Talk at Duke"),
        ("2021-10-18", "Talk at Brown"),
    ]
