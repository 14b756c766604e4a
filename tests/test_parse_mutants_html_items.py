"""A hand-written ``.html`` homepage read into items (feeds/parse/html_items.py): the
page in, each item's title, date, line and links out.

Written for the mutants a mutation run of ``html_items.py`` left alive (issue 14); the
expectations are written here from the page.
"""

from __future__ import annotations

from pathlib import Path

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

PAGE = """\
<html><head><title>Home</title></head><body>
<h2>News</h2>
<table>
<thead><tr><th>What</th><th>Date</th></tr></thead>
<tbody>
<tr><td>Best paper award</td><td>Feb 2023</td></tr>
<tr><td>Talk at <a href="/t.html">MIT</a></td><td>Oct 2022</td></tr>
</tbody>
<tfoot><tr><td>Keynote at ICML</td><td>Jul 2022</td></tr></tfoot>
</table>
<dl>
<dt>Jun 2022</dt><dd>Joined the lab</dd><br><dd>as a postdoc</dd>
<dt>May 2022</dt><dd>Defended</dd><p>x</p><dd>not this</dd>
</dl>
<div class="card"><h4>Poster at NeurIPS</h4><span>Dec 2021</span><p>With friends</p></div>
<ul>
<li>2021<ul><li>Talk at Yale (Mar 3)</li></ul></li>
<li><a href="#" onclick="more()">Show more</a></li>
</ul>
<p>Nov 2021 Visited CMU<br>Oct 2021 Visited Rice<br>with a talk</p>
</body></html>
"""


def test_every_form_of_an_html_page():
    reporter = Reporter(quiet=True)
    page, events = parse_page(
        Path("home.html"), site_root="https://example.org/", reporter=reporter, text=PAGE
    )
    assert page.title == "Home"
    assert [(e.title, e.span.start_iso, e.line) for e in events] == [
        # table rows: the "Date" column of the header, in head, body and foot
        ("Best paper award", "2023-02", 6),
        ("Talk at MIT", "2022-10", 7),
        ("Keynote at ICML", "2022-07", 9),
        # a term and its descriptions, over a <br>, up to the next other element
        ("Joined the lab as a postdoc", "2022-06", 12),
        ("Defended", "2022-05", 13),
        # a card: a minor heading and a line that is only a date
        ("Poster at NeurIPS", "2021-12", 15),
        # a year group; the "Show more" toggle is no item
        ("Talk at Yale", "2021-03-03", 17),
        # <br> lines that open with dates; an undated line continues the one above
        ("Visited CMU", "2021-11", 20),
        ("Visited Rice with a talk", "2021-10", 20),
    ]
    assert [x.url for x in events[1].links] == ["https://example.org/t.html"]
    assert events[5].text == "Dec 2021 Poster at NeurIPS"
    assert "<p>With friends</p>" in events[5].html  # the card's description
    assert not any("not this" in e.text or "Show more" in e.text for e in events)


def read(name: str, text: str):
    reporter = Reporter(quiet=True)
    _, events = parse_page(Path(name), site_root="https://example.org/", reporter=reporter,
                           text=text)  # fmt: skip
    items = [(e.title, e.span.start_iso if e.span else None, e.line) for e in events]
    return items, [(p.line, p.severity, p.code) for p in reporter.problems]


def test_raw_html_in_a_markdown_page_holds_markdown():
    assert read("home.md", "## News\n<p>Nov 2021 Visited **CMU**</p>\n") == (
        [("Visited CMU", "2021-11", 2)], [],
    )  # fmt: skip


def test_an_html_news_heading_without_items_is_an_error_at_its_line():
    page = "<p>Hello</p>\n\n<h2>News</h2>\n<p>Nothing yet.</p>\n"
    assert read("home.html", page) == ([], [(3, "error", "no-items")])


def test_a_bold_year_heads_a_group_of_html_items():
    page = (
        "<h2>News</h2>\n<ul>\n<li><b>2021:</b><ul><li>Talk at Yale (Mar 3)</li></ul></li>\n</ul>\n"
    )
    assert read("home.html", page) == ([("Talk at Yale", "2021-03-03", 3)], [])


def test_a_header_row_without_thead_names_the_date_column():
    page = (
        "<h2>News</h2>\n<table>\n<tr><th>Event</th><th>When</th></tr>\n"
        "<tr><td>Talk at MIT</td><td>Oct 2022</td></tr>\n</table>\n"
    )
    assert read("home.html", page) == ([("Talk at MIT", "2022-10", 4)], [])
