"""What a script shows in a news list until it fills it (feeds/parse/placeholders.py):
never an item, and a warning says why. A page in, its items and warnings out; the text
bounds through ``is_placeholder`` itself.

Written for the mutants a mutation run of ``placeholders.py`` left alive (issue 14);
the expectations are written here from the entries.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page
from feeds.parse.placeholders import is_placeholder, is_to_come


def read(entry: str) -> tuple[list[str], list[tuple[int | None, str, str]]]:
    """(titles, warnings as (line, message, code)) of a news list whose second entry is
    ``entry``."""
    text = f"# Ada\n\n## News\n\n- Jun 2025: Gave a talk.\n- {entry}\n"
    reporter = Reporter(quiet=True)
    _, events = parse_page(
        Path("index.md"), site_root="https://me.example.org/", reporter=reporter, text=text
    )
    warnings = [(p.line, p.message, p.code) for p in reporter.warnings]
    return [e.title for e in events], warnings


@pytest.mark.parametrize("entry", ["Loading…", "LOADING NEWS...", "🔄 Fetching the news …"])
def test_a_placeholder_is_left_out_with_a_warning(entry):
    assert read(entry) == (
        ["Gave a talk"],
        [
            (
                6,
                f"{entry!r} is a placeholder a script replaces when the page loads, not news; "
                "left out (the news it loads is read only from a file of the site)",
                "placeholder",
            )
        ],
    )


def test_news_that_opens_like_a_placeholder_is_news():
    assert read("Loading robots onto the truck (May 2025)") == (
        ["Gave a talk", "Loading robots onto the truck"],
        [],
    )


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [
        # at most 200 characters, dots included (the dots are cut before the words count)
        ("Loading" + "." * 193, True),
        ("Loading" + "." * 194, False),
        # at most 60 characters of words
        ("Please enable JavaScript to view the current news-and-events", True),
        ("Please enable JavaScript to view the upcoming news-and-events", False),
        ("  Loading news...  ", True),
        ("Loading news and the talks of this year", False),
    ],
)
def test_the_length_of_a_placeholder(text, placeholder):
    assert is_placeholder(text) is placeholder


# What says news is still to come (``is_to_come``, session 20): never an item either, with
# a warning of its own.
@pytest.mark.parametrize("entry", ["TBA", "Coming soon!", "待补充", "🚧 Under construction..."])
def test_an_entry_saying_news_is_to_come_is_left_out_with_a_warning(entry):
    assert read(entry) == (
        ["Gave a talk"],
        [(6, f"{entry!r} says news is still to come, not news; left out", "placeholder")],
    )


def test_what_a_to_come_heading_of_the_news_holds_is_left_out():
    text = (
        "# Ada\n\n## News\n\n- Jun 2025: Gave a talk.\n\n"
        "### Coming soon\n\n- Our new robot (Jul 2025)\n\n### Talks\n\n- Aug 2025: Talk at MIT\n"
    )
    reporter = Reporter(quiet=True)
    _, events = parse_page(
        Path("index.md"), site_root="https://me.example.org/", reporter=reporter, text=text
    )
    assert [(e.title, e.span.start_iso) for e in events] == [
        ("Gave a talk", "2025-06"),
        ("Talk at MIT", "2025-08"),
    ]
    assert [(p.line, p.message, p.code) for p in reporter.warnings] == [
        (
            9,
            "under the heading 'Coming soon' (line 7), which says news is still to come: "
            "not news; left out",
            "placeholder",
        )
    ]


@pytest.mark.parametrize(
    ("text", "to_come"),
    [
        # at most 200 characters, dots included
        ("TBA" + "." * 197, True),
        ("TBA" + "." * 198, False),
        # at most 60 characters once the edges are cut
        ("to" + " " * 46 + "be announced", True),
        ("to" + " " * 47 + "be announced", False),
        ("  Stay tuned!  ", True),
        ("TBA: talks of this year", False),
    ],
)
def test_the_length_of_what_says_news_is_to_come(text, to_come):
    assert is_to_come(text) is to_come
