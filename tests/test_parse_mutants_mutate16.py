"""A year group's items keep the group's year, and so stay out of the yearless pass's
reading of the items after the group (feeds/parse/html_items.py ``_Walker.block``): the
page in, each item's title, date and line out, written here from the page.

Written for the mutants of ``block`` a mutation run of the merged code of session 24 left
alive (issue 14; bench/mutation_parse.md, "Session 24: the merged code"): session 22's tests
of these lines have a heading item in the fold, which dates the fold's yearless entries
even when the group's year is lost.
"""

from __future__ import annotations

from pathlib import Path

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def items(body: str) -> tuple[list[tuple[str, str | None, int]], list[tuple[int, str]]]:
    reporter = Reporter(quiet=True)
    text = f"<html><body>\n<h2>News</h2>\n{body}\n</body></html>\n"
    _, events = parse_page(Path("home.html"), reporter=reporter, text=text)
    found = [(e.title, e.span.start_iso if e.span else None, e.line) for e in events]
    return found, [(p.line, p.code) for p in reporter.problems]


def test_a_fold_in_a_year_group_dates_its_yearless_days_in_the_groups_year():
    # "Apr 2" in the 2024 group's fold is a day of 2024, not of 2023 (the dated item below
    # the group, which would date it if the fold lost the group's year)
    body = """\
<ul>
<li>2024
<ul>
<li>Jun 3: Visit to Yale</li>
<details><summary>More</summary>
<ul><li>Apr 2: Talk at MIT</li></ul>
</details>
</ul>
</li>
<li>Jan 2023: Joined the lab</li>
</ul>"""
    assert items(body) == (
        [
            ("Visit to Yale", "2024-06-03", 6),
            ("Talk at MIT", "2024-04-02", 8),
            ("Joined the lab", "2023-01", 12),
        ],
        [],
    )


HEADED_FOLD = """\
<ul>
<li>2024
<ul>
<li>Jun 3: Visit to Yale<details><summary>More</summary>
{entry}
<ul><li>Feb 2: Moved to Boston</li></ul>
</details></li>
</ul>
</li>
<li>Mar 5: Talk at MIT</li>
<li>Jan 2023: Joined the lab</li>
</ul>"""


def test_a_heading_item_in_a_year_groups_fold_is_of_the_group_not_a_neighbour_after_it():
    # "Mar 5", after the 2024 group, is not of 2024: the nearest item dated outside a group
    # is "Jan 2023" below it (a list newest first: March 2023); the group's heading item
    # "Apr 2024 - …" is the group's, no neighbour of the items after the group
    found = items(HEADED_FOLD.format(entry="<h4>Apr 2024 - Keynote at CMU</h4>"))
    assert found == (
        [
            ("Visit to Yale", "2024-06-03", 6),
            ("Keynote at CMU", "2024-04", 7),
            ("Moved to Boston", "2024-02-02", 8),
            ("Talk at MIT", "2023-03-05", 12),
            ("Joined the lab", "2023-01", 13),
        ],
        [],
    )


def test_a_meta_card_in_a_year_groups_fold_is_of_the_group_not_a_neighbour_after_it():
    meta = (
        '<div><div class="meta"><span>Apr 2024</span><span class="tag">Talk</span></div>'
        "<p>Keynote at CMU</p></div>"
    )
    assert items(HEADED_FOLD.format(entry=meta)) == (
        [
            ("Visit to Yale", "2024-06-03", 6),
            ("Keynote at CMU", "2024-04", 7),
            ("Moved to Boston", "2024-02-02", 8),
            ("Talk at MIT", "2023-03-05", 12),
            ("Joined the lab", "2023-01", 13),
        ],
        [],
    )
