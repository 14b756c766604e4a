"""Where the news section is and what it holds (feeds/parse/sections.py), session 21: a
page in, the items (date, title, section) and the warnings out.

Written for the mutants session 21's run of the ``Collector`` methods (all changed since
the first run of ``sections.py``) and its open survivors left alive (issue 14;
bench/mutation_parse.md, "Session 21: mutate12c"); every expectation is written here
from the page's text.
"""

from __future__ import annotations

from pathlib import Path

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def read(page: str, name: str = "home.md", **options):
    reporter = Reporter(quiet=True)
    _, events = parse_page(
        Path(name), site_root="https://example.org/", reporter=reporter, text=page, **options
    )
    problems = [(p.line, p.code) for p in reporter.problems]
    return events, problems


def shown(events) -> list[tuple[str | None, str, str]]:
    """(first day, title, section) of each item."""
    return [(e.span.start.isoformat() if e.span else None, e.title, e.section) for e in events]


def test_html_list_entries_inside_one_paragraph_are_lost_entries():
    """Six ``<li>`` on the one line of a Markdown paragraph are one item: five entries
    lost, which the reader is told (``finish`` 18, 20, 21: the bound that counts ``<li``
    as entries, a section of fewer lines than ``<li``)."""
    entries = "".join(
        f"<li>{what}</li>"
        for what in ("Paper at ICML", "Talk at MIT", "Award", "Visit to Yale", "Joined", "Moved")
    )
    events, problems = read(f"## News\nMay 2024: this month <ul>{entries}</ul>\n\n## Teaching\n")
    assert len(events) == 1 and events[0].span.start.isoformat() == "2024-05-01"
    assert problems == [(2, "lost")]  # the line of the <li> not read


def test_items_under_a_heading_saying_news_is_to_come_are_reported_on_the_page():
    """``add`` 3: the warning for an item left out under "Coming soon" named no page."""
    reporter = Reporter(quiet=True)
    _, events = parse_page(
        Path("home.md"),
        site_root="https://example.org/",
        reporter=reporter,
        text="## News\n### Coming soon\n- A talk at MIT (Nov 2022)\n### 2022\n- Award (Dec 2022)\n",
    )
    assert [e.title for e in events] == ["Award"]
    assert [(p.source, p.line, p.code, p.severity) for p in reporter.problems] == [
        ("home.md", 3, "placeholder", "warning")
    ]
    assert "'Coming soon' (line 2)" in reporter.problems[0].message


NEWS = "<ul><li>Two papers accepted to ExConf (May 2026).</li></ul>"
PUBLICATIONS = (
    '<div class="title">Publications</div><ul><li>A. Author. Sand. J. Ex., 2025.</li></ul>'
)


def test_the_styled_title_after_a_styled_news_title_ends_the_news():
    """A page with no news ``<h*>``: ``<div class="title">News</div>`` opens the news
    and the next styled title ends it, also after a year ``<h3>`` inside the news (the
    bug session 21 fixed: the ``<h3>`` made the next styled title no end, and the
    publication was published as news of 2025; ``html`` 29 read it right)."""
    for year in ("", "<h3>2026</h3>\n"):
        page = (
            f'<html><body>\n<div id="news"><div class="title">News</div>\n{year}{NEWS}</div>\n'
            f"{PUBLICATIONS}\n</body></html>\n"
        )
        events, _ = read(page, "index.html")
        assert shown(events) == [("2026-05-01", "Two papers accepted to ExConf", "news")]


def test_a_day_in_prose_under_an_html_month_heading_is_its_date():
    """``html`` 39-41: the prose under ``<h4>May 2024</h4>`` is dated from above, so the
    day it ends with is its date, not the heading's month."""
    events, _ = read(
        "<html><body>\n<h2>News</h2>\n<h4>May 2024</h4>\n"
        "<p>Gave a talk at MIT on the widget (May 5)</p>\n</body></html>\n",
        "index.html",
    )
    assert [(e.span.start.isoformat(), e.span.end.isoformat(), e.title) for e in events] == [
        ("2024-05-05", "2024-05-05", "Gave a talk at MIT on the widget")
    ]


