"""News items in every markup a reader sees as a list: raw HTML, kramdown blocks, tables,
dated paragraphs and lines, HTML pages, more heading forms; empty and truncated pages."""

from __future__ import annotations

import textwrap
from pathlib import Path

import feedparser
import lxml.html
import pytest
from click.testing import CliRunner

from feeds.cli import main
from feeds.diagnostics import BuildError, Reporter
from feeds.parse import parse_page


def read(text: str, name: str = "index.md"):
    """Events of ``text`` read as the page ``name``: (title, start, line) each, and the reporter."""
    reporter = Reporter(quiet=True)
    _, events = parse_page(
        Path(name), text=textwrap.dedent(text), reporter=reporter, site_root="https://x.org/"
    )
    return [(e.title, e.span.start_iso if e.span else None, e.line) for e in events], reporter


# Each form, written as a page; what a reader sees: (title, date, line) per item.
FORMS = {
    "html list in markdown": (
        """\
        ## News

        <ul>
          <li><b>[May 2025]</b> Paper accepted at ICML</li>
          <li><strong>[Apr. 2025] </strong>Talk at <a href="/t">MIT</a></li>
        </ul>
        """,
        [("Paper accepted at ICML", "2025-05", 4), ("Talk at MIT", "2025-04", 5)],
    ),
    "news-item list in a scroll box, blank lines and indentation": (
        """\
        ## News
        <div style="height:300px;overflow-y:scroll">
        <ul>
            <li class="news-item">Joined the lab (Sep 1, 2024)</li>

                <li class="news-item">Gave a seminar
                  at Oxford (Jun 3, 2024)</li>

        </ul>
        </div>

        ## Teaching
        - Course (2020)
        """,
        [("Joined the lab", "2024-09-01", 4), ("Gave a seminar at Oxford", "2024-06-03", 6)],
    ),
    "paragraph rows with a bold date": (
        """\
        ## News
        <p><b>Jan 2024</b> Started a postdoc.</p>
        <p><b>Dec 2023</b> Defended the thesis.</p>
        <p>An undated remark is no item.</p>
        <p>This page was last modified on May 3, 2024.</p>
        """,
        [("Started a postdoc", "2024-01", 2), ("Defended the thesis", "2023-12", 3)],
    ),
    "table rows": (
        """\
        ## News
        <table>
          <tr><th>Date</th><th>What</th></tr>
          <tr><td>Feb 2023</td><td>Best paper award</td></tr>
          <tr>
            <td>**Oct 2022**</td>
            <td>New preprint on [arXiv](https://arxiv.org/abs/2210.00001)</td>
          </tr>
        </table>
        """,
        [("Best paper award", "2023-02", 4), ("New preprint on arXiv", "2022-10", 5)],
    ),
    "nested html lists: a year group and an item with details": (
        """\
        ## News
        <ul>
          <li>2022
            <ul><li>Talk at Yale (Mar 3)</li><li>Poster at ICML (July 2022)</li></ul>
          </li>
          <li>Visited CMU and gave two talks (Jan 2021)
            <ul><li>one on graphs</li></ul>
          </li>
        </ul>
        """,
        [
            ("Talk at Yale", "2022-03-03", 4),
            ("Poster at ICML", "2022-07", 4),
            ("Visited CMU and gave two talks", "2021-01", 6),
        ],
    ),
    "lines of one paragraph separated by <br>": (
        """\
        ## News
        <p>
        [2025-10] Invited talk at a workshop.<br><br>
        [2025-09] Our paper is out.<br>
        It comes with code.<br>
        </p>
        """,
        [("Invited talk at a workshop", "2025-10", 3), ("Our paper is out", "2025-09", 4)],
    ),
    "definition terms with a date": (
        """\
        ## News
        <article>
        <dt>2021-01-28</dt>
        <dd>受賞しました。</dd>
        <dt>2020-12-13</dt>
        <dd>Poster at the annual meeting.</dd>
        </article>
        """,
        [("受賞しました。", "2021-01-28", 3), ("Poster at the annual meeting", "2020-12-13", 5)],
    ),
    "kramdown markdown=1 box": (
        """\
        ## News
        <div class="news-box" markdown="1">
        - Moved to Zurich (Mar 2024)
        - Gave a keynote (Feb 2, 2024)
        </div>
        """,
        [("Moved to Zurich", "2024-03", 3), ("Gave a keynote", "2024-02-02", 4)],
    ),
    "details fold with summary, markdown=1": (
        """\
        ## News
        - New item (Jan 2025)

        <details markdown="1">
          <summary><b>Older news</b></summary>
        - Old item (Jan 2020)
        </details>
        """,
        [("New item", "2025-01", 2), ("Old item", "2020-01", 6)],
    ),
    "details fold around a markdown=1 div": (
        """\
        ## News
        <details><summary>More</summary>
        <div markdown="1">
        - Folded item (May 5, 2019)
        </div>
        </details>
        """,
        [("Folded item", "2019-05-05", 4)],
    ),
    "markdown table with a date column": (
        """\
        ## News
        | Topic | Date | News |
        | --- | --- | --- |
        | ML | Mar 2021 | Paper at [ICLR](https://iclr.cc) |
        | Theory | 2020-05-04 | Seminar talk |
        """,
        [("ML Paper at ICLR", "2021-03", 4), ("Theory Seminar talk", "2020-05-04", 5)],
    ),
    "paragraph lines ended by a backslash, after an attribute list": (
        """\
        # 📢 News
        {: .news-scroll}
        **[10/2025]** Released the code.\\
        **[09/2025]** Started as an intern.\\
        **[08/2025]** Moved house.
        """,
        [
            ("Released the code", "2025-10", 3),
            ("Started as an intern", "2025-09", 4),
            ("Moved house", "2025-08", 5),
        ],
    ),
    "paragraph lines that open with dates, plain line ends": (
        """\
        ## News
        **[10/2025]** Gave a seminar at ETH.
        **[09/2025]** Our survey appeared
        in a journal.
        """,
        [
            ("Gave a seminar at ETH", "2025-10", 2),
            ("Our survey appeared in a journal", "2025-09", 3),
        ],
    ),
    "a wrapped paragraph is one item": (
        """\
        ## News
        Gave talks (2020): at MIT on
        May 3, 2020 and at Yale on
        June 2, 2020 with slides.
        """,
        [("Gave talks : at MIT on May 3, 2020 and at Yale on June 2, 2020 with slides", "2020", 2)],
    ),
    "paragraphs that open with a bold date": (
        """\
        ## News
        **[Feb 2026]**: Gave a talk at EPFL.

        **\\[May. 9, 2023\\]**: Reviewer for NeurIPS.
        """,
        [("Gave a talk at EPFL", "2026-02", 2), ("Reviewer for NeurIPS", "2023-05-09", 4)],
    ),
    "news cards: a minor heading and a date line in a box": (
        """\
        ## News
        <div class="cards">
          <div class="card">
            <img src="visit.jpg" alt="">
            <div class="card-text">
              <h3>Lab visit to Sheffield</h3>
              <p class="date">2026-01-20</p>
              <p>We met the robotics group.</p>
            </div>
          </div>
          <div class="card"><h4>Workshop organised</h4><p>Nov 2025</p></div>
        </div>
        """,
        [("Lab visit to Sheffield", "2026-01-20", 6), ("Workshop organised", "2025-11", 11)],
    ),
    "dated paragraphs inside an html box, between blank lines": (
        """\
        ## News
        <div class="news-timeline">

        **2026.06** One paper accepted at ECCV.

        **2026.05** Gave a talk at CCIG.

        </div>
        """,
        [("One paper accepted at ECCV", "2026-06", 4), ("Gave a talk at CCIG", "2026-05", 6)],
    ),
    "html blocks that are not news": (
        """\
        ## News
        <div class="notice">The lab is hiring!</div>
        <img src="banner.png">
        <br>

        - Real item (Apr 2022)
        """,
        [("Real item", "2022-04", 6)],
    ),
    "html comments never surface": (
        """\
        ## News
        <ul>
        <li>Shown (Jan 2020)</li>
        <!--<li>Hidden (Feb 2020)</li>-->
        </ul>
        """,
        [("Shown", "2020-01", 3)],
    ),
}


