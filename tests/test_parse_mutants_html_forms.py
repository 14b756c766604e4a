"""Hand-written ``.html`` news read into items (feeds/parse/html_items.py), form by form:
the page in, each item's title, date and line out (issue 14, session 17).

Written for the mutants a mutation run of ``html_items.py`` left alive: year groups
whose entries are not list items, table header rows and layout tables, definition
lists, boxes that are or are not cards, group heads, ``<br>`` lines, date headings and
the prose under them, "Show more" controls. Every expectation is written here from the
page; see bench/mutation_parse.md.
"""

from __future__ import annotations

from pathlib import Path

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def parse(text: str, name: str = "home.html", headless: bool = False):
    reporter = Reporter(quiet=True)
    page, events = parse_page(
        Path(name), site_root="https://example.org/", reporter=reporter, text=text,
        headless=headless,
    )  # fmt: skip
    return page, events, [(p.line, p.code) for p in reporter.problems]


def items(text: str) -> list[tuple[str, str | None, int]]:
    _, events, _ = parse(text)
    return [(e.title, e.span.start_iso if e.span else None, e.line) for e in events]


def page(body: str) -> str:
    return f"<html><body>\n<h2>News</h2>\n{body}\n</body></html>\n"


# A year group ("2021" with a sub-list) whose list holds other forms than <li>: each is
# read with the group's year. "(Mar 5-7)" after a month is read only with that year.
YEAR_GROUP_TRAILING = page("""\
<ul>
<li>2021
<ul>
<p>Mar 2021: Workshop at CMU (Mar 5-7)</p>
Apr 2021: Workshop at Rice (Apr 5-7)
<div class="card"><h4>Poster at MIT (May 5-7)</h4><span>May 2021</span></div>
<p>Jun 2021: Visit to Penn (Jun 5-7)<br>Jul 2021: Visit to Brown (Jul 5-7)</p>
<table><tr><td><ul><li>Hosted a workshop (Aug 2021)</li></ul></td><td><p>Sep 2021: Visit to MIT (Sep 5-7)</p></td></tr></table>
</ul>
</li>
</ul>""")  # noqa: E501

YEAR_GROUP_YEARLESS = page("""\
<ul>
<li>2021
<ul>
<table><tr><td>Mar 13</td><td>Visited NYU</td></tr></table>
<dl><dt>Mar 15</dt><dd>Visited UCLA</dd></dl>
<p><a href="/t.html">Talk at MIT (May 5)</a></p>
<p><b>Jul 2021</b></p><p><a href="/u.html">Talk at Yale (Jul 5)</a></p>
<p><b>Jun 2021</b></p><p>Workshop at Rice (Jun 5-7)</p>
</ul>
</li>
</ul>""")


def test_a_year_group_dates_every_form_in_its_list():
    assert items(YEAR_GROUP_TRAILING) == [
        # each item's own month is its date; the days, read with the group's year,
        # fall inside it and leave the title
        ("Workshop at CMU", "2021-03", 6),  # a paragraph
        ("Workshop at Rice", "2021-04", 7),  # bare text in the list
        ("Poster at MIT", "2021-05", 8),  # a card
        ("Visit to Penn", "2021-06", 9),  # <br> lines
        ("Visit to Brown", "2021-07", 9),
        ("Hosted a workshop", "2021-08", 10),  # a layout table's cells
        ("Visit to MIT", "2021-09", 10),
    ]


def test_a_year_group_gives_its_year_to_dates_without_one():
    page_, events, problems = parse(YEAR_GROUP_YEARLESS)
    assert [(e.title, e.span.start_iso, e.line) for e in events] == [
        ("Visited NYU", "2021-03-13", 6),  # a table row
        ("Visited UCLA", "2021-03-15", 7),  # a term and its description
        ("Talk at MIT", "2021-05-05", 8),  # a link alone in its paragraph
        ("Talk at Yale", "2021-07-05", 9),  # under a date alone on its line: once
        ("Workshop at Rice", "2021-06-05", 10),
    ]
    assert [x.url for x in events[2].links] == ["https://example.org/t.html"]
    assert problems == [] and page_.archive == []


