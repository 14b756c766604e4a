"""A meta-line box whose body holds, after an opening paragraph, the news itself: a table or
a term list of dated rows, dated headings (bare or each in its own block), a list under a
topic entry, text loose in a list, a list of cards. Each row, heading, entry or card is an
item with its own date (what a reader sees: a year box over its news), never one item of
the box (mutation testing, `feeds/parse/html_card_lists.py`: its refusals were unchecked).
The page in; each item's date, title and paragraph texts (lxml) out, written here.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

YEAR = '<div class="meta"><span>2024</span></div>'


def _items(body: str) -> list[tuple[str | None, str, list[str]]]:
    """(start, title, paragraph texts) of each item of a page whose news is one box."""
    page = (
        "<html><body>\n<h2>News</h2>\n"
        f'<div class="news-item">{YEAR}<p>Our year:</p>{body}</div>\n'
        "<h2>Teaching</h2>\n<p>A course.</p>\n</body></html>\n"
    )
    _, events = parse_page(
        Path("index.html"), site_root="https://me.example.org/", reporter=Reporter(quiet=True),
        text=page,
    )  # fmt: skip
    found = []
    for event in events:
        tree = lxml.html.fragment_fromstring(event.html, create_parent="div")
        texts = [p.text_content().strip() for p in tree.iter("p")]
        found.append((event.span.start_iso if event.span else None, event.title, texts))
    return found


MIT = ("2024-03", "Talk at MIT")
GEARS = ("2024-02", "Paper on gears accepted")
CASES = {
    "a table of dated rows": (
        "<table><tr><td>Mar 2024</td><td>Talk at MIT.</td></tr>"
        "<tr><td>Feb 2024</td><td>Paper on gears accepted.</td></tr></table>",
        [(*MIT, ["Mar 2024 Talk at MIT."]), (*GEARS, ["Feb 2024 Paper on gears accepted."])],
    ),
    "a term list of dated terms": (
        "<dl><dt>Mar 2024</dt><dd>Talk at MIT.</dd>"
        "<dt>Feb 2024</dt><dd>Paper on gears accepted.</dd></dl>",
        [(*MIT, ["Mar 2024 Talk at MIT."]), (*GEARS, ["Feb 2024 Paper on gears accepted."])],
    ),
    "dated headings, each over its news": (
        "<h4>March 2024</h4><p>Talk at MIT.</p><h4>February 2024</h4>"
        "<p>Paper on gears accepted.</p>",
        [
            (*MIT, ["March 2024 Talk at MIT."]),
            (*GEARS, ["February 2024 Paper on gears accepted."]),
        ],
    ),
    "dated headings, each in its own block": (
        "<div><h4>March 2024</h4><p>Talk at MIT.</p></div>"
        "<div><h4>February 2024</h4><p>Paper on gears accepted.</p></div>",
        [
            (*MIT, ["March 2024 Talk at MIT."]),
            (*GEARS, ["February 2024 Paper on gears accepted."]),
        ],
    ),
    "a topic entry over a list of dated entries": (
        "<ul><li>Talks<ul><li>Mar 2024: talk at MIT.</li>"
        "<li>Feb 2024: talk at CMU.</li></ul></li></ul>",
        [
            (*MIT, ["Mar 2024: talk at MIT."]),
            ("2024-02", "Talk at CMU", ["Feb 2024: talk at CMU."]),
        ],
    ),
    "text loose in a list, lines of dated news": (
        "<ul>Mar 2024: talk at MIT.<br>Feb 2024: paper on gears accepted.</ul>",
        [
            (*MIT, ["Mar 2024: talk at MIT."]),
            (*GEARS, ["Feb 2024: paper on gears accepted."]),
        ],
    ),
    "a dated table inside a list entry": (
        "<ul><li><table><tr><td>Mar 2024</td><td>Talk at MIT.</td></tr></table></li></ul>",
        [(*MIT, ["Mar 2024 Talk at MIT."])],
    ),
}


@pytest.mark.parametrize(("body", "items"), CASES.values(), ids=CASES.keys())
def test_the_news_inside_a_year_box_are_its_items(body, items):
    assert _items(body) == items


def test_a_list_of_cards_inside_a_year_box_is_one_item_a_card():
    body = (
        "<ul><li><h5>Talk at MIT</h5><time>Mar 2024</time></li>"
        "<li><h5>Paper on gears accepted</h5><time>Feb 2024</time></li></ul>"
    )
    found = _items(body)
    assert [start for start, _, _ in found] == ["2024-03", "2024-02"]
    titles = [title for _, title, _ in found]
    assert [
        title.startswith(words) for title, words in zip(titles, [MIT[1], GEARS[1]], strict=True)
    ] == [True, True]
    assert all("Our year" not in " ".join(texts) for _, _, texts in found)