def test_a_bullet_with_words_over_a_fold_and_the_bullets_after_it():
    """``_list_items`` 32-36, 39-43, 47: a Markdown bullet whose words stand over a
    ``<details>`` fold is an item at its line (undated, it takes the heading's year), the
    fold's entries are items, and the bullets after it are still read."""
    events, _ = read(
        "## News\n### 2022\n- Talk at Yale\n"
        "  <details><summary>Earlier</summary><ul><li>Nov 2021: Gave a talk at MIT</li></ul>"
        "</details>\n- Joined the widget lab (Dec 2022)\n"
    )
    assert [(e.line, e.span.start.isoformat(), e.span.precision.value, e.title)
            for e in events] == [
        (3, "2022-01-01", "year", "Talk at Yale"),
        (4, "2021-11-01", "month", "Gave a talk at MIT"),
        (5, "2022-12-01", "month", "Joined the widget lab"),
    ]  # fmt: skip


def test_a_bold_year_over_a_numbered_list_is_a_group_of_that_year():
    """``_list_items`` 57, 58 (a numbered sub-list no group), 72 (``**`` left around the
    year, which then gave none): the entries under ``- **2021**`` are of 2021, under a
    ``### 2022`` heading."""
    events, _ = read(
        "## News\n### 2022\n- **2021**\n  1. Talk at MIT (Nov 18)\n  2. Visit to Yale\n"
        "- Award (Dec 2022)\n"
    )
    assert [(e.line, e.span.start.isoformat(), e.span.precision.value, e.title)
            for e in events] == [
        (4, "2021-11-18", "day", "Talk at MIT"),
        (5, "2021-01-01", "year", "Visit to Yale"),
        (6, "2022-12-01", "month", "Award"),
    ]  # fmt: skip


def test_which_list_heads_make_a_group():
    """``_list_items`` 77, 78: a date of five words (``18 de noviembre de 2021``) heads a
    group of its year and month (:mod:`feeds.parse.list_groups`); 82, 86: five words with
    no date are an item, its sub-list part of it; 83, 84: a head with a parenthesis is an
    item, not a group; 84, 85: four words without one head a group."""
    events, _ = read(
        "## News\n### 2022\n- 18 de noviembre de 2021\n  - Charla en el MIT\n"
        "- Our lab had great news\n  - Talk at Yale (Nov 18)\n"
        "- Talks (invited)\n  - Seminar at Penn (Oct 3)\n"
        "- Talks at other places\n  - Talk at Brown (Oct 5)\n  - Talk at Rice (Oct 7)\n"
    )
    assert [(e.line, e.span.start.isoformat(), e.span.precision.value, e.title)
            for e in events] == [
        (4, "2021-11-01", "month", "Charla en el MIT"),
        (5, "2022-11-18", "day", "Our lab had great news"),
        (7, "2022-10-03", "day", "Talks (invited)"),
        (10, "2022-10-05", "day", "Talk at Brown"),
        (11, "2022-10-07", "day", "Talk at Rice"),
    ]  # fmt: skip


def test_a_month_heading_without_a_year_above_is_a_subsection():
    """``heading`` 17, 19: ``### March`` with no year heading above gives no month (there
    is no year to put it in); it names a subsection, as any other subheading does."""
    events, _ = read("## News\n### March\n- Talk at MIT (Nov 18, 2022)\n- Visit to Yale\n")
    assert shown(events) == [
        ("2022-11-18", "Talk at MIT", "march"),
        (None, "Visit to Yale", "march"),
    ]


def test_a_heading_opening_with_a_date_and_a_sentence_is_an_item():
    """``tokens`` 80 (heading items read only in an archive): ``### Jun 2024 - New
    preprint …`` in the news section is an item, not a subsection."""
    events, _ = read(
        "## News\n### Jun 2024 - New preprint on widget sorting\n- Talk at MIT (May 2024)\n"
    )
    assert shown(events) == [
        ("2024-06-01", "New preprint on widget sorting", "news"),
        ("2024-05-01", "Talk at MIT", "news"),
    ]
