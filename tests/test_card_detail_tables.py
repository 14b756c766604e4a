"""A news card whose body holds a small table of details without a date (links to code and
slides, a grant's amount) is still one card: one item, its heading or paragraph the title
as without the table, the paragraph the item's text, each row of the table a line after it
(issue 8, a form left by an earlier session: the box was read otherwise and the paragraph
was lost, the whole card with it for the meta-line and subtitle cards). A table with a
date in a cell is rows of news, as before. Pages in our own words, built into a temporary
folder and read back from ``feed.json`` with ``json`` and ``feeds list --json``.
"""

from __future__ import annotations

import json

import pytest

from .cli_run import feeds

DETAILS = (
    "<table><tr><th>Code</th><th>Slides</th></tr>"
    '<tr><td><a href="https://example.org/loom-code">loom-code</a></td><td>pdf</td></tr></table>'
)

# (a card of each layout holding the details table, a card of the same layout without one
# after it; expected: the two items' title, start, type, and the words the first one's text
# must show)
CARDS = [
    (  # a heading, a line that is only a date, a paragraph
        '<div class="card"><h3>Talk at the Loom Society</h3><p>May 2024</p>'
        f"<p>I spoke on card readers at the Loom Society.</p>{DETAILS}</div>",
        '<div class="card"><h3>Talk at the Guild</h3><p>Feb 2024</p><p>On felt.</p></div>',
        [("Talk at the Loom Society", "2024-05", "talk"), ("Talk at the Guild", "2024-02", "talk")],
        ["I spoke on card readers", "loom-code"],
    ),
    (  # a meta line of a date and a tag, then the paragraph
        '<div class="post"><div class="meta"><span>2025-03</span><span class="tag">Paper'
        "</span></div><p>Our paper on looms was accepted at ICML.</p>"
        f"{DETAILS}</div>",
        '<div class="post"><div class="meta"><span>2025-01</span><span class="tag">Paper'
        "</span></div><p>Our paper on felt was accepted at ICLR.</p></div>",
        [
            ("Our paper on looms was accepted at ICML", "2025-03", "paper"),
            ("Our paper on felt was accepted at ICLR", "2025-01", "paper"),
        ],
        ["loom-code"],
    ),
    (  # a title, a subtitle of words and a date, a body
        '<div class="card"><div class="card-body"><h4 class="card-title">New grant!</h4>'
        '<div class="card-subtitle">Loom Foundation <span class="middot-divider"></span>'
        " Mar 2025</div><p>We received a grant to study looms.</p>"
        "<table><tr><td>Amount</td><td>10,000</td></tr></table></div></div>",
        '<div class="card"><div class="card-body"><h4 class="card-title">Best poster!</h4>'
        '<div class="card-subtitle">Felt Days <span class="middot-divider"></span>'
        " Jan 2025</div><p>Our poster on felt won.</p></div></div>",
        [
            ("New grant! Loom Foundation", "2025-03", "award"),
            ("Best poster! Felt Days", "2025-01", "award"),
        ],
        ["We received a grant to study looms", "Amount"],
    ),
    (  # the table inside a wrapper of the body
        '<div class="card"><h3>Talk at the Mill</h3><p>Apr 2024</p>'
        f'<p>I spoke on wool at the Mill.</p><div class="links">{DETAILS}</div></div>',
        '<div class="card"><h3>Talk at the Guild</h3><p>Feb 2024</p><p>On felt.</p></div>',
        [("Talk at the Mill", "2024-04", "talk"), ("Talk at the Guild", "2024-02", "talk")],
        ["I spoke on wool at the Mill", "loom-code"],
    ),
]
LAYOUTS = ["heading", "meta", "subtitle", "wrapped"]


def _page(tmp_path, boxes: str):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(
        f'<html><body><h1>Ada</h1><h2>News</h2><div class="news">{boxes}</div>'
        "<h2>Teaching</h2><p>None.</p></body></html>\n",
        encoding="utf-8",
    )
    return site / "index.html"


def _feed(tmp_path, page) -> list[dict]:
    out = tmp_path / "out"
    ran = feeds(
        "build", "--content", str(page), "--out", str(out), "--now", "2026-11-27",
        "--site-url", "https://ada.example.org/",
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    return json.loads((out / "feed.json").read_text(encoding="utf-8"))["items"]


@pytest.mark.parametrize(("card", "neighbour", "expected", "words"), CARDS, ids=LAYOUTS)
def test_a_card_with_a_table_of_details_is_one_item(tmp_path, card, neighbour, expected, words):
    page = _page(tmp_path, card + neighbour)
    ran = feeds("list", "--json", "--now", "2026-11-27", "--content", str(page))
    assert ran.returncode == 0, ran.stderr
    listed = json.loads(ran.stdout)
    assert [(i["title"], i["start"], i["type"]) for i in listed] == expected
    (item, _) = _feed(tmp_path, page)
    for said in words:
        assert said in item["content_html"], said


def test_a_table_with_dates_in_a_card_is_rows_of_news(tmp_path):
    card = (
        '<div class="card"><h3>Talks</h3><p>2024</p><p>Where I spoke this year.</p>'
        "<table><tr><td>May 2024</td><td>Talk at the Loom Society</td></tr>"
        "<tr><td>Jun 2024</td><td>Talk at the Mill</td></tr></table></div>"
    )
    ran = feeds("list", "--json", "--now", "2026-11-27", "--content", str(_page(tmp_path, card)))
    assert ran.returncode == 0, ran.stderr
    listed = json.loads(ran.stdout)
    assert [(i["title"], i["start"]) for i in listed] == [
        ("Talk at the Loom Society", "2024-05"),
        ("Talk at the Mill", "2024-06"),
    ]
