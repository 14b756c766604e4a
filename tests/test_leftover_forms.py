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


# HTML cards whose <time> says no date are published undated (with a warning naming the
# line), never lost; a <time datetime=…> dates a card whose text is no date.
CARD_PAGE = """<html><head><title>Ada</title></head><body>
<h2>News</h2>
<article class="item"><time>Coming soon</time><h3>Talk at Yale</h3><p>On planes.</p></article>
<article class="item"><time datetime="2022-10-05">last month</time><h3>Talk at CMU</h3></article>
<article class="item"><time>TBA</time><p>Gave a talk at Rice.</p></article>
<article class="item"><time>2022.09</time><h3>Paper accepted at ICML</h3></article>
</body></html>
"""


def test_a_card_whose_time_says_no_date_is_published_undated(tmp_path):
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "index.html").write_text(CARD_PAGE, encoding="utf-8")
    ran = feeds("list", "--content", str(folder), "--json", "--site-url", "https://me.org/")
    assert ran.returncode == 0, ran.stderr
    found = [(one["line"], one["start"], one["title"]) for one in json.loads(ran.stdout)]
    assert found == [
        (3, None, "Talk at Yale"),
        (4, "2022-10-05", "Talk at CMU"),
        (5, None, found[2][2]),
        (6, "2022-09", "Paper accepted at ICML"),
    ]
    assert "Gave a talk at Rice" in found[2][2]
    for line in (3, 5):
        assert f"index.html:{line}: warning:" in ran.stderr and "undated" in ran.stderr


# Seasons in Chinese, Japanese and Korean, after the year: dated to the year, as
# "Fall 2022" is.
SEASONS_AFTER_YEAR = [
    ("2022年秋季 在示例大学作报告。", "2022"),
    ("2023 春: 论文被接收。", "2023"),
    ("2021年冬 研究会で講演しました。", "2021"),
    ("2020年夏学期 集中講義を担当しました。", "2020"),
    ("2019년 가을 세미나 발표", "2019"),
    ("Fall 2018: taught a course on graphs.", "2018"),
]


@pytest.mark.parametrize(("item", "year"), SEASONS_AFTER_YEAR)
def test_a_season_after_its_year_dates_the_item_to_the_year(tmp_path, item, year):
    (one,) = listed(tmp_path, f"# Me\n\n## News\n\n- {item}\n")
    assert (one["start"], one["precision"]) == (year, "year")
    assert year not in one["title"]


def test_a_festival_named_after_a_season_is_no_season(tmp_path):
    (one,) = listed(tmp_path, "# Me\n\n## News\n\n- 2021年春节 回家过年 (2021年2月12日)\n")
    assert (one["start"], one["precision"]) == ("2021-02-12", "day")


# A category badge before an HTML item's text is its label (kind), never its title.
BADGED = [
    # (the item's HTML in the news section, kind, type, title, start)
    (
        '<div class="news-card"><div class="badge">Paper</div>'
        "<p>Nov 10, 2022: Our work on boats accepted at ICML</p></div>",
        "Paper", "paper", "Our work on boats accepted at ICML", "2022-11-10",
    ),
    (
        '<div class="news-card"><div class="badge">Award</div><div class="date">Nov 8, 2022'
        "</div><p>Best poster at CVPR</p></div>",
        "Award", "award", "Best poster at CVPR", "2022-11-08",
    ),
    (
        '<div class="news-card"><span class="badge">Talk</span><span class="date">Nov 7, '
        "2022</span><p>Seminar at Duke</p></div>",
        "Talk", "talk", "Seminar at Duke", "2022-11-07",
    ),
    (
        '<div class="news-item"><div class="news-type">Paper</div><div class="news-text">'
        "Our work on trains accepted at ICLR (Nov 6, 2022)</div></div>",
        "Paper", "paper", "Our work on trains accepted at ICLR", "2022-11-06",
    ),
    (
        '<ul><li><div class="badge">Award</div> Best poster at CVPR (Nov 5, 2022)</li></ul>',
        "Award", "award", "Best poster at CVPR", "2022-11-05",
    ),
    (
        '<div class="card"><span class="badge">Talk</span><time>Nov 3, 2022</time>'
        "<h4>Seminar at Rice</h4></div>",
        "Talk", "talk", "Seminar at Rice", "2022-11-03",
    ),
    (
        '<div class="card"><span class="pill">Paper</span><time>Nov 2, 2022</time>'
        "<h4>Boats at NeurIPS</h4><p>Our work.</p></div>",
        "Paper", "paper", "Boats at NeurIPS", "2022-11-02",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("html", "kind", "type_", "title", "start"), BADGED)
def test_a_badge_before_the_text_is_the_label(tmp_path, html, kind, type_, title, start):
    page = f"<html><head><title>Ada</title></head><body><h2>News</h2>\n{html}\n</body></html>"
    (one,) = listed(tmp_path, page, name="index.html")
    assert (one["kind"], one["type"], one["title"], one["start"]) == (kind, type_, title, start)


# An empty talks.ics says why under -v (a note, not a warning), and nothing without it.
EMPTY_CALENDARS = [
    # (news, the words the note must hold)
    (
        "- Talk at MIT (Nov 18, 2020)\n- Talk at Yale (Mar 3, 2021)\n",
        ["2 talks", "calendar.history_days=365", "2022-11-26", "2021-03-03"],
    ),
    ("- Talk at MIT (Nov 2022)\n", ["1 talk, none dated to the day"]),
    ("- Paper accepted at ICML (Nov 18, 2022)\n", ["0 talks; see calendar.kinds"]),
]


@pytest.mark.parametrize(("news", "words"), EMPTY_CALENDARS)
def test_an_empty_talk_calendar_says_why_under_verbose(tmp_path, news, words):
    import icalendar

    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "index.md").write_text(f"# Me\n\n## News\n\n{news}", encoding="utf-8")
    out = tmp_path / "out"
    common = ["--content", str(folder), "--out", str(out), "--now", "2022-11-26"]
    quiet = feeds("build", *common, "--site-url", "https://me.org/")
    assert quiet.returncode == 0, quiet.stderr
    assert "talks.ics" not in quiet.stderr
    calendar = icalendar.Calendar.from_ical((out / "talks.ics").read_bytes())
    assert calendar.walk("VEVENT") == []
    told = feeds("build", "-v", *common, "--site-url", "https://me.org/")
    assert told.returncode == 0, told.stderr
    (note,) = [line for line in told.stderr.splitlines() if line.startswith("talks.ics:")]
    assert "info:" in note and "warning" not in note
    for word in words:
        assert word in note


