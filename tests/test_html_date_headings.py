"""HTML news written as date headings and prose, cards, bracket tags before a date and
the "more news" link after an HTML list (issue 8, C3-A2, C3-A3, C3-B6).

A heading that is only a month or a day (``<h4>2024-05-31</h4>``, ``<h3>May 2024</h3>``,
a ``<dt>`` or a bold date alone on its line) heads the prose after it (bare text,
``<p>``, ``<div>``, ``<dd>``) up to the next heading: one item per heading, dated by it.
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
from feeds.parse import parse_page

NOW = "2026-11-26"
URL = "https://me.example.org/"


def listed(path: Path) -> list[dict]:
    result = CliRunner().invoke(
        main, ["list", "--json", "--content", str(path), "--now", NOW, "--site-url", URL]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def seen(items: list[dict]) -> list[tuple[str, str, str, str]]:
    return [(i["start"], i["precision"], i["type"], i["title"]) for i in items]


MD_PAGE = "---\ntitle: Home\n---\n\n## News\n\n{}\n\n## Teaching\n\nA course.\n"
HTML_PAGE = "<html><body>\n<h2>News</h2>\n{}\n<h2>Teaching</h2>\n<p>A course.</p>\n</body></html>\n"

# (page template, news body, expected (start, precision, type, title) per item)
DATE_HEADINGS = {
    "h4 days and bare text in a div of a Markdown page": (
        MD_PAGE,
        '<div id="box">\n<h4>2024-05-31</h4>\nGave an oral presentation at the spring symposium.\n'
        "<h4>2024-04-01</h4>\nOur paper on wooden robots was accepted to the autumn meeting.\n"
        "</div>",
        [
            ("2024-05-31", "day", "talk", "Gave an oral presentation at the spring symposium"),
            (
                "2024-04-01",
                "day",
                "paper",
                "Our paper on wooden robots was accepted to the autumn meeting",
            ),
        ],
    ),
    "h4 days, Japanese text, a link first": (
        MD_PAGE,
        "<div>\n<h4>2025-02-10</h4>\n"
        '<a href="https://doi.org/10.1/x">木製ロボットの論文</a>が論文誌に掲載されました。\n'
        "<h4>2024-11-03</h4>\n研究会で口頭発表を行いました。\n</div>",
        [
            ("2025-02-10", "day", "paper", "木製ロボットの論文が論文誌に掲載されました。"),
            ("2024-11-03", "day", "talk", "研究会で口頭発表を行いました。"),
        ],
    ),
    "h3 months and paragraphs in an HTML page; a second paragraph continues the item": (
        HTML_PAGE,
        "<h3>May 2024</h3>\n<p>Gave a seminar on graph colouring at the institute.</p>\n"
        "<h3>2024.04</h3>\n<div>Joined the robotics lab as a postdoc.</div>\n"
        "<p>It is in a new city.</p>",
        [
            ("2024-05", "month", "talk", "Gave a seminar on graph colouring at the institute"),
            ("2024-04", "month", "position", "Joined the robotics lab as a postdoc"),
        ],
    ),
    "dt dates with paragraphs, no dd": (
        HTML_PAGE,
        "<dl>\n<dt>2023-10-02</dt>\n<p>Started as a research intern at a toy company.</p>\n"
        "<dt>2023-06-15</dt>\n<p>Presented a poster at the summer school.</p>\n</dl>",
        [
            ("2023-10-02", "day", "position", "Started as a research intern at a toy company"),
            ("2023-06-15", "day", "talk", "Presented a poster at the summer school"),
        ],
    ),
    "a bold date alone on its line, then a paragraph": (
        HTML_PAGE,
        "<p><strong>March 3, 2022</strong></p>\n<p>Won the best poster prize.</p>\n"
        "<b>2021-12-01</b>\n<div>Our preprint on sorting toys is out.</div>",
        [
            ("2022-03-03", "day", "award", "Won the best poster prize"),
            ("2021-12-01", "day", "paper", "Our preprint on sorting toys is out"),
        ],
    ),
    "a day heading with a dd": (
        HTML_PAGE,
        "<h5>12 May 2024</h5>\n<dd>Gave a keynote at the toy conference.</dd>",
        [("2024-05-12", "day", "talk", "Gave a keynote at the toy conference")],
    ),
    "an introduction, and text after a list under a date heading, are no items": (
        HTML_PAGE,
        "<p>What happened lately.</p>\n<h3>June 2025</h3>\n<ul><li>Gave a talk at the fair.</li>"
        "</ul>\n<p>Photos are on my other page.</p>",
        [("2025-06", "month", "talk", "Gave a talk at the fair")],
    ),
    "a paragraph with its own date under a date heading keeps it": (
        HTML_PAGE,
        "<h3>2024</h3>\n<p>May 5, 2024: Gave a talk at the fair.</p>\n"
        "<h3>March 2023</h3>\n<p>Attended the winter workshop on toys.</p>",
        [
            ("2024-05-05", "day", "talk", "Gave a talk at the fair"),
            ("2023-03", "month", "event", "Attended the winter workshop on toys"),
        ],
    ),
    "a timeline: each date in a box of its own, the text in the next box": (
        HTML_PAGE,
        '<div class="timeline">\n<div class="entry"><div class="when"><h4>May 2024</h4></div>'
        '<div class="what"><p>Gave a talk at the toy fair.</p></div></div>\n'
        '<div class="entry"><div class="when"><h4>2024-04-02</h4></div>'
        '<div class="what">Joined the toy lab.</div></div>\n</div>\n<p>Footer text.</p>',
        [
            ("2024-05", "month", "talk", "Gave a talk at the toy fair"),
            ("2024-04-02", "day", "position", "Joined the toy lab"),
        ],
    ),
    "a timeline of plain date boxes": (
        MD_PAGE,
        '<div class="entry"><span class="when">2023-11</span>\n'
        "<div>Our preprint on toy cranes is out.</div></div>\n"
        '<div class="entry"><span class="when">2023-09</span>\n'
        "<div>Won a travel grant.</div></div>",
        [
            ("2023-11", "month", "paper", "Our preprint on toy cranes is out"),
            ("2023-09", "month", "award", "Won a travel grant"),
        ],
    ),
}


@pytest.mark.parametrize("name", list(DATE_HEADINGS))
def test_date_headings_in_html_date_the_prose_under_them(tmp_path: Path, name: str) -> None:
    template, body, expected = DATE_HEADINGS[name]
    path = tmp_path / ("index.html" if template is HTML_PAGE else "index.md")
    path.write_text(template.format(body), encoding="utf-8")
    assert seen(listed(path)) == expected


def test_a_date_heading_item_sits_on_the_heading_line(tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    path.write_text(HTML_PAGE.format("<h3>May 2024</h3>\n\n<p>Gave a talk.</p>"), encoding="utf-8")
    (item,) = listed(path)
    assert item["line"] == 3  # where the date is written


def test_a_hugo_widget_of_date_headings_builds(tmp_path: Path) -> None:
    """Hugo's home widget whose body is HTML with ``<h4>`` days, read from the site root."""
    site = tmp_path / "site"
    (site / "content" / "home").mkdir(parents=True)
    (site / "config.toml").write_text('baseurl = "https://me.example.org/"\ntitle = "Ada"\n')
    (site / "content" / "home" / "news.md").write_text(
        '+++\nwidget = "blank"\nheadless = true\ntitle = "News"\n+++\n\n'
        '<div style="overflow-y: scroll">\n  <h4>2024-05-31</h4>\n'
        "  Gave an invited talk at the toy museum.\n  <h4>2024-04-01</h4>\n"
        "  Our paper on tin soldiers was accepted to the Example Conference.\n</div>\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["build", "--content", str(site), "--out", str(out), "--now", NOW, "--site-url", URL]
    )
    assert result.exit_code == 0, result.output
    entries = feedparser.parse((out / "atom.xml").read_bytes()).entries
    assert [(e.published[:10], e.title) for e in entries] == [
        ("2024-05-31", "Gave an invited talk at the toy museum"),
        ("2024-04-01", "Our paper on tin soldiers was accepted to the Example Conference"),
    ]
    talks = feedparser.parse((out / "talks.xml").read_bytes()).entries
    assert [t.published[:10] for t in talks] == ["2024-05-31"]


