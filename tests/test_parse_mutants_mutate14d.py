"""News pages read into items (feeds/parse/): the page in, each item's title, date and
line out, written here from the page.

Written for the mutants a mutation run of session 23 (issue 14, mutate14d) left alive in
the functions fix14-left changed; see bench/mutation_parse.md, "Session 23: mutate14d".
"""

from __future__ import annotations

from pathlib import Path

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def read(text: str, name: str = "home.html"):
    reporter = Reporter(quiet=True)
    page, events = parse_page(Path(name), reporter=reporter, text=text)
    found = [(e.title, e.span.start_iso if e.span else None, e.line) for e in events]
    return page, found, [(p.line, p.code) for p in reporter.problems]


def test_a_layout_table_in_a_year_groups_fold_keeps_the_groups_year():
    """``html_items._Walker.table`` 19: a layout table (its cells hold lists) folded under
    an entry of a ``2021`` group: the cells' entries are dated in 2021."""
    page = (
        "<html><body>\n<h2>News</h2>\n<ul>\n<li>2021\n<ul>\n<li><details><summary>More"
        "</summary>\n<table>\n<tr><td><ul>\n<li>Mar 3: Gave a talk at MIT</li>\n</ul></td>"
        "<td><ul>\n<li>Feb 9: Joined the lab</li>\n</ul></td></tr>\n</table>\n</details>"
        "</li>\n</ul>\n</li>\n</ul>\n</body></html>\n"
    )
    found = [(title, date) for title, date, _ in read(page)[1]]
    assert found == [("Gave a talk at MIT", "2021-03-03"), ("Joined the lab", "2021-02-09")]