TABLES = page("""\
<table>
<thead><tr><th>What</th><th>When</th></tr></thead>
<tr><td>2020</td><td>Apr 2021</td></tr>
<tr><td>Visited CMU</td><td></td></tr>
</table>
<table><tr><th>May 2021</th><td>Visit to Yale</td></tr></table>
<table>
<tr><td><ul><li>Talk at Yale (May 3, 2021)</li></ul></td><td><p>Jun 2021: Visit to Penn</p></td></tr>
<tr><td>Jul 2021</td><td>Talk at Rice</td></tr>
</table>
<table><tr><td><table><tr><td>Aug 2021</td><td>Talk at Duke</td></tr>
<tr><td>Jul 2021</td><td>Talk at Brown</td></tr></table></td></tr>
<tr><td>Sep 2021</td><td>Talk at NYU</td></tr></table>""")  # noqa: E501


def test_table_headers_row_headers_and_layout_tables():
    _, events, problems = parse(TABLES)
    assert [(e.title, e.span.start_iso, e.line) for e in events] == [
        # the <thead> names the date column: "2020" is the title, not the date
        ("2020", "2021-04", 5),
        # (a row with no date is no item)
        # a date in a row's <th>
        ("Visit to Yale", "2021-05", 8),
        # a cell holding a list makes a layout table: each cell read as a page part,
        # and the rows after it are read as well
        ("Talk at Yale", "2021-05-03", 10),
        ("Visit to Penn", "2021-06", 10),
        ("Talk at Rice", "2021-07", 11),
        # so does a cell holding a table
        ("Talk at Duke", "2021-08", 13),
        ("Talk at Brown", "2021-07", 14),
        ("Talk at NYU", "2021-09", 15),
    ]
    assert problems == [(6, "undated")]  # the undated row of the first (a news) table: said


DEFINITIONS = page("""\
<dl>
<dt>Award</dt><dd>Best paper at ICML</dd>
<dt>Jun 2021</dt><dd>Joined the lab</dd><hr><dd>as a postdoc</dd>
<dt></dt><dd>Jul 2021 Visited CMU</dd>
<dt>Aug 2021</dt><dd>Talk at MIT</dd><dd>Sep 2021: Visit to Yale</dd>
</dl>
<div><dl><dt>May 2020</dt></dl><p>Talk at Rice.</p></div>
<p>Unrelated text.</p>
<ul><li>Visit to Duke (Jan 20)</li></ul>""")


def test_definition_lists():
    _, events, problems = parse(DEFINITIONS)
    assert [(e.title, e.span.start_iso if e.span else None, e.line) for e in events] == [
        ("Best paper at ICML", None, 4),  # an undated term: published undated
        ("Joined the lab as a postdoc", "2021-06", 5),  # over an <hr>
        ("Visited CMU", "2021-07", 6),  # an empty term
        ("Talk at MIT Sep 2021: Visit to Yale", "2021-08", 7),  # its descriptions, once
        # a term that is only a date heads the prose after it, up to the end of its box
        ("Talk at Rice", "2020-05", 9),
        # the year of that date heading does not reach past its box
        ("Visit to Duke (Jan 20)", None, 11),
    ]
    assert [e.kind for e in events][:3] == ["Award", "News", "News"]
    assert events[2].text == "Jul 2021 Visited CMU"
    assert events[4].text == "May 2020 Talk at Rice."
    assert not any("Unrelated" in e.html for e in events)
    assert problems == [(4, "undated"), (11, "undated")]


CARDS = page("""\
<div class="card"><h4>Poster at NeurIPS</h4><span>Dec 2021</span><ul><li>with Ann</li><li>with Bob</li></ul></div>
<div class="card"><h4>Talk at MIT</h4><span>Nov 2021</span><table><tr><td>slides</td></tr></table></div>
<div class="card"><h4>Talk at CMU</h4><span>Oct 2021</span><dl><dt>venue</dt><dd>Pittsburgh</dd></dl></div>
<div class="card"><h4>Talk at Yale</h4><span>Sep 2021</span><li>recorded</li></div>
<div class="card"><div class="head"><h4>Talk at Rice</h4><p>Aug 2021</p></div></div>
<div class="card"><h4>Talk at Duke</h4><div><p>Jul 2021</p><p>With friends</p></div></div>
<div class="card"><h3>Talk at Penn</h3><span>Jun 2021</span></div>
<p>Apr 2021 Visited Brown</p>
<div class="card"><h2>Prizes</h2><span>May 2021</span></div>""")  # noqa: E501