@pytest.mark.parametrize("name", FORMS)
def test_items_in_any_markup(name: str) -> None:
    page, expected = FORMS[name]
    got, reporter = read(page)
    assert got == expected
    assert reporter.errors == []


HEADINGS = {
    "html heading in markdown": '<h2 style="margin: 60px 0px">News</h2>\n\n- A (Jan 2020)',
    "emoji before the word": "# 🔥 News\n- A (Jan 2020)",
    "updates": "## Updates\n- A (Jan 2020)",
    "recent news": "### Recent news\n- A (Jan 2020)",
    "events": "## Recent or upcoming events\n- A (Jan 2020)",
    "announcements": "## Announcements\n- A (Jan 2020)",
    "highlights": "## Highlights\n- A (Jan 2020)",
    "chinese": "## 新闻\n- A (Jan 2020)",
    "chinese, longer word": "## 最新动态\n- A (Jan 2020)",
    "chinese, news as information": "## 最新资讯\n- A (Jan 2020)",
    "japanese": "## ニュース\n- A (Jan 2020)",
    "html heading of two spans": (
        '<h1><span lang="en">News</span><span lang="zh">动态</span></h1>\n\n- A (Jan 2020)'
    ),
}


@pytest.mark.parametrize("name", HEADINGS)
def test_heading_forms_open_the_news_section(name: str) -> None:
    text = "# Bio\n- Not news (Jan 2010)\n\n" + HEADINGS[name] + "\n\n# Teaching\n- Course (2011)\n"
    got, _ = read(text)
    assert [(title, start) for title, start, _ in got] == [("A", "2020-01")]


