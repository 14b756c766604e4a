"""Numbered lines that count on stay a numbered list; a day written the German way stays a
day (feeds/parse/day_dots.py, ``_counted``). A page in, each item's title and date out,
written here from the page: ``1. Nov 2023`` then ``2. Oct 2023`` count on (the list's
numbers, the items dated to the month); numbers that do not count on, or do so at another
indent or across more than one blank line, are days.

Written for the mutants a mutation run of ``day_dots.py`` left alive (issue 14, session 20).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def read(news: str) -> list[tuple[str, str | None]]:
    """(title, start) of each item of a page whose news section is ``news``."""
    _, events = parse_page(
        Path("index.md"),
        text=f"# Ada\n\n## News\n\n{news}",
        reporter=Reporter(quiet=True),
        site_root="https://x.org/",
    )
    return [(e.title, e.span.start_iso if e.span else None) for e in events]


PAGES = [
    # counting on, one line after another: the list's numbers
    (
        "1. Nov 2023: Paper accepted at NeurIPS\n2. Oct 2023: Talk at CMU\n"
        "3. Sep 2023: Talk at Yale\n",
        [
            ("Paper accepted at NeurIPS", "2023-11"),
            ("Talk at CMU", "2023-10"),
            ("Talk at Yale", "2023-09"),
        ],
    ),
    # counting on over one blank line (a loose list): still the list's numbers
    (
        "1. Nov 2023: Paper accepted at NeurIPS\n\n2. Oct 2023: Talk at CMU\n",
        [("Paper accepted at NeurIPS", "2023-11"), ("Talk at CMU", "2023-10")],
    ),
    # counting on inside an indented list under a bullet
    (
        "- Talks\n  1. Nov 2023: Talk at CMU\n  2. Oct 2023: Talk at Yale\n",
        [("Talk at CMU", "2023-11"), ("Talk at Yale", "2023-10")],
    ),
    # apart by more than one blank line: each number is a day
    (
        "1. Nov 2023: Paper accepted at NeurIPS\n\n\n\n2. Oct 2023: Talk at CMU\n",
        [("Paper accepted at NeurIPS", "2023-11-01"), ("Talk at CMU", "2023-10-02")],
    ),
    # at another indent: no counting on, days
    (
        "1. Nov 2023: Paper accepted at NeurIPS\n   2. Oct 2023: Talk at CMU\n",
        [("Paper accepted at NeurIPS", "2023-11-01"), ("Talk at CMU", "2023-10-02")],
    ),
    # a number skipped (1, 3) or counting down (3, 2): days
    (
        "1. Nov 2023: Paper accepted at NeurIPS\n3. Oct 2023: Talk at CMU\n",
        [("Paper accepted at NeurIPS", "2023-11-01"), ("Talk at CMU", "2023-10-03")],
    ),
    (
        "3. Nov 2023: Paper accepted at NeurIPS\n2. Oct 2023: Talk at CMU\n",
        [("Paper accepted at NeurIPS", "2023-11-03"), ("Talk at CMU", "2023-10-02")],
    ),
    # bullets before the numbers: days, even where they count on
    (
        "- 1. Nov 2023: Paper accepted at NeurIPS\n- 2. Oct 2023: Talk at CMU\n",
        [("Paper accepted at NeurIPS", "2023-11-01"), ("Talk at CMU", "2023-10-02")],
    ),
]


@pytest.mark.parametrize(("news", "expected"), PAGES)
def test_numbers_that_count_on_and_days(news, expected):
    assert read(news) == expected