def test_boxes_that_are_cards_and_boxes_that_are_not():
    _, events, problems = parse(CARDS)
    assert [(e.title, e.span.start_iso if e.span else None, e.line) for e in events] == [
        # a box holding a list, a definition list or a list entry is no card: its
        # entries are the items
        ("With Ann", None, 3),
        ("With Bob", None, 3),
        # a table of details without a date is part of the card (its row a line of it)
        ("Talk at MIT", "2021-11", 4),
        ("Pittsburgh", None, 5),
        ("Recorded", None, 6),
        # cards: the heading and the date line may sit in boxes of their own
        ("Talk at Rice", "2021-08", 7),
        ("Talk at Duke", "2021-07", 8),
        ("Talk at Penn", "2021-06", 9),
        ("Visited Brown", "2021-04", 10),
        # an <h2> in a box is a heading, not a card's title: "Prizes" ends the news
    ]
    assert "<p>With friends</p>" in events[6].html
    assert "slides" in events[2].html
    assert problems == [(3, "undated"), (3, "undated"), (5, "undated"), (6, "undated")]


GROUP_HEADS = page("""\
<ul>
<li>March 5 - April 10, 2021<ul><li>Talk at Yale (Mar 9, 2021)</li><li>Talk at Rice (Apr 9, 2021)</li></ul></li>
<li>Invited talks<ul><li>Talk at MIT (Feb 3, 2021)</li><li>Talk at CMU (Feb 4, 2021)</li></ul></li>
<li>Talks in the winter<ul><li>Talk at Penn (Jan 3, 2021)</li><li>Talk at NYU (Jan 4, 2021)</li></ul></li>
<li>Talks given in the fall<ul>
<li>slides</li>
<li>video</li>
</ul></li>
<li>Keynote at ICML (invited)<ul><li>slides</li><li>video</li></ul></li>
<li>Talk at Duke<br>(Sep 3, 2020)</li>
<li><span onclick="toggle(this)">Talk at Brown (Aug 3, 2020)</span></li>
<li><button>Show all</button></li>
<li><img src="x.png"></li>
</ul>""")  # noqa: E501


def test_which_list_entries_with_a_sub_list_are_groups():
    _, events, problems = parse(GROUP_HEADS)
    assert [(e.title, e.span.start_iso if e.span else None, e.line) for e in events] == [
        # a date (five words) or a head of at most four words without "(": a group
        ("Talk at Yale", "2021-03-09", 4),
        ("Talk at Rice", "2021-04-09", 4),
        ("Talk at MIT", "2021-02-03", 5),
        ("Talk at CMU", "2021-02-04", 5),
        ("Talk at Penn", "2021-01-03", 6),
        ("Talk at NYU", "2021-01-04", 6),
        # five words, or a "(": one item, its sub-list the item's further paragraphs
        ("Talks given in the fall", None, 7),
        ("Keynote at ICML (invited)", None, 11),
        ("Talk at Duke", "2020-09-03", 12),  # a <br> in an entry is a space
        # text in a clickable <span> is an item; a lone <button> is a control
        ("Talk at Brown", "2020-08-03", 13),
    ]
    assert "<p>slides</p>" in events[6].html and "<p>video</p>" in events[6].html
    assert "<p>slides</p>" in events[7].html
    assert events[8].text == "Talk at Duke (Sep 3, 2020)"
    # an entry with no text and no control (a picture) is an empty item
    assert problems == [(7, "undated"), (11, "undated"), (15, "empty")]


DATE_HEADINGS = page("""\
<div><h3>May 2024</h3><p>Gave a talk at MIT.</p><p>Slides are online.</p></div>
<p>Unrelated text.</p>
<p><a href="/news.html">More news</a></p>
<div>April 2024<p>Visited CMU.</p></div>
<p>Unrelated again.</p>
<div><p>Mar 2024 Visited Rice</p>February 2024</div>
<p>Visited Yale.</p>
<p><b>January 2024</b></p><p>Visited Penn.</p>
<ul><li>Talk at Duke (Jan 20, 2024)</li></ul>
<p><a href="/older.html">Older news</a></p>""")