@pytest.mark.parametrize(
    ("year_heading", "undated"),
    [
        ("# 2019", "2019"),
        ("## 2019", "2019"),
        ("#### 2019", "2019"),
        ("# March 2019", "2019-03"),  # a month heading gives its month too
        ("### Sept. 2019", "2019-09"),
        ("### 2019-11", "2019-11"),
        ("### 2019年7月", "2019-07"),
        ("### Summer 2019", "2019"),  # several months: the year only
    ],
)
def test_a_year_heading_continues_the_news_section_at_any_level(
    year_heading: str, undated: str
) -> None:
    text = f"## News\n- A (Feb 1, 2020)\n{year_heading}\n- B (May 3)\n- C\n## Papers\n- P (2018)\n"
    got, _ = read(text)
    assert [(title, start) for title, start, _ in got] == [
        ("A", "2020-02-01"),
        ("B", "2019-05-03"),
        ("C", undated),
    ]


def test_a_month_heading_dates_html_items_and_ends_at_the_next_year_heading() -> None:
    text = (
        "<h2>News</h2>\n<h3>October 2021</h3>\n<ul><li>Joined a lab</li></ul>\n"
        "<h3>2020</h3>\n<ul><li>Moved</li><li>Spoke in April</li></ul>\n"
    )
    got, _ = read(text)
    assert [(title, start) for title, start, _ in got] == [
        ("Joined a lab", "2021-10"),
        ("Moved", "2020"),
        ("Spoke", "2020-04"),
    ]


