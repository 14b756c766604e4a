"""List groups and folds in the news section (feeds/parse/sections.py), session 23: a page
in, the items (line, date, precision, title) and the warnings out.

Written for the mutants of ``Collector._list_items`` that session 23 ran on today's code
and that the earlier files left alive (issue 14; bench/mutation_parse.md, "Session 23:
mutate14a"); every expectation is written here from the page's text.
"""

from __future__ import annotations

from pathlib import Path

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def read(page: str):
    reporter = Reporter(quiet=True)
    _, events = parse_page(
        Path("home.md"), site_root="https://example.org/", reporter=reporter, text=page
    )
    items = [
        (e.line, e.span and e.span.start.isoformat(), e.span and e.span.precision.value, e.title)
        for e in events
    ]
    return items, events, [(p.line, p.code) for p in reporter.problems]


def test_an_entry_with_details_inside_a_month_group_is_of_that_month():
    """``- Nov 2018`` holding an entry with details below (``- Joined Acme …`` +
    ``- working on …``): the entry is one item of November 2018, as the plain entry after
    it (``_list_items`` 82, 87: the group's month not handed to the entry with details,
    which was then of 2018 only)."""
    items, events, problems = read(
        "## News\n- Nov 2018\n"
        "  - Joined Acme as a postdoc in the widget lab\n"
        "    - working on sand and rivers\n"
        "  - Gave a talk at MIT\n"
    )
    assert items == [
        (3, "2018-11-01", "month", "Joined Acme as a postdoc in the widget lab"),
        (5, "2018-11-01", "month", "Gave a talk at MIT"),
    ]
    assert "sand and rivers" in events[0].html
    assert problems == []


def test_a_kind_group_inside_a_month_group_keeps_the_month():
    """``- Nov 2018`` › ``- Talks:`` › entries: the talks are of November 2018, as the
    award after the kind group (``_list_items`` 89, 91, 107: the inner group's own month,
    none, handed on instead of November)."""
    items, _, problems = read(
        "## News\n- Nov 2018\n  - Talks:\n"
        "    - Gave a talk at MIT\n    - Visit to Yale\n"
        "  - Award from the widget society\n"
    )
    assert items == [
        (4, "2018-11-01", "month", "Gave a talk at MIT"),
        (5, "2018-11-01", "month", "Visit to Yale"),
        (6, "2018-11-01", "month", "Award from the widget society"),
    ]
    assert problems == []


def test_a_date_and_a_sentence_in_two_paragraphs_over_details_is_one_item():
    """``- Oct 2021``, a blank line, ``Joined Acme``, then a sub-bullet: the head is the
    date and the words, one item of October 2021 whose details are its body, not a group
    whose sub-bullet is published undated (``_list_items`` 68: the head's paragraphs
    glued by ``XX XX``, ``Oct 2021XX XXJoined Acme``: no date, a short name)."""
    items, events, problems = read(
        "## News\n- Oct 2021\n\n  Joined Acme\n\n  - Working on sand and rivers\n"
    )
    assert [item[:3] for item in items] == [(2, "2021-10-01", "month")]
    assert "Joined Acme" in events[0].html and "sand and rivers" in events[0].html
    assert problems == []


def test_a_bullet_holding_only_a_picture_over_a_fold_is_no_item():
    """A bullet whose only content over its ``<details>`` fold is a picture (raw HTML, no
    words): the fold's entries are the items, and no empty item is reported
    (``_list_items`` 31: any token with content before the fold made an item)."""
    items, _, problems = read(
        '## News\n### 2022\n- <img src="lab.png" alt="">\n\n'
        "  <details><summary>Earlier</summary><ul><li>Nov 2021: Gave a talk at MIT</li></ul>"
        "</details>\n- Joined the widget lab (Dec 2022)\n"
    )
    assert items == [
        (5, "2021-11-01", "month", "Gave a talk at MIT"),
        (6, "2022-12-01", "month", "Joined the widget lab"),
    ]
    assert problems == []


def test_list_groups_under_a_year_heading_take_its_year():
    """Under ``### 2021``, ``- Oct 3`` heading entries is a group of October 2021, and
    ``- Oct 5: Joined Acme`` over details is one item of Oct 5, 2021 (``_block`` 24: the
    list read without the heading's year, the group was of 2021 only and the entry with
    details a group, its words lost and its details published in its place)."""
    items, events, problems = read(
        "## News\n### 2021\n- Oct 3\n  - Gave a talk at MIT\n  - Visit to Yale\n"
        "- Oct 5: Joined Acme\n  - working on sand and rivers\n"
    )
    assert items == [
        (4, "2021-10-01", "month", "Gave a talk at MIT"),
        (5, "2021-10-01", "month", "Visit to Yale"),
        (6, "2021-10-05", "day", "Joined Acme"),
    ]
    assert "sand and rivers" in events[2].html
    assert problems == []
