"""Where the news section is and what it holds (feeds/parse/sections.py): a page in, the
items (count, section, line, date, title), the archive links and the warnings out.

Written for the mutants a mutation run of ``sections.py`` left alive (issue 14); every
expectation is written here from the page's text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

D = dt.date


def read(page: str, name: str = "home.md", **options):
    reporter = Reporter(quiet=True)
    parsed, events = parse_page(
        Path(name), site_root="https://example.org/", reporter=reporter, text=page, **options
    )
    problems = [(p.line, p.code, p.message) for p in reporter.problems]
    return parsed, events, problems


def dates(events):
    return [(e.title, e.span.start if e.span else None, e.span.end if e.span else None)
            for e in events]  # fmt: skip


ENTRIES = "".join(f"- Entry {k} (Jan {k}, 2020)\n" for k in range(1, 7))
HIDDEN = f'<div class="box">\n{ENTRIES}</div>\n'  # six entries CommonMark shows as raw HTML


def test_a_headless_page_is_one_news_list():
    page, events, problems = read("- Talk at MIT (Nov 18, 2022)\n- Award (Dec 2022)\n",
                                  headless=True)  # fmt: skip
    assert page.found_news is True
    assert dates(events) == [
        ("Talk at MIT", D(2022, 11, 18), D(2022, 11, 18)),
        ("Award", D(2022, 12, 1), D(2022, 12, 31)),
    ]
    assert problems == []


def test_a_headless_page_reports_lost_entries_from_its_first_line():
    _, events, problems = read(f"- First (Feb 1, 2020)\n\n{HIDDEN}", headless=True)
    assert [e.title for e in events] == ["First"]
    assert [(line, code) for line, code, _ in problems] == [(1, "lost")]
    assert "shows 7 list entries but only 1 were read" in problems[0][2]


def test_lost_entries_are_counted_from_the_news_heading():
    _, events, problems = read(f"Intro.\n\n## News\n- First (Feb 1, 2020)\n\n{HIDDEN}")
    assert [e.title for e in events] == ["First"]
    assert [(line, code) for line, code, _ in problems] == [(3, "lost")]
    assert "shows 7 list entries but only 1 were read" in problems[0][2]


def test_a_page_without_news_says_so_and_nothing_about_its_lists():
    _, events, problems = read(f"## Teaching\n\n{ENTRIES}\n{HIDDEN}")
    assert events == []
    assert [(line, code) for line, code, _ in problems] == [(None, "no-news")]
