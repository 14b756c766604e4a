"""An HTML paragraph of the news section whose date ends it, ``<p>Gave a talk at X (Feb
4, 2020)</p>`` (issue 8, found by the mutation rounds): one item, as the same paragraph
written in Markdown is, in an ``.html`` page and in an HTML block between Markdown lists.
A paragraph with no date, or a sentence ending with one ("last modified on May 3, 2024."),
stays no item.

Written in our own words; every expectation is written here from the input.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

PAGES = {
    "an HTML page of paragraphs": (
        "index.html",
        """<html><body><h2>News</h2>
<p>Some of what happened lately:</p>
<p>Gave a talk at the <a href="https://example.org/gear">Gear Lab</a> (Feb 4, 2020)</p>
<p>Our paper on cogs was accepted at COGS 2020 (Mar 2, 2020).</p>
<p>This page was last modified on May 3, 2024.</p>
<p>Joined the Widget Lab as a postdoc (January 2020).</p>
</body></html>
""",
        [
            ("Gave a talk at the Gear Lab", "2020-02-04", "day", "talk"),
            ("Our paper on cogs was accepted at COGS 2020", "2020-03-02", "day", "paper"),
            ("Joined the Widget Lab as a postdoc", "2020-01", "month", "position"),
        ],
    ),
    "an HTML paragraph between Markdown lists": (
        "index.md",
        """## News
- **Mar 2024** Our paper on cogs was accepted.

<p>Gave a talk at the Gear Lab (Feb 4, 2020)</p>

- **Jan 2020** Joined the Widget Lab.
""",
        [
            ("Our paper on cogs was accepted", "2024-03", "month", "paper"),
            ("Gave a talk at the Gear Lab", "2020-02-04", "day", "talk"),
            ("Joined the Widget Lab", "2020-01", "month", "position"),
        ],
    ),
}


@pytest.mark.parametrize("name", PAGES)
def test_a_paragraph_ending_with_its_date_is_an_item(name):
    file, text, expected = PAGES[name]
    _, events = parse_page(
        Path(file), text=text, reporter=Reporter(quiet=True), site_root="https://x.org/"
    )
    got = [
        (e.title, e.span.start_iso if e.span else None, e.span.precision.value if e.span else None,
         e.type)
        for e in events
    ]  # fmt: skip
    assert got == expected