def test_the_prose_under_a_date_heading_ends_with_its_box():
    page_, events, problems = parse(DATE_HEADINGS)
    assert [(e.title, e.span.start_iso, e.line) for e in events] == [
        ("Gave a talk at MIT", "2024-05", 3),
        ("Visited CMU", "2024-04", 6),  # a date alone at the start of a box
        ("Visited Rice", "2024-03", 8),  # a date alone ending a box dates nothing
        ("Visited Penn", "2024-01", 10),
        ("Talk at Duke", "2024-01-20", 11),
    ]
    assert "<p>Slides are online.</p>" in events[0].html  # the next paragraph, in its box
    for other in ("Unrelated", "Yale", "news"):
        assert not any(other in e.html for e in events), other
    # under a month heading a link alone is no "more news" link
    assert page_.archive == [] and problems == []


def test_a_more_news_link_after_the_items_of_a_date_line():
    text = page("""\
<p><b>January 2024</b></p>
<p>Visited Penn.</p>
<ul><li>Talk at Duke (Jan 20, 2024)</li></ul>
<p><a href="/older.html">Older news</a></p>""")
    page_, events, problems = parse(text)
    assert [(e.title, e.span.start_iso, e.line) for e in events] == [
        ("Visited Penn", "2024-01", 3),
        ("Talk at Duke", "2024-01-20", 5),
    ]
    assert page_.archive == [("Older news", "/older.html", 6)] and problems == []


def test_a_more_news_link_opening_a_page_without_a_news_heading():
    text = (
        '<html><body>\n<p><a href="/news.html">More news</a></p>\n'
        "<p>Mar 2021 Talk at MIT</p>\n</body></html>\n"
    )
    page_, events, _ = parse(text, headless=True)
    assert [(e.title, e.span.start_iso, e.line) for e in events] == [("Talk at MIT", "2021-03", 3)]
    assert page_.archive == [("More news", "/news.html", 2)]


BR_LINES = page("""\
<p><b>Nov 2021</b> Visited <i>CMU</i><br><b>Oct 2021</b> Visited Rice</p>
<p>Sep 2021 Talk at MIT<br>—<br>Aug 2021 Talk at Yale</p>
<p>Jul 2021 Talk at Penn<br>with slides<br>Jun 2021 Talk at NYU<br>May 2021 Talk at Duke<br>and a video</p>
<p>Visited Brown<br>Apr 2021 Talk at UCLA</p>
<p>Mar 2021 Talk on *stars* and [x](http://e.org/)<br>with a poster</p>
<p>[Feb 2021] Visited Yale<br>[Jan 2021] Visited Penn</p>""")  # noqa: E501


def test_lines_cut_by_br():
    _, events, problems = parse(BR_LINES)
    assert [(e.title, e.text, e.line) for e in events] == [
        # two lines opening with (bold) dates: two items
        ("Visited CMU", "Nov 2021 Visited CMU", 3),
        ("Visited Rice", "Oct 2021 Visited Rice", 3),
        # a line of no word is dropped
        ("Talk at MIT", "Sep 2021 Talk at MIT", 4),
        ("Talk at Yale", "Aug 2021 Talk at Yale", 4),
        # an undated line continues the item above it
        ("Talk at Penn with slides", "Jul 2021 Talk at Penn with slides", 5),
        ("Talk at NYU", "Jun 2021 Talk at NYU", 5),
        ("Talk at Duke and a video", "May 2021 Talk at Duke and a video", 5),
        # one dated line among two: one paragraph, and it opens undated: no item
        # one dated line: one item of both lines; a .html page's text is not Markdown
        (
            "Talk on *stars* and [x](http://e.org/) with a poster",
            "Mar 2021 Talk on *stars* and [x](http://e.org/) with a poster",
            7,
        ),
        # dates in brackets
        ("Visited Yale", "[Feb 2021] Visited Yale", 8),
        ("Visited Penn", "[Jan 2021] Visited Penn", 8),
    ]
    assert events[7].links == []  # the "[x](…)" of a .html page is text, not a link
    assert problems == []
