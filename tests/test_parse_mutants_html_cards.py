"""News cards of an HTML page (feeds/parse/html_cards.py), read in-process: the box in,
each item's title, label (kind), date, line and HTML out.

Written for the mutants a mutation run of ``html_cards.py`` left alive (issue 14); every
expectation is written here from the page: a card is a box with one minor heading and one
date (or one ``<time>`` saying none); a loose ``<article>`` one ``<time>`` and text; a
badge box a badge then the text; a meta card a line of a date and at most one tag, then
the text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

Found = tuple[str, str, str | None, int, str]


def read(box: str) -> list[Found]:
    """(title, kind, start, line, html) of the items of a page whose news is ``box``."""
    after = "<h2>Teaching</h2>\n<p>A course.</p>"
    page = f"<html><body>\n<h2>News</h2>\n{box}\n{after}\n</body></html>\n"
    _, events = parse_page(
        Path("index.html"), site_root="https://me.example.org/", reporter=Reporter(quiet=True),
        text=page,
    )  # fmt: skip
    return [(e.title, e.kind, e.span.start_iso if e.span else None, e.line, e.html) for e in events]


def card(*inside: str, tag: str = "div") -> str:
    return f'<{tag} class="card">{"".join(inside)}</{tag}>'


H4 = "<h4>Poster at NeurIPS</h4>"
DEC = "<span>Dec 2021</span>"
POSTER = (
    "Poster at NeurIPS", "News", "2021-12", 3, "<p><strong>Dec 2021</strong> Poster at NeurIPS</p>"
)  # fmt: skip

CARDS = [
    (card(H4, DEC), [POSTER]),
    (card("<h3>Poster at NeurIPS</h3>", DEC), [POSTER]),
    (card(H4, DEC, "<p>With <b>friends</b></p>"),
     [(*POSTER[:4], POSTER[4] + "\n<p>With <strong>friends</strong></p>")]),
    # hidden elements, pictures and empty elements are no part of the card
    (card(H4, "<template>Jan 2020</template>", DEC), [POSTER]),
    (card(H4, '<img src="a.png" alt="Jan 2020">', DEC), [POSTER]),
    (card(H4, "<div>", DEC, "</div><span></span>"), [POSTER]),
    # boxes inside the card are looked into
    (card("<div>", H4, "<p>Dec 2021</p>", "</div>"), [POSTER]),
    # the date is the element's text, else its <time datetime>
    (card(H4, '<time datetime="2021-12">last winter</time>'), [POSTER[:4] + (
        "<p><strong>2021-12</strong> Poster at NeurIPS</p>",)]),
    (card(H4, "<span>*Dec 2021*</span>"),
     [(*POSTER[:4], "<p><strong>*Dec 2021*</strong> Poster at NeurIPS</p>")]),
    # a <time> saying no date: published undated, its text kept
    (card(H4, "<time>soon*</time>"),
     [("Poster at NeurIPS", "News", None, 3, "<p>Poster at NeurIPS</p>\n<p>soon*</p>")]),
    # a badge before the heading is the label (the first only); after it, text
    (card('<span class="badge">Talk</span>', H4, DEC),
     [("Poster at NeurIPS", "Talk", "2021-12", 3,
       "<p><strong>Dec 2021</strong> <strong>Talk</strong> Poster at NeurIPS</p>")]),
    (card('<span class="badge">Talk</span><span class="badge">Award</span>', H4, DEC),
     [("Poster at NeurIPS", "Talk", "2021-12", 3,
       "<p><strong>Dec 2021</strong> <strong>Talk</strong> Poster at NeurIPS</p>\n<p>Award</p>")]),
    (card(H4, '<span class="badge">Talk</span>', DEC),
     [(*POSTER[:4], POSTER[4] + "\n<p>Talk</p>")]),
    (card('<span class="badge">C*</span>', H4, DEC),
     [("Poster at NeurIPS", "C*", "2021-12", 3,
       "<p><strong>Dec 2021</strong> <strong>C*</strong> Poster at NeurIPS</p>")]),
    # the item's line is its heading's
    (card("\n", H4, "\n", DEC), [(*POSTER[:3], 4, POSTER[4])]),
]  # fmt: skip


@pytest.mark.parametrize(("box", "items"), CARDS)
def test_a_card(box, items):
    assert read(box) == items


# Not cards: text of their own, two headings, a major heading, two dates, a date and a
# <time>: no card item (the boxes are read otherwise; alone, most yield nothing).
NOT_CARDS = [
    (card("Hi ", H4, DEC), []),
    (card(H4, "<h5>Poster</h5>", DEC), []),
    (card("<h2>Poster at NeurIPS</h2>", DEC), []),
    (card(H4, DEC, "<span>Jan 2022</span>"), []),
    (card(H4, DEC, "<time>soon</time>"), [("Soon", "News", "2021-12", 3, "<p>Dec 2021 soon</p>")]),
]


@pytest.mark.parametrize(("box", "items"), NOT_CARDS)
def test_no_card(box, items):
    assert read(box) == items


RICE = "<p>Gave a talk at Rice.</p>"
LOOSE = [
    (f"<article><time>Dec 2021</time>{RICE}</article>",
     [("Gave a talk at Rice", "News", "2021-12", 3,
       "<p><strong>Dec 2021</strong> Gave a talk at Rice.</p>")]),
    ("<article><p>Gave a talk at Rice.</p><time>Dec 2021</time></article>",
     [("Gave a talk at Rice", "News", "2021-12", 3, "<p>Gave a talk at Rice. Dec 2021</p>")]),
    ("<article><time>Dec 2021</time><h2>Poster</h2></article>", []),
    ("<article><p>Gave a talk at Rice, <time>soon</time>.</p><ul></ul></article>", []),
    ("<article><p>Gave a <b>talk</b> at Rice, <time>soon</time>.</p></article>",
     [("Gave a talk at Rice, soon", "News", None, 3,
       "<p>Gave a <strong>talk</strong> at Rice, soon .</p>")]),
    ("<article><p>Gave a talk at Rice, <time>soon</time>.</p></article>",
     [("Gave a talk at Rice, soon", "News", None, 3, "<p>Gave a talk at Rice, soon .</p>")]),
]  # fmt: skip


@pytest.mark.parametrize(("box", "items"), LOOSE)
def test_a_loose_article(box, items):
    assert read(box) == items


PAPER = ("Our work on robots", "Paper", "2022-11", 3,
         "<p><strong>Paper</strong> Our work on robots (Nov 2022)</p>")  # fmt: skip
WORK = "<div>Our work on robots (Nov 2022)</div>"
BADGE_BOXES = [
    (f'<div class="news-card"><div class="badge">Paper</div>{WORK}</div>', [PAPER]),
    (f'<div class="news-card">\n <div class="badge">Paper</div>\n {WORK}</div>', [PAPER]),
    (f'<div class="news-card"><div class="badge">Paper</div>{WORK}<h5>More</h5></div>', []),
    # an empty box, a badge alone: no item (the list after them is read)
    ('<div class="news-card"> </div><ul><li>A talk (Dec 2021)</li></ul>',
     [("A talk", "News", "2021-12", 3, "<p>A talk (Dec 2021)</p>")]),
    ('<div class="news-card"><div class="badge">Paper</div></div>'
     "<ul><li>A talk (Dec 2021)</li></ul>",
     [("A talk", "News", "2021-12", 3, "<p>A talk (Dec 2021)</p>")]),
    (f'<div class="news-card"><div class="badge">Pa*per</div>{WORK}</div>',
     [(PAPER[0], "Pa*per", *PAPER[2:4], PAPER[4].replace("Paper", "Pa*per"))]),
]  # fmt: skip


@pytest.mark.parametrize(("box", "items"), BADGE_BOXES)
def test_a_badge_box(box, items):
    assert read(box) == items


def meta(*parts: str, body: str = "<p>Our work on robots.</p>") -> str:
    return f'<article class="c"><div class="meta">{"".join(parts)}</div>{body}</article>'


ROBOTS = "Our work on robots"
META_CARDS = [
    (meta("<span>2025-03</span>", '<span class="tag">Paper</span>'),
     [(ROBOTS, "Paper", "2025-03", 3,
       "<p><strong>2025-03</strong> <strong>Paper</strong> Our work on robots.</p>")]),
    (meta("<span>2025-03</span>", "<span>Invited talk</span>"),
     [(ROBOTS, "Invited talk", "2025-03", 3,
       "<p><strong>2025-03</strong> <strong>Invited talk</strong> Our work on robots.</p>")]),
    (meta("<span>2025-03</span>", "<span>Talk</span>"),
     [(ROBOTS, "Talk", "2025-03", 3,
       "<p><strong>2025-03</strong> <strong>Talk</strong> Our work on robots.</p>")]),
    (meta("<span>2025-03</span>", "<span>Best paper award</span>"),
     [(ROBOTS, "Best paper award", "2025-03", 3,
       "<p><strong>2025-03</strong> <strong>Best paper award</strong> Our work on robots.</p>")]),
    (meta("<span>2025-03</span>", "<span>Best paper award here</span>"), []),
    (meta("<span>2025-03</span>", "<span>Paper</span>", "<span>Talk</span>"), []),
    (meta("<span>2025-03</span>", body="<p>Our work on robots.</p><p>With friends.</p>"),
     [(ROBOTS, "News", "2025-03", 3,
       "<p><strong>2025-03</strong> Our work on robots. With friends.</p>")]),
    (meta("<span>2025-03</span>", body="<div><h5>Robots</h5><p>Our work on robots.</p></div>"),
     [("Robots", "News", "2025-03", 3,
       "<p><strong>2025-03</strong> Robots</p>\n<p>Our work on robots.</p>")]),
    (meta("<span>2025-03</span>", body="Our work on robots."),
     [(ROBOTS, "News", "2025-03", 3, "<p><strong>2025-03</strong> Our work on robots.</p>")]),
    (meta("<span>2025-03</span>", "<span></span>"),
     [(ROBOTS, "News", "2025-03", 3, "<p><strong>2025-03</strong> Our work on robots.</p>")]),
    (meta("<span>2025-03</span>", '<span class="tag">C*</span>', body="<p>Our *work*.</p>"),
     [("Our *work*", "C*", "2025-03", 3,
       "<p><strong>2025-03</strong> <strong>C*</strong> Our *work*.</p>")]),
]  # fmt: skip


@pytest.mark.parametrize(("box", "items"), META_CARDS)
def test_a_meta_card(box, items):
    assert read(box) == items


# A meta line's date without its year, under a year heading (issue 14, session 23:
# _yearless_date): written in brackets or with a colon, and the leap day of that year.
YEARLESS = [
    (meta("<span>(Mar 18)</span>", '<span class="tag">Talk</span>'), "Talk", "2024-03-18"),
    (meta("<span>[Mar 18]</span>"), "News", "2024-03-18"),
    (meta("<span>Mar 18:</span>"), "News", "2024-03-18"),
    (meta("<span>Feb 29</span>", '<span class="tag">Paper</span>'), "Paper", "2024-02-29"),
]


@pytest.mark.parametrize(("box", "kind", "start"), YEARLESS)
def test_a_meta_card_dated_without_its_year_under_a_year_heading(box, kind, start):
    assert [(t, k, s, n) for t, k, s, n, _ in read(f"<h3>2024</h3>\n{box}")] == [
        (ROBOTS, kind, start, 4)
    ]


def test_a_meta_card_without_its_year_keeps_each_line_of_its_list():
    # its body a paragraph then a list: every entry is a paragraph of the item, then the
    # date as written (session 23: meta_card 71 dropped the first entry)
    import lxml.html

    box = (
        '<div class="news-item"><div class="meta"><span>Mar 18</span><span class="tag">Paper'
        "</span></div><p>Our work on robots.</p><ul><li>Code</li><li>Data</li></ul></div>"
    )
    [(title, kind, start, line, html)] = read(f"<h3>2024</h3>\n{box}")
    assert (title, kind, start, line) == (ROBOTS, "Paper", "2024-03-18", 4)
    tree = lxml.html.fragment_fromstring(html, create_parent="div")
    assert [p.text_content() for p in tree.iter("p")] == [
        "Paper Our work on robots.",
        "Code",
        "Data",
        "Mar 18",
    ]