# C3-A3's inner form: a card with a <time>, a heading and a paragraph is one item.
CARDS = [
    (
        '<article class="item"><time>2026.07</time><h3>Our paper on toy boats is out in the '
        "Example Journal</h3><p>Three years of work.</p></article>\n"
        '<article class="item"><time>2025.03</time><h3>Gave a talk at the toy forum</h3>'
        "<p>With slides.</p></article>",
        [
            ("2026-07", "month", "paper", "Our paper on toy boats is out in the Example Journal"),
            ("2025-03", "month", "talk", "Gave a talk at the toy forum"),
        ],
    ),
    (
        '<article><h4>Joined the toy lab</h4><time datetime="2024-09-01">1 September 2024</time>'
        "<p>As a postdoc.</p></article>",
        [("2024-09-01", "day", "position", "Joined the toy lab")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), CARDS)
def test_a_card_with_a_time_and_a_heading_is_one_item(tmp_path: Path, body, expected) -> None:
    path = tmp_path / "list.md"
    path.write_text(f"---\ntitle: News\n---\n\n{body}\n", encoding="utf-8")
    assert seen(listed(path)) == expected


# C3-B6: a tag in brackets, then a full date: the date counts, the tag is no title.
TAGGED = [
    (
        "[ABC 2024] March 5, 2024: Our work on toy boats was accepted by ABC 2024!",
        ("2024-03-05", "day", "paper", "Our work on toy boats was accepted by ABC 2024"),
    ),
    (
        "[Team X] February 2, 2024. I have joined Team X!",
        ("2024-02-02", "day", "position", "I have joined Team X"),
    ),
    (
        "(EXCONF'23) 2023-07-14 Gave an oral presentation of our toy study.",
        ("2023-07-14", "day", "talk", "Gave an oral presentation of our toy study"),
    ),
    (
        "🔥 [Toy Lab] 12 May 2022 - Won the lab's poster prize.",
        ("2022-05-12", "day", "award", "Won the lab's poster prize"),
    ),
    (
        "【示例会议 2024】2024年3月5日 论文被示例会议接收。",
        ("2024-03-05", "day", "paper", "论文被示例会议接收。"),
    ),
    (
        "[Nov 2022] Gave a talk at the toy forum.",  # the bracket is the date itself
        ("2022-11", "month", "talk", "Gave a talk at the toy forum"),
    ),
]


@pytest.mark.parametrize(("line", "expected"), TAGGED)
@pytest.mark.parametrize("markup", ["markdown", "html"])
def test_a_date_after_a_bracket_tag_counts(tmp_path: Path, line, expected, markup) -> None:
    if markup == "markdown":
        path = tmp_path / "index.md"
        path.write_text(f"## News\n\n- {line}\n", encoding="utf-8")
    else:
        path = tmp_path / "index.html"
        path.write_text(HTML_PAGE.format(f"<ul>\n<li><p>{line}</p></li>\n</ul>"), "utf-8")
    assert seen(listed(path)) == [expected]


# The "more news" link after an HTML news list is followed, as the Markdown one is.
MORE_LINKS = [
    '<p><a href="news.html">More news</a></p>',
    '<a href="news.html">Older news →</a>',
    '<div class="more"><a href="/news.html">See all news »</a></div>',
]


@pytest.mark.parametrize("more", MORE_LINKS)
def test_the_more_news_link_after_an_html_list_is_followed(tmp_path: Path, more: str) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(
        HTML_PAGE.format(f"<ul>\n<li>[May 2024] Gave a talk at the toy fair.</li>\n</ul>\n{more}"),
        encoding="utf-8",
    )
    (site / "news.html").write_text(
        HTML_PAGE.format(
            "<ul>\n<li>[May 2024] Gave a talk at the toy fair.</li>\n"
            "<li>[Jan 2023] Our paper on toy trains was accepted.</li>\n</ul>"
        ),
        encoding="utf-8",
    )
    assert seen(listed(site)) == [
        ("2024-05", "month", "talk", "Gave a talk at the toy fair"),
        ("2023-01", "month", "paper", "Our paper on toy trains was accepted"),
    ]


def test_a_lone_link_that_is_no_more_link_is_no_item(tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    body = '<ul>\n<li>[May 2024] Gave a talk.</li>\n</ul>\n<p><a href="cv.pdf">My CV</a></p>'
    path.write_text(HTML_PAGE.format(body), encoding="utf-8")
    assert [i["title"] for i in listed(path)] == ["Gave a talk"]


@pytest.mark.parametrize(
    ("title", "body", "kind"),
    [
        ("受邀参加城市智能研讨会", "作“城市空间智能”报告，分享研究。", "talk"),
        ("Visited the Example Lab", "Our paper on toy boats was accepted to EXCONF.", "paper"),
        ("Visited the Example Lab", "We walked around the campus.", "event"),
        ("Lab update", "Photos are online.", "news"),
    ],
)
def test_a_card_body_can_say_what_its_heading_does_not(tmp_path, title, body, kind) -> None:
    """A card (or a bullet with paragraphs) whose heading only says where: its body's talk,
    paper or award decides; a body that says nothing more leaves the heading's type."""
    card = f"<article><time>2026.04</time><h3>{title}</h3><p>{body}</p></article>"
    page = tmp_path / "index.md"
    page.write_text(f"## News\n\n{card}\n", encoding="utf-8")
    _, (event,) = parse_page(page)
    assert (event.title, event.type) == (title, kind)