HTML_PAGE = """\
<!DOCTYPE html>
<html><head><title>Jane Doe</title><style>li { color: red }</style></head>
<body>
<div class="container">
  <h1>Jane Doe</h1>
  <p>Bio text (Jan 2000).</p>
  <h3 id="news" style="color: blue">News</h3>
  <ul>
    <li>[2025-10] Talk at <a href="https://example.org/ws">the workshop</a>.</li>
    <!-- <li>[2025-09] A hidden item.</li> -->
    <li>[2025-08] Uses a * star, an_underscore and &lt;script&gt;alert(1)&lt;/script&gt;.
      <a href="&#106;avascript&colon;alert(1)">one</a>
      <a href=" java	script:alert(2)">two</a> <a href="data:text/html,x">three</a></li>
  </ul>
  <h4>2024</h4>
  <ul><li>Old talk (Nov 2)</li></ul>
  <h3>Publications</h3>
  <ul><li>Some paper (2020)</li></ul>
</div>
<script>document.write("<li>[2025-01] not news</li>")</script>
</body></html>
"""


def test_html_page_news_section() -> None:
    got, reporter = read(HTML_PAGE, "index.html")
    assert got == [
        ("Talk at the workshop", "2025-10", 9),
        ("Uses a * star, an_underscore and <script>alert(1)</script>", "2025-08", 11),
        ("Old talk", "2024-11-02", 16),
    ]
    assert reporter.errors == []


def test_html_page_item_html_is_text_not_markup() -> None:
    reporter = Reporter(quiet=True)
    _, events = parse_page(Path("index.htm"), text=HTML_PAGE, reporter=reporter)
    tree = lxml.html.fragment_fromstring(events[1].html, create_parent="div")
    assert tree.xpath("//script") == []
    assert "<script>alert(1)</script>" in tree.text_content()
    assert tree.xpath("//a") == [] and "one two three" in tree.text_content()
    link = lxml.html.fragment_fromstring(events[0].html, create_parent="div").xpath("//a")[0]
    assert link.get("href") == "https://example.org/ws" and link.text == "the workshop"


def test_show_more_toggles_are_not_items() -> None:
    got, _ = read(
        '## News\n<ul>\n<li>A (Jan 2020)</li>\n<li><a href="#" onclick="t()">Show more</a></li>\n'
        '<div id="more" style="display:none">\n<li>B (Jan 2019)</li>\n</div>\n</ul>\n'
    )
    assert got == [("A", "2020-01", 3), ("B", "2019-01", 6)]


def test_a_news_section_without_items_is_an_error() -> None:
    got, reporter = read("# Me\n\n## Latest News\n\nComing soon.\n")
    assert got == []
    [problem] = reporter.errors
    assert (problem.line, problem.code) == (3, "no-items")
    assert "Latest News" in problem.message


def test_build_refuses_an_empty_news_section(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "feeds.toml").write_text('site_url = "https://example.org/"\n', encoding="utf-8")
    page = site / "index.md"
    page.write_text("## News\n- A (Jan 2020)\n", encoding="utf-8")
    out = tmp_path / "out"
    runner = CliRunner()
    first = runner.invoke(main, ["build", "--content", str(site), "--out", str(out), "-q"])
    assert first.exit_code == 0
    before = (out / "feed.xml").read_bytes()
    page.write_text("## News\n\nNothing to say yet.\n", encoding="utf-8")
    second = runner.invoke(main, ["build", "--content", str(site), "--out", str(out), "-q"])
    assert second.exit_code == 1
    assert "index.md:1" in second.output and "Traceback" not in second.output
    assert (out / "feed.xml").read_bytes() == before
    assert [e.title for e in feedparser.parse(before).entries] == ["A"]


def test_a_list_nested_past_the_parser_limit_fails_naming_the_line(tmp_path: Path) -> None:
    deep = "".join("  " * k + f"- level {k} (Jan 2020)\n" for k in range(12))
    text = f"## News\n- first (Feb 2020)\n{deep}\n- last (Mar 2020)\n"
    with pytest.raises(BuildError, match=r"index\.md:\d+: .*nested"):
        read(text)
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["list", "--content", str(site)])
    assert result.exit_code == 1 and "nested" in result.output
    assert "Traceback" not in result.output