def test_a_calendar_with_an_event_has_no_such_note(tmp_path):
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "index.md").write_text("# Me\n\n## News\n\n- Talk at MIT (Nov 18, 2022)\n")
    common = ["--content", str(folder), "--out", str(tmp_path / "out"), "--now", "2022-11-26"]
    told = feeds("build", "-v", *common, "--site-url", "https://me.org/")
    assert told.returncode == 0, told.stderr
    assert "talks.ics:" not in told.stderr


# A Hugo site whose homepage is only the theme's: dated pages of content/news/ or
# content/post/ are the news; when there are none, one line says where it looked.
THEME_ONLY_SITES = [
    # (pages under content/: path → (front matter, body)), expected (title, date) newest first
    (
        {
            "news/mit.md": '---\ntitle: "Talk at MIT"\ndate: 2022-11-18\n---\nI spoke.\n',
            "news/icml.md": '---\ntitle: "Paper accepted at ICML"\ndate: 2022-10-01\n---\n',
        },
        [("Talk at MIT", "2022-11-18"), ("Paper accepted at ICML", "2022-10-01")],
    ),
    (
        {
            "post/icml.md": '+++\ntitle = "Paper accepted at ICML"\ndate = 2022-10-01\n+++\n',
            "post/yale/index.md": '---\ntitle: "Talk at Yale"\ndate: 2022-11-02\n---\nHi.\n',
            "post/draft.md": '---\ntitle: "Not yet"\ndate: 2022-11-20\ndraft: true\n---\n',
            "about/index.md": '---\ntitle: "About"\n---\nWho I am.\n',
        },
        [("Talk at Yale", "2022-11-02"), ("Paper accepted at ICML", "2022-10-01")],
    ),
]


def hugo_site(tmp_path: Path, pages: dict[str, str]) -> Path:
    folder = tmp_path / "site"
    (folder / "content").mkdir(parents=True)
    (folder / "hugo.toml").write_text('baseURL = "https://me.org/"\ntitle = "Ada"\ntheme = "x"\n')
    for name, text in pages.items():
        (folder / "content" / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / "content" / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(("pages", "expected"), THEME_ONLY_SITES)
def test_a_hugo_theme_homepage_reads_the_dated_news_pages(tmp_path, pages, expected):
    import feedparser

    folder = hugo_site(tmp_path, pages)
    out = tmp_path / "out"
    ran = feeds("build", "--content", str(folder), "--out", str(out), "--now", "2022-11-26")
    assert ran.returncode == 0, ran.stderr
    entries = feedparser.parse((out / "atom.xml").read_bytes()).entries
    found = [(e.title, f"{e.published_parsed[0]}-{e.published_parsed[1]:02}-"
              f"{e.published_parsed[2]:02}") for e in entries]  # fmt: skip
    assert found == expected


def test_a_hugo_site_without_news_says_where_it_looked(tmp_path):
    folder = hugo_site(tmp_path, {"about/index.md": '---\ntitle: "About"\n---\nWho I am.\n'})
    ran = feeds("build", "--content", str(folder), "--out", str(tmp_path / "out"))
    assert ran.returncode == 1
    (line,) = [line for line in ran.stderr.splitlines() if line.strip()]
    assert "no homepage found" in line
    for looked in ("content/_index.md", "content/home/", "content/news/", "content/post/"):
        assert looked in line


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
