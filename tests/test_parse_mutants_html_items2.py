"""Hand-written ``.html`` news read into items (feeds/parse/html_items.py), more forms: the
page in, each item's title, date and line out, written here from the page.

Written for the mutants a mutation run of the changed functions of ``html_items.py`` left
alive (issue 14, session 21); see bench/mutation_parse.md.
"""

from __future__ import annotations

from pathlib import Path

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def items(body: str, name: str = "home.html") -> list[tuple[str, str | None, int]]:
    text = f"<html><body>\n<h2>News</h2>\n{body}\n</body></html>\n"
    _, events = parse_page(Path(name), reporter=Reporter(quiet=True), text=text)
    return [(e.title, e.span.start_iso if e.span else None, e.line) for e in events]


def test_day_month_lines_under_a_year_heading_are_items_of_that_year():
    body = (
        "<h3>2022</h3>\n<p>18.11. Talk at MIT<br>20.10. Visit to Yale</p>\n"
        "<p>03.09. Joined the lab</p>"
    )
    assert items(body) == [
        ("Talk at MIT", "2022-11-18", 4),
        ("Visit to Yale", "2022-10-20", 4),
        ("Joined the lab", "2022-09-03", 5),
    ]


def test_a_dated_entry_of_five_words_with_a_list_of_details_is_one_item():
    body = (
        "<ul>\n<li>Nov 2021: Joined Company X<ul><li>as a research scientist</li></ul></li>\n"
        "<li>Sep 2021: Talk at MIT</li>\n</ul>"
    )
    assert items(body) == [("Joined Company X", "2021-11", 4), ("Talk at MIT", "2021-09", 5)]


def test_an_entry_holding_a_fold_in_a_year_group_and_undated():
    # the entry's own words are an item (undated ones too, warned about), and so is each
    # entry of its fold; inside a year group, every one is of the group's year
    body = """\
<ul>
<li>2021
<ul>
<li>Mar 3: Talk at MIT<details><summary>More</summary><ul><li>Feb 2: Visit to Yale</li></ul></details></li>
</ul>
</li>
<li>Paper accepted at ICML<details><summary>Earlier</summary><ul><li>Jan 2020: Joined the lab</li></ul></details></li>
</ul>"""  # noqa: E501
    assert items(body) == [
        ("Talk at MIT", "2021-03-03", 6),
        ("Visit to Yale", "2021-02-02", 6),
        ("Paper accepted at ICML", None, 9),
        ("Joined the lab", "2020-01", 9),
    ]


def parsed(text: str):
    reporter = Reporter(quiet=True)
    page, events = parse_page(Path("home.html"), reporter=reporter, text=text)
    return page, events, [(p.line, p.code) for p in reporter.problems]


def test_a_bold_line_alone_opens_the_news_of_a_page_without_a_news_heading_at_its_line():
    text = "<html><body>\n<p>Welcome.</p>\n<b>News</b>\n<p>Nothing here yet.</p>\n</body></html>\n"
    page, events, problems = parsed(text)
    assert (page.news_heading, events, problems) == (("News", 3), [], [(3, "no-items")])


def test_a_bold_line_alone_under_a_news_heading_is_no_subsection():
    text = (
        "<html><body>\n<h2>News</h2>\n<p>Oct 2021: Talk at MIT</p>\n<b>Highlights</b>\n"
        "<p>Sep 2021: Visit to Yale</p>\n</body></html>\n"
    )
    _, events, _ = parsed(text)
    assert [(e.title, e.span.start_iso, e.line, e.section) for e in events] == [
        ("Talk at MIT", "2021-10", 3, "news"),
        ("Visit to Yale", "2021-09", 5, "news"),
    ]