def test_nine_levels_are_read_whole() -> None:
    deep = "".join("  " * k + f"- level {k} (Jan {2000 + k})\n" for k in range(9))
    got, _ = read(f"## News\n{deep}\n- last (Mar 2020)\n")
    assert got[-1] == ("Last", "2020-03", 12)


def test_build_an_html_homepage(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(HTML_PAGE, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        ["build", "--content", str(site / "index.html"), "--out", str(out), "-q"]
        + ["--site-url", "https://example.org/", "--now", "2026-01-01"],
    )
    assert result.exit_code == 0, result.output
    feed = feedparser.parse((out / "feed.xml").read_bytes())
    assert sorted(e.title for e in feed.entries) == [
        "Old talk",
        "Talk at the workshop",
        "Uses a * star, an_underscore and <script>alert(1)</script>",
    ]


def test_a_list_the_reader_cannot_see_as_items_is_reported() -> None:
    entries = "".join(f"- Entry {k} (Jan {k}, 2020)\n" for k in range(1, 7))
    got, reporter = read(f'## News\n<div class="box">\n{entries}</div>\n\n## Bio\n- x\n')
    assert len(got) <= 1  # CommonMark and kramdown show the lines as raw HTML text
    [problem] = [p for p in reporter.warnings if p.code == "lost"]
    assert problem.line == 3 and "6 list entries" in problem.message  # "- Entry 1"


def test_group_bullets_are_not_lost_entries() -> None:
    groups = "".join(
        f"- {2020 - k}\n  - Item {k} (May 1)\n  - Other {k} (May 2)\n" for k in range(4)
    )
    got, reporter = read(f"## News\n{groups}")
    assert len(got) == 8 and reporter.warnings == []


def test_check_fails_on_a_list_read_short(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "feeds.toml").write_text('site_url = "https://example.org/"\n', encoding="utf-8")
    entries = "".join(f"- Entry {k} (Jan {k}, 2020)\n" for k in range(1, 7))
    page = f"## News\n- First (Feb 1, 2020)\n\n<div>\n{entries}</div>\n"
    (site / "index.md").write_text(page, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--content", str(site)])
    assert result.exit_code == 1
    assert "index.md:5" in result.output and "list entries" in result.output  # "- Entry 1"


def test_an_empty_news_heading_is_no_error_when_news_come_from_news_folder(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "_news").mkdir(parents=True)
    (site / "feeds.toml").write_text('site_url = "https://example.org/"\n', encoding="utf-8")
    (site / "index.md").write_text("## News\n\n{% include news.liquid %}\n", encoding="utf-8")
    (site / "_news" / "a.md").write_text(
        "---\nlayout: post\ndate: 2024-05-01\ninline: true\n---\nJoined the lab.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["list", "--content", str(site)])
    assert result.exit_code == 0
    assert "Joined the lab" in result.stdout and "yields no items" not in result.output


@pytest.mark.parametrize("command", ["list", "check", "build"])
def test_a_news_section_without_items_fails_every_command(tmp_path: Path, command: str) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "feeds.toml").write_text('site_url = "https://example.org/"\n', encoding="utf-8")
    (site / "index.md").write_text("# Ana Lee\n\n## News\n\nComing soon.\n", encoding="utf-8")
    out = ["--out", str(tmp_path / "o")] if command == "build" else []
    args = [command, "--content", str(site), *out]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert "index.md:3" in result.output and "yields no items" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "o").exists()


def test_list_shows_what_it_found_and_exits_1_on_errors(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "feeds.toml").write_text('site_url = "https://example.org/"\n', encoding="utf-8")
    (site / "index.md").write_text("## News\n\n- Joined the lab (May 1, 2024)\n", encoding="utf-8")
    (site / "arxiv.json").symlink_to(tmp_path / "elsewhere.json")  # an error: leads out
    result = CliRunner().invoke(main, ["list", "--content", str(site)])
    assert "Joined the lab" in result.stdout  # nothing found is lost
    assert result.exit_code == 1 and "leads outside the content folder" in result.output
