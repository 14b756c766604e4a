"""Items of an HTML page become Markdown paragraphs (feeds/parse/blocks.py): a page in, the
item's published HTML out.

Written for the mutants a mutation run of ``blocks.py`` left alive (issue 14); every
expectation is written here from the page's text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def test_an_html_list_item_is_published_as_one_paragraph():
    page = "<h2>News</h2>\n<ul><li>Award (Apr 2, 2024)</li></ul>\n"
    _, events = parse_page(Path("home.html"), reporter=Reporter(quiet=True), text=page)
    assert [(e.title, e.span.start, e.html) for e in events] == [
        ("Award", dt.date(2024, 4, 2), "<p>Award (Apr 2, 2024)</p>")
    ]


def test_table_rows_take_their_date_from_the_date_column_or_a_date_cell():
    page = (
        "## News\n| What | Day |\n|---|---|\n| Talk at MIT | Nov 18, 2022 |\n"
        "| **Award** | *Dec 2022* |\n\n"
        "| Date | Event | Where |\n|---|---|---|\n| | Seminar | Jan 5, 2023 |\n"
        "| Feb 2, 2023 | Poster | Rome |\n"
    )
    _, events = parse_page(Path("home.md"), reporter=Reporter(quiet=True), text=page)
    D = dt.date
    assert [(e.title, e.line, e.span.start, e.span.end) for e in events] == [
        ("Talk at MIT", 4, D(2022, 11, 18), D(2022, 11, 18)),  # no date header: the date cell
        ("Award", 5, D(2022, 12, 1), D(2022, 12, 31)),
        ("Seminar", 9, D(2023, 1, 5), D(2023, 1, 5)),  # the date column empty: the date cell
        ("Poster Rome", 10, D(2023, 2, 2), D(2023, 2, 2)),
    ]
    assert events[2].html == "<p><strong>Jan 5, 2023</strong> Seminar</p>"


def test_a_table_row_without_a_date_cell_is_read_as_its_text():
    page = (
        "## News\n| What | Day |\n|---|---|\n| Talk at MIT | Nov 18, 2022 |\n"
        "| Seminar in Boston | (Nov 19, 2022) soon |\n"
    )
    _, events = parse_page(Path("home.md"), reporter=Reporter(quiet=True), text=page)
    assert [(e.title, e.line, e.span.start) for e in events] == [
        ("Talk at MIT", 4, dt.date(2022, 11, 18)),
        ("Seminar in Boston soon", 5, dt.date(2022, 11, 19)),
    ]
    assert events[1].html == "<p>Seminar in Boston (Nov 19, 2022) soon</p>"


def test_an_html_item_of_several_lines_is_published_as_one_paragraph_a_line():
    page = (
        "<h2>News</h2>\n<ul><li>Mar 2026: Visit to Yale\n"
        "<ul><li>Slides online</li><li>Video online</li></ul></li></ul>\n"
    )
    _, events = parse_page(Path("home.html"), reporter=Reporter(quiet=True), text=page)
    assert [(e.title, e.span.start_iso, e.html) for e in events] == [
        (
            "Visit to Yale",
            "2026-03",
            "<p>Mar 2026: Visit to Yale</p>\n<p>Slides online</p>\n<p>Video online</p>",
        )
    ]


def test_an_undated_html_list_item_under_a_day_heading_takes_the_day():
    page = "<h2>News</h2>\n<h3>March 3, 2026</h3>\n<ul><li>Gave a talk at ExConf.</li></ul>\n"
    _, events = parse_page(Path("home.html"), reporter=Reporter(quiet=True), text=page)
    assert [(e.title, e.span.start_iso, e.html) for e in events] == [
        (
            "Gave a talk at ExConf",
            "2026-03-03",
            "<p><strong>March 3, 2026</strong> Gave a talk at ExConf.</p>",
        )
    ]
