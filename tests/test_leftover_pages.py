"""Leftover layouts of real homepages (issue 8): HTML cards and badges, seasons, an empty
talk calendar, a Hugo theme's homepage. Pages written for these tests; outputs read back
with json, feedparser and icalendar against what a reader sees in the input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_run import feeds
from tests.test_leftover_forms import listed

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