def test_a_label_with_a_link_heads_the_news_of_its_box_only():
    # "Recent news: (<a>full history</a>)" in a <div>: the news is what the <div> holds
    text = """\
<html><body>
<p>Welcome.</p>
<div>Recent news: (<a href="news.html">full history</a>)
<ul><li>Oct 2021: Talk at MIT</li></ul>
</div>
<p>Sep 2021: Visit to Yale</p>
</body></html>
"""
    page, events, problems = parsed(text)
    assert page.news_heading == ("Recent news", 3)
    assert [(e.title, e.span.start_iso, e.line) for e in events] == [("Talk at MIT", "2021-10", 4)]
    assert problems == []


def test_a_bold_line_over_dated_lines_opens_the_news_at_its_line():
    text = """\
<html><body>
<p>Welcome.</p>
<p><b>News</b><br>
Mar 2026: Talk at MIT<br>
Feb 2026: Visit to Yale</p>
</body></html>
"""
    page, events, problems = parsed(text)
    assert page.news_heading == ("News", 3)
    assert [(e.title, e.span.start_iso, e.line) for e in events] == [
        ("Talk at MIT", "2026-03", 4),
        ("Visit to Yale", "2026-02", 5),
    ]
    assert problems == []


def test_a_bold_line_over_dated_lines_under_a_news_heading_is_no_subsection():
    text = """\
<html><body>
<h2>News</h2>
<p>Apr 2026: Joined the lab</p>
<p><b>Highlights</b><br>
Mar 2026: Talk at MIT<br>
Feb 2026: Visit to Yale</p>
</body></html>
"""
    _, events, _ = parsed(text)
    assert [(e.title, e.span.start_iso, e.line, e.section) for e in events] == [
        ("Joined the lab", "2026-04", 3, "news"),
        ("Talk at MIT", "2026-03", 5, "news"),
        ("Visit to Yale", "2026-02", 6, "news"),
    ]


def test_paragraphs_ending_with_a_day_under_a_year_heading_are_items_of_that_year():
    body = "<h3>2022</h3>\n<p>Gave a talk at MIT (Nov 18)</p>\n<p>Visited Yale (Oct 3)</p>"
    assert items(body) == [
        ("Gave a talk at MIT", "2022-11-18", 4),
        ("Visited Yale", "2022-10-03", 5),
    ]


def test_an_undated_line_over_dated_br_lines_is_no_item():
    body = "<p>Recent highlights<br>\nMar 2026: Talk at MIT<br>\nFeb 2026: Visit to Yale</p>"
    assert items(body) == [("Talk at MIT", "2026-03", 4), ("Visit to Yale", "2026-02", 5)]


def test_the_leap_day_under_a_year_heading_of_a_leap_year():
    body = "<h3>2024</h3>\n<p>29.02. Talk at MIT<br>01.03. Visit to Yale</p>"
    assert items(body) == [("Talk at MIT", "2024-02-29", 4), ("Visit to Yale", "2024-03-01", 4)]


def test_headings_opening_with_a_date_and_a_sentence_are_items():
    body = "<h3><b>Jun 2024</b> - New preprint on sorting</h3>\n<h3>May 2024: Talk at MIT</h3>"
    assert items(body) == [("New preprint on sorting", "2024-06", 3), ("Talk at MIT", "2024-05", 4)]


def test_an_old_heading_tag_is_a_heading_of_level_two():
    # <heading>, as old Barron-style pages write it: the news up to the next one, its <h3>
    # a subsection
    text = """\
<html><body>
<heading>News</heading>
<ul><li>Oct 2021: Talk at MIT</li></ul>
<h3>Awards</h3>
<ul><li>Sep 2021: Best paper award</li></ul>
<heading>Teaching</heading>
<ul><li>Aug 2021: Taught CS101</li></ul>
</body></html>
"""
    page, events, problems = parsed(text)
    assert page.news_heading == ("News", 2)
    assert [(e.title, e.span.start_iso, e.line, e.section) for e in events] == [
        ("Talk at MIT", "2021-10", 3, "news"),
        ("Best paper award", "2021-09", 5, "awards"),
    ]
    assert problems == []
