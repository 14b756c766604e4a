"""A raw HTML paragraph of a Markdown page that a blank line splits in the source
(``<p><b>Talk</b> at MIT,`` + blank line + ``Boston (Nov 2022)</p>``) is one paragraph
in the browser (kramdown keeps the element whole), so one item: the whole ``<p>``, not
only its last part (issue 8, a form noticed and left by an earlier session). Text
written between block elements (``<div>`` + blank line + text) is still a paragraph
of its own, as before. Pages in our own words, read back from ``feeds list --json``
with ``json``.
"""

from __future__ import annotations

import json

import pytest

from .cli_run import feeds

# (the news section's HTML, the items expected: title, start, type)
SPLIT = [
    (  # the form noticed: a bold label, a blank line inside the <p>
        "<p><b>Talk</b> at MIT,\n\nBoston (Nov 2022)</p>",
        [("MIT, Boston", "2022-11", "talk")],
    ),
    (  # the date alone after the blank line
        "<p>Our paper on robot hands was accepted at ICML\n\n(Nov 2022)</p>",
        [("Our paper on robot hands was accepted at ICML", "2022-11", "paper")],
    ),
    (  # the date first: the words after the blank lines stay in the title
        "<p>Nov 2022: Gave a talk at MIT,\n\nBoston,\n\nUSA</p>\n"
        "<p>Dec 2022: Paper accepted at ICML</p>",
        [
            ("Gave a talk at MIT, Boston, USA", "2022-11", "talk"),
            ("Paper accepted at ICML", "2022-12", "paper"),
        ],
    ),
    (  # the blank line inside a bold run of the paragraph
        "<p><b>Invited talk at MIT,\n\nBoston</b> (Nov 2022)</p>",
        [("Invited talk at MIT, Boston", "2022-11", "talk")],
    ),
    (  # two split paragraphs, one after the other
        "<p>Talk at the Loom Society,\n\nLyon (Oct 2022)</p>\n\n"
        "<p>Paper on looms accepted,\n\nat ICML (Sep 2022)</p>",
        [
            ("Talk at the Loom Society, Lyon", "2022-10", "talk"),
            ("Paper on looms accepted, at ICML", "2022-09", "paper"),
        ],
    ),
    (  # a list item split so already read whole: unchanged
        "<ul>\n<li>Talk at MIT,\n\nBoston (Nov 2022)</li>\n"
        "<li>Paper at ICML (Oct 2022)</li>\n</ul>",
        [("Talk at MIT, Boston", "2022-11", "talk"), ("Paper at ICML", "2022-10", "paper")],
    ),
    (  # a <p> never closed: the paragraphs after it are their own, as before
        "<p>What we did lately\n\nNov 2022: Talk on looms at MIT\n\n"
        "Dec 2022: Paper on looms at ICML",
        [
            ("Talk on looms at MIT", "2022-11", "talk"),
            ("Paper on looms at ICML", "2022-12", "paper"),
        ],
    ),
    (  # a <p> never closed, then another <p> that is: the same
        "<p>What we did lately\n\nNov 2022: Talk on looms at MIT\n\n"
        "<p>Dec 2022: Paper on looms at ICML</p>",
        [
            ("Talk on looms at MIT", "2022-11", "talk"),
            ("Paper on looms at ICML", "2022-12", "paper"),
        ],
    ),
    (  # text between the blank lines of a <div> box: a paragraph each, as before
        "<div>\n\nPaper on looms at ICML (Nov 2022)\n\nTalk on looms at MIT (Dec 2022)\n\n</div>",
        [
            ("Paper on looms at ICML", "2022-11", "paper"),
            ("Talk on looms at MIT", "2022-12", "talk"),
        ],
    ),
]


@pytest.mark.parametrize(("html", "expected"), SPLIT, ids=[str(k) for k in range(len(SPLIT))])
def test_a_blank_line_inside_an_html_paragraph_keeps_it_one_item(tmp_path, html, expected):
    page = tmp_path / "index.md"
    page.write_text(f"# Ada\n\n## News\n\n{html}\n\n## Teaching\n\nNone.\n", encoding="utf-8")
    ran = feeds("list", "--json", "--now", "2026-11-27", "--content", str(page))
    assert ran.returncode == 0, ran.stderr
    listed = json.loads(ran.stdout)
    assert [(i["title"], i["start"], i["type"]) for i in listed] == expected
