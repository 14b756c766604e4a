"""A raw HTML paragraph (or box) whose first line is a bold label and whose next line
opens with a date (``<p><b>Best paper award</b><br>Mar 2026: …</p>``) is one item:
dated by that line, labelled by the bold line, typed by it, as the Markdown form
``**Best paper award**<br>Mar 2026: …`` already was (issue 8, a form noticed and left
by an earlier session). A bold line over several dated lines still heads them (a title,
not a label). Pages in our own words, read back from ``feeds list --json`` with ``json``.
"""

from __future__ import annotations

import json

import pytest

from .cli_run import feeds

# (the news section's HTML, the items expected: title, start, type, kind)
LABELLED = [
    (  # the form noticed
        "<p><b>Best paper award</b><br>Mar 2026: our paper on looms won the best paper award"
        " at KDD</p>",
        [
            (
                "Our paper on looms won the best paper award at KDD",
                "2026-03",
                "award",
                "Best paper award",
            )
        ],
    ),  # fmt: skip
    (  # <strong>, a self-closed <br/>, the line break in the source too
        "<p><strong>Invited talk</strong><br/>\nFeb 2026: spoke at the Loom Society</p>",
        [("Spoke at the Loom Society", "2026-02", "talk", "Invited talk")],
    ),
    (  # in a <div>, a day
        "<div><b>Award</b><br>March 3, 2026: won the Cog Prize</div>",
        [("Won the Cog Prize", "2026-03-03", "award", "Award")],
    ),
    (  # the date alone on the second line, the words on the third
        "<p><b>New paper</b><br>Jan 2026<br>Looms revisited, accepted at ICML</p>",
        [("Looms revisited, accepted at ICML", "2026-01", "paper", "New paper")],
    ),
    (  # two such paragraphs
        "<p><b>Best paper award</b><br>Mar 2026: our loom paper won at KDD</p>\n"
        "<p><b>Talk</b><br>Feb 2026: at the Mill Museum</p>",
        [
            ("Our loom paper won at KDD", "2026-03", "award", "Best paper award"),
            ("Mill Museum", "2026-02", "talk", "Talk"),
        ],
    ),
    (  # a section's name (a plural alone, a word naming no kind of news) labels no item
        "<p><b>Award</b><br>Mar 2026: won the Cog Prize</p>\n"
        "<p><b>Talks</b><br>Feb 2026: at the Mill Museum</p>\n"
        "<p><b>Teaching</b><br>Jan 2026: a course on looms</p>",
        [("Won the Cog Prize", "2026-03", "award", "Award")],
    ),
    (  # a bold line over two dated lines: a title over two items, as before
        "<p><b>Highlights</b><br>Mar 2026: won the Cog Prize<br>Feb 2026: talk at the Mill"
        " Museum</p>",
        [
            ("Won the Cog Prize", "2026-03", "award", None),
            ("Talk at the Mill Museum", "2026-02", "talk", None),
        ],
    ),  # fmt: skip
]


@pytest.mark.parametrize(("html", "expected"), LABELLED, ids=[str(k) for k in range(len(LABELLED))])
def test_a_bold_label_line_over_a_dated_line_is_one_item(tmp_path, html, expected):
    page = tmp_path / "index.md"
    page.write_text(f"# Ada\n\n## News\n\n{html}\n\n## Teaching\n\nNone.\n", encoding="utf-8")
    ran = feeds("list", "--json", "--now", "2026-11-27", "--content", str(page))
    assert ran.returncode == 0, ran.stderr
    listed = json.loads(ran.stdout)
    assert [(i["title"], i["start"], i["type"], i["kind"]) for i in listed] == expected
