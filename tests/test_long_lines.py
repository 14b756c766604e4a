"""Date matching is linear in the line's length: 200 KB hostile lines finish (issue 9).

Not timed: with the old quadratic matching these inputs ran for minutes to hours, so the
test simply has to complete; each case also asserts what was read from the line.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page
from feeds.parse.dates import match_prefix, match_suffix

SIZE = 200_000

FILLERS = {
    "open parens": "(",
    "close brackets": "]",
    "dots": ".",
    "spaces and dots": " .",
    "short parentheticals": "(x) ",
    "bracketed attachments": "[a] ",
    "non-word characters": "!",
    "dashes": "2022-",
    "month words": "Nov 18 ",
}


def build_one(line: str):
    reporter = Reporter(quiet=True)
    _, events = parse_page(
        Path("home.md"), site_root="https://e.org/", reporter=reporter, text=f"## News\n- {line}\n"
    )
    return events, reporter


@pytest.mark.parametrize("filler", FILLERS.values(), ids=FILLERS.keys())
def test_a_200_kb_line_is_read_and_dated_by_its_ending(filler):
    body = filler * (SIZE // len(filler))
    events, _ = build_one(f"Talk at MIT: {body} and then, Nov 18, 2022")
    assert len(events) == 1
    assert (events[0].span.start, events[0].span.end) == (dt.date(2022, 11, 18),) * 2


@pytest.mark.parametrize("filler", FILLERS.values(), ids=FILLERS.keys())
def test_a_200_kb_line_without_a_date_is_published_undated(filler):
    events, reporter = build_one("Talk " + filler * (SIZE // len(filler)))
    assert len(events) == 1 and events[0].span is None
    assert [p.code for p in reporter.problems] == ["undated"]


def test_matchers_on_200_kb_of_one_character():
    for ch in "( [.!-1":
        line = ch * SIZE
        assert match_prefix(line) is None
        assert match_suffix(line + " Nov 18, 2022").span.start == dt.date(2022, 11, 18)
