"""Paragraphs of dated lines (feeds/parse/blocks.py ``dated_lines``): a page in, each
item's title, source line, date and published HTML out.

Written for the mutants a mutation run of ``blocks.py`` left alive (issue 14, round 2);
every expectation is written here from the page's text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

D = dt.date


def _items(name: str, page: str) -> list[tuple[str, int, dt.date, str]]:
    _, events = parse_page(Path(name), reporter=Reporter(quiet=True), text=page)
    return [(e.title, e.line, e.span.start, e.html) for e in events]


def test_br_lines_split_at_dated_lines_and_an_undated_line_continues_the_item_above():
    page = "## News\n\nJan 5, 2023: Talk at MIT<br>\nwith *slides*<br>\nFeb 6, 2023: Award\n"
    assert _items("home.md", page) == [
        (
            "Talk at MIT with slides",
            3,
            D(2023, 1, 5),
            "<p>Jan 5, 2023: Talk at MIT\n\nwith <em>slides</em></p>",
        ),
        ("Award", 5, D(2023, 2, 6), "<p>Feb 6, 2023: Award</p>"),
    ]


def test_upper_case_br_after_an_undated_opening_line():
    page = "## News\n\nSome intro<BR>\nJan 5, 2023: Talk at MIT<BR>\nFeb 6, 2023: Award\n"
    assert _items("home.md", page) == [
        ("Talk at MIT", 4, D(2023, 1, 5), "<p>Jan 5, 2023: Talk at MIT</p>"),
        ("Award", 5, D(2023, 2, 6), "<p>Feb 6, 2023: Award</p>"),
    ]


def test_two_items_on_one_source_line_share_its_number():
    page = "## News\n\nJan 5, 2023: Talk at MIT<br>Feb 6, 2023: Award\n"
    assert _items("home.md", page) == [
        ("Talk at MIT", 3, D(2023, 1, 5), "<p>Jan 5, 2023: Talk at MIT</p>"),
        ("Award", 3, D(2023, 2, 6), "<p>Feb 6, 2023: Award</p>"),
    ]


def test_backslash_and_two_space_line_ends_and_br_with_a_slash_or_space():
    page = (
        "## News\n\nJan 5, 2023: Talk\\\nFeb 6, 2023: Award<br/>\nMar 7, 2023: Prize<Br >\n"
        "Apr 8, 2023: Poster  \nMay 9, 2023: Visit\n"
    )
    assert _items("home.md", page) == [
        ("Talk", 3, D(2023, 1, 5), "<p>Jan 5, 2023: Talk</p>"),
        ("Award", 4, D(2023, 2, 6), "<p>Feb 6, 2023: Award</p>"),
        ("Prize", 5, D(2023, 3, 7), "<p>Mar 7, 2023: Prize</p>"),
        ("Poster", 6, D(2023, 4, 8), "<p>Apr 8, 2023: Poster</p>"),
        ("Visit", 7, D(2023, 5, 9), "<p>May 9, 2023: Visit</p>"),
    ]


def test_a_blank_break_line_between_two_dated_lines_is_left_out():
    page = "## News\n\nJan 5, 2023: Talk<br>\n\\\nFeb 6, 2023: Award\n"
    assert _items("home.md", page) == [
        ("Talk", 3, D(2023, 1, 5), "<p>Jan 5, 2023: Talk</p>"),
        ("Award", 5, D(2023, 2, 6), "<p>Feb 6, 2023: Award</p>"),
    ]


def test_plain_lines_split_when_two_open_with_a_date():
    page = "## News\n\nJan 5, 2023: Talk at MIT\nFeb 6, 2023: Award\n\nMar 3, 2023: Prize\n"
    assert _items("home.md", page) == [
        ("Talk at MIT", 3, D(2023, 1, 5), "<p>Jan 5, 2023: Talk at MIT</p>"),
        ("Award", 4, D(2023, 2, 6), "<p>Feb 6, 2023: Award</p>"),
        ("Prize", 6, D(2023, 3, 3), "<p>Mar 3, 2023: Prize</p>"),
    ]


def test_plain_lines_with_one_date_stay_one_item():
    page = "## News\n\nJan 5, 2023: Talk at MIT\nwith slides\n"
    assert _items("home.md", page) == [
        (
            "Talk at MIT with slides",
            3,
            D(2023, 1, 5),
            "<p>Jan 5, 2023: Talk at MIT\nwith slides</p>",
        ),
    ]


def test_an_html_paragraph_of_br_lines():
    page = (
        "<h2>News</h2><p>Jan 5, 2023: Talk<br>Feb 6, 2023: Award <b>big</b></p>"
        "<p>Mar 7, 2023: Prize</p>"
    )
    assert _items("home.html", page) == [
        ("Talk", 1, D(2023, 1, 5), "<p>Jan 5, 2023: Talk</p>"),
        ("Award big", 1, D(2023, 2, 6), "<p>Feb 6, 2023: Award <strong>big</strong></p>"),
        ("Prize", 1, D(2023, 3, 7), "<p>Mar 7, 2023: Prize</p>"),
    ]


def test_a_date_cell_is_bolded_without_its_own_stars_and_keeps_its_other_letters():
    page = (
        "## News\n\n| When | Event |\n|---|---|\n| Nov 18, 2022, hall X | Talk |\n"
        "| \\*Dec 2, 2022\\* | Award |\n"
    )
    assert _items("home.md", page) == [
        ("Hall X Talk", 5, D(2022, 11, 18), "<p><strong>Nov 18, 2022, hall X</strong> Talk</p>"),
        ("Award", 6, D(2022, 12, 2), "<p><strong>Dec 2, 2022</strong> Award</p>"),
    ]


def test_plain_lines_split_when_the_br_lines_have_one_date_only():
    page = "## News\n\nJan 5, 2023: Talk<br>\nwith slides\nFeb 6, 2023: Award\n"
    assert _items("home.md", page) == [
        ("Talk with slides", 3, D(2023, 1, 5), "<p>Jan 5, 2023: Talk\nwith slides</p>"),
        ("Award", 5, D(2023, 2, 6), "<p>Feb 6, 2023: Award</p>"),
    ]


def test_an_item_opened_inside_a_line_keeps_that_line_when_it_runs_on():
    page = "## News\n\nJan 5, 2023: Talk<br>Feb 6, 2023: Award\nin Rome\n"
    assert _items("home.md", page) == [
        ("Talk", 3, D(2023, 1, 5), "<p>Jan 5, 2023: Talk</p>"),
        ("Award in Rome", 3, D(2023, 2, 6), "<p>Feb 6, 2023: Award\nin Rome</p>"),
    ]


def test_a_br_in_a_code_span_is_text_not_a_line_break():
    page = "## News\n\nJan 5, 2023: Talk on `<br>`Feb 6, 2023: tags\n"
    assert _items("home.md", page) == [
        (
            "Talk on <br>Feb 6, 2023: tags",
            3,
            D(2023, 1, 5),
            "<p>Jan 5, 2023: Talk on <code>&lt;br&gt;</code>Feb 6, 2023: tags</p>",
        ),
    ]
