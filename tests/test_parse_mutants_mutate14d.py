"""News pages read into items (feeds/parse/): the page in, each item's title, date and
line out, written here from the page.

Written for the mutants a mutation run of session 23 (issue 14, mutate14d) left alive in
the functions fix14-left changed; see bench/mutation_parse.md, "Session 23: mutate14d".
"""

from __future__ import annotations

from pathlib import Path

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def read(text: str, name: str = "home.html"):
    reporter = Reporter(quiet=True)
    page, events = parse_page(Path(name), reporter=reporter, text=text)
    found = [(e.title, e.span.start_iso if e.span else None, e.line) for e in events]
    return page, found, [(p.line, p.code) for p in reporter.problems]


def test_a_layout_table_in_a_year_groups_fold_keeps_the_groups_year():
    """``html_items._Walker.table`` 19: a layout table (its cells hold lists) folded under
    an entry of a ``2021`` group: the cells' entries are dated in 2021."""
    page = (
        "<html><body>\n<h2>News</h2>\n<ul>\n<li>2021\n<ul>\n<li><details><summary>More"
        "</summary>\n<table>\n<tr><td><ul>\n<li>Mar 3: Gave a talk at MIT</li>\n</ul></td>"
        "<td><ul>\n<li>Feb 9: Joined the lab</li>\n</ul></td></tr>\n</table>\n</details>"
        "</li>\n</ul>\n</li>\n</ul>\n</body></html>\n"
    )
    found = [(title, date) for title, date, _ in read(page)[1]]
    assert found == [("Gave a talk at MIT", "2021-03-03"), ("Joined the lab", "2021-02-09")]


def test_an_undated_html_paragraph_is_no_table_row_and_not_said():
    """``sections.Collector.html`` 41: an undated paragraph of hand-written news (a link
    alone, a line over dated ``<br>`` lines) is left out without a word: only a news
    table's undated row is warned about."""
    page = (
        "<html><body>\n<h2>News</h2>\n<p>May 3, 2024: Gave a talk.</p>\n"
        '<p><a href="https://example.org/lab">Our lab page</a></p>\n'
        "<p>Highlights<br>May 9, 2024: Talk at MIT<br>June 9, 2024: Joined the lab</p>\n"
        "</body></html>\n"
    )
    _, found, problems = read(page)
    assert found == [
        ("Gave a talk", "2024-05-03", 3),
        ("Talk at MIT", "2024-05-09", 5),
        ("Joined the lab", "2024-06-09", 5),
    ]
    assert problems == []


def test_an_html_month_group_in_a_year_group_dates_its_days():
    """``sections.Collector.html`` 49, 54: a month group (``<li>May``) inside a year group
    (``<li>2021``) dates its entries in that month of that year."""
    page = (
        "<html><body>\n<h2>News</h2>\n<ul>\n<li>2021\n<ul>\n<li>May\n<ul>\n"
        "<li>Gave a talk at MIT</li>\n<li>Joined the lab</li>\n</ul>\n</li>\n</ul>\n"
        "</li>\n</ul>\n</body></html>\n"
    )
    found = [(title, date) for title, date, _ in read(page)[1]]
    assert found == [("Gave a talk at MIT", "2021-05"), ("Joined the lab", "2021-05")]


def test_a_styled_news_title_in_html_inside_the_markdown_news_names_no_new_section():
    """``sections.Collector.html`` 2, 14: once the page's news heading is found, a bold
    line ``Recent news`` over dated ``<br>`` lines of an HTML block inside that section
    is no heading: its items, and those under the year heading after it, stay of the
    section ``news``."""
    page = (
        "## News\n\n- May 2, 2024: Gave a talk at MIT\n\n"
        "<div><b>Recent news</b><br>May 3, 2025: Talk at Yale<br>"
        "June 2, 2025: Keynote at ICML</div>\n\n### 2023\n\n- Mar 2023: Won an award\n"
    )
    reporter = Reporter(quiet=True)
    _, events = parse_page(Path("home.md"), reporter=reporter, text=page)
    assert [(e.title, e.span.start_iso if e.span else None, e.section) for e in events] == [
        ("Gave a talk at MIT", "2024-05-02", "news"),
        ("Talk at Yale", "2025-05-03", "news"),
        ("Keynote at ICML", "2025-06-02", "news"),
        ("Won an award", "2023-03", "news"),
    ]


def test_a_trailing_day_inside_the_leading_month_is_the_events_day():
    """``item.to_item`` 181, 183 (no later yearless day read): ``Apr 2024: … (Apr 5)``
    keeps its month, the talk's day is Apr 5, and the bracket is no part of the title."""
    page = "## News\n\n- Apr 2024: Talk at MIT (Apr 5)\n- June 2, 2024: Talk at Yale (June 3-4)\n"
    _, events = parse_page(Path("home.md"), reporter=Reporter(quiet=True), text=page)
    found = [
        (e.title, e.span.start_iso, e.when and (e.when.start.isoformat(), e.when.end.isoformat()))
        for e in events
    ]
    assert found == [
        ("Talk at MIT", "2024-04", ("2024-04-05", "2024-04-05")),
        ("Talk at Yale", "2024-06-02", ("2024-06-03", "2024-06-04")),
    ]


def test_a_trailing_month_under_a_year_heading_refines_the_leading_year():
    """``item.to_item`` 170, 173 (the trailing date read without the heading's year):
    under ``### 2024``, ``2024: Joined the lab (May)`` is of May 2024, titled without the
    bracket."""
    page = "## News\n\n### 2024\n\n- 2024: Joined the lab (May)\n"
    _, found, problems = read(page, "home.md")
    assert (found, problems) == ([("Joined the lab", "2024-05", 5)], [])


def test_a_date_alone_in_an_entrys_second_paragraph_dates_the_entry():
    """``item.to_item`` 256 (the date-alone paragraph not read): a list entry whose
    second paragraph is only its date (``Nov 2022``, ``**Mar 3, 2023**``) is of that date,
    with no warning."""
    page = (
        "## News\n\n- Talk at the workshop in Rome\n\n  Nov 2022\n\n"
        "- Paper accepted at ICML\n\n  **Mar 3, 2023**\n"
    )
    _, found, problems = read(page, "home.md")
    assert (found, problems) == (
        [
            ("Talk at the workshop in Rome", "2022-11", 3),
            ("Paper accepted at ICML", "2023-03-03", 7),
        ],
        [],
    )


def test_a_yearless_date_alone_in_a_later_paragraph_takes_the_headings_year():
    """``item.to_item`` 260, 263 (the date-alone paragraph read without the heading's
    year, or from the third paragraph on): under ``### 2022`` an entry whose second
    paragraph is ``Nov 18`` is of Nov 18, 2022. An entry whose ``Jul 2022`` stands alone
    in its second paragraph is of July even when a later paragraph ends ``… (Aug 2022)``
    (the date alone is the entry's; a later paragraph's trailing date is about its own
    words: mutate14c's fix of ``to_item``)."""
    page = (
        "## News\n\n### 2022\n\n- Talk at the workshop in Rome\n\n  Nov 18\n\n"
        "- Paper accepted at ICML\n\n  Jul 2022\n\n  Slides and code (Aug 2022)\n"
    )
    _, found, problems = read(page, "home.md")
    assert (found, problems) == (
        [
            ("Talk at the workshop in Rome", "2022-11-18", 5),
            ("Paper accepted at ICML", "2022-07", 9),
        ],
        [],
    )
