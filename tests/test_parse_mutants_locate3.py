"""Parentheticals ending an item (feeds/parse/locate.py: ``_paren_groups`` read by
``trailing_date``), a page in, each item's date, title and details out.

Written for the mutants that session 21's run of ``locate.py`` left open (issue 14;
bench/mutation_parse.md, "Session 22: mutate13c"). Each row is an item as an author
writes it and what a reader gets, written here from the page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def item(entry: str):
    _, found = parse_page(Path("home.md"), site_root="https://example.org/",
                          reporter=Reporter(quiet=True), text=f"## News\n{entry}\n")  # fmt: skip
    (one,) = found
    return (one.span.start.isoformat(), one.span.end.isoformat(), one.title, one.role, one.note)


ROWS = [
    # a role after the date, then an attachment with a parenthesis of its own: the
    # attachment's "(pdf)" is no parenthetical of the text (_paren_groups 10: the
    # brackets looked for past the text's end, and the role was left in the title)
    ("- Talk at MIT (Nov 2022) (invited) [Slides (pdf)]",
     ("2022-11-01", "2022-11-30", "Talk at MIT", "invited", None)),
    ("- Talk at MIT (Nov 18, 2022) (keynote) [[Video (1 h)](https://example.org/v)]",
     ("2022-11-18", "2022-11-18", "Talk at MIT", "keynote", None)),
    # nested parentheses are inside their group (_paren_groups 15: a nested "(" restarted
    # the depth, so the group closed at the inner ")" and the date stayed in the title)
    ("- Talk at MIT (with J. Doe (Stanford), Nov 18, 2022)",
     ("2022-11-18", "2022-11-18", "Talk at MIT", None, "with J. Doe (Stanford)")),
    ("- Poster at NeurIPS (Dec 2022) (with A. Lee (MIT))",
     ("2022-12-01", "2022-12-31", "Poster at NeurIPS", None, "with A. Lee (MIT)")),
]  # fmt: skip


@pytest.mark.parametrize(("entry", "expected"), ROWS)
def test_trailing_parentheticals(entry, expected):
    assert item(entry) == expected


def test_an_item_wholly_in_brackets_with_a_link_inside_is_dated():
    """``[Paper accepted at [ICML](…) (Nov 2022)]``: a bracket opening the text holds the
    item's own words, it is no attachment to leave out, so the date inside ends the item
    (``_junk_start`` 41, 42 of session 21, open: the item was published undated, with an
    "undated" warning; the fix session 22 made). Its title is still "News" (item.py leaves
    brackets holding a link alone; found, not fixed)."""
    page = (
        "## News\n- [Paper accepted at [ICML](https://icml.cc) (Nov 2022)]\n"
        "- [Visit to [Yale](https://yale.edu), Dec 2, 2022]\n"
    )
    reporter = Reporter(quiet=True)
    _, found = parse_page(Path("home.md"), reporter=reporter, text=page)
    assert [(e.line, e.span.start.isoformat(), e.span.end.isoformat()) for e in found] == [
        (2, "2022-11-01", "2022-11-30"),
        (3, "2022-12-02", "2022-12-02"),
    ]
    assert reporter.problems == []
