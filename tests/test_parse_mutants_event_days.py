"""The edges of the yearless talk day after a leading date (``parse/event_days.py``;
issue 14, bench/mutation_parse.md "Session 23: mutate14c").

``- Apr 2024: Talk at MIT (Apr 5)``: the day is the talk's when it falls in the leading
month or up to three months after it. The rows below sit on each edge: the leading
month's first day, the third month after it (also across a new year), the fourth month,
and a day that exists only in the leading year (Feb 29, 2024 is before April; Feb 29,
2025 does not exist), which stays in the title.

Expectations are written here from the input; the list is read back with json.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from feeds.cli import main

# line → (title, start, precision, event_start)
ROWS = [
    # the first day of the leading month is in it, not before it
    ("- Apr 2024: Talk at MIT (Apr 1)", ("Talk at MIT", "2024-04", "month", "2024-04-01")),
    # three months after the leading month: still announced ahead
    ("- Apr 2024: Talk at MIT (Jul 5)", ("Talk at MIT", "2024-04", "month", "2024-07-05")),
    # three months after, across the new year
    ("- Oct 2023: Talk at MIT (Jan 5)", ("Talk at MIT", "2023-10", "month", "2024-01-05")),
    # four months after: not the talk's day
    ("- Apr 2024: Talk at MIT (Aug 1)", ("Talk at MIT (Aug 1)", "2024-04", "month", None)),
    # before the leading month, and no such day in the next year
    ("- Apr 2024: Talk at MIT (Feb 29)", ("Talk at MIT (Feb 29)", "2024-04", "month", None)),
]


@pytest.mark.parametrize(("line", "want"), ROWS, ids=[line for line, _ in ROWS])
def test_the_edges_of_a_yearless_talk_day(make_site, line, want) -> None:
    result = CliRunner().invoke(
        main, ["list", "--content", str(make_site(line)), "--now", "2023-01-01", "--json"]
    )
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.stdout)
    assert (item["title"], item["start"], item["precision"], item["event_start"]) == want
