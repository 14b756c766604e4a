"""A card with a title and a dated subtitle (:mod:`feeds.parse.html_subtitle_cards`), read
in-process from an HTML page: one item with the date as its bold label, the title and the
subtitle's words as its head, one paragraph per block and list entry of its body; boxes
of other shapes (text of their own, a block as subtitle, a title that is a block, a card
inside a list entry) are read as before. Pages written for these tests (issue 14: each
row was seen failing against a mutant of the module)."""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

Found = tuple[str, str | None, int, str]


def read(box: str) -> list[Found]:
    """(title, start, line, html) of the items of a page whose news is ``box``."""
    page = (
        f"<html><body>\n<h2>News</h2>\n{box}\n<h2>Teaching</h2>\n<p>A course.</p>\n</body></html>\n"
    )
    _, events = parse_page(
        Path("index.html"), site_root="https://me.example.org/", reporter=Reporter(quiet=True),
        text=page,
    )  # fmt: skip
    return [(e.title, e.span.start_iso if e.span else None, e.line, e.html) for e in events]


def card(*inside: str) -> str:
    return f"<div class=card>{''.join(inside)}</div>"


H4 = "<h4>New grant</h4>"
SUB = "<div class=sub>Funding · Mar 2025</div>"
BODY = "<div><p>From a foundation.</p></div>"
HEAD = "<p><strong>Mar 2025</strong> New grant Funding</p>"
GRANT = ("New grant Funding", "2025-03", 3, f"{HEAD}\n<p>From a foundation.</p>")
LIST = "<div><ul><li>A talk (Jan 2025)</li><li>A paper (Feb 2025)</li></ul></div>"
ENTRIES = [
    ("A talk", "2025-01", 3, "<p>A talk (Jan 2025)</p>"),
    ("A paper", "2025-02", 3, "<p>A paper (Feb 2025)</p>"),
]

CARDS = [
    (card(H4, SUB, BODY), [GRANT]),
    # the subtitle's words and date each in pieces (marks, a link), a divider element
    (card(H4, "<div class=sub>Funding <b>now</b><span class=d></span>Mar <b>2025</b></div>",
          BODY),
     [("New grant Funding now", "2025-03", 3,
       "<p><strong>Mar 2025</strong> New grant Funding now</p>\n<p>From a foundation.</p>")]),
    (card(H4, "<div class=sub><a href=/p>Funding</a> · Mar 2025</div>", BODY), [GRANT]),
    # hidden elements are no part of the card or of its subtitle
    (card("\n", H4, "\n<template>Jan 2020</template>\n", SUB, "\n", BODY, "\n"),
     [(*GRANT[:2], 4, GRANT[3])]),
    (card(H4, "<div class=sub>Funding<template>Jan 2020</template><span class=d></span>"
          "Mar 2025</div>", BODY), [GRANT]),
    # a dash in the words is no range
    (card(H4, "<div class=sub>Grants – new · Mar 2025</div>", BODY),
     [("New grant Grants – new", "2025-03", 3,
       "<p><strong>Mar 2025</strong> New grant Grants – new</p>\n<p>From a foundation.</p>")]),
    # no body: the head alone
    (card(H4, SUB), [("New grant Funding", "2025-03", 3, HEAD)]),
    # the body: hidden elements and pictures left out, each block and list entry a line
    (card(H4, SUB, "<div><template><p>Secret</p></template><img src=a.png alt=pic>"
          "<p>From a foundation.</p></div>"), [GRANT]),
    (card("<h4>New folks</h4><div class=sub>Welcome · Jul 2023</div><div><p>Welcome to:</p>"
          "<ul>\n<li>Ann Bee</li>\n<li>Cy Dee</li></ul></div>"),
     [("New folks Welcome", "2023-07", 3, "<p><strong>Jul 2023</strong> New folks Welcome</p>\n"
       "<p>Welcome to:</p>\n<p>Ann Bee</p>\n<p>Cy Dee</p>")]),
    (card(H4, SUB, "<p>First.</p><div>Some intro <p>and more.</p></div>"),
     [(*GRANT[:3], f"{HEAD}\n<p>First.</p>\n<p>Some intro and more.</p>")]),
    (card(H4, SUB, "<p>First.</p><div><p>Second.</p></div>"),
     [(*GRANT[:3], f"{HEAD}\n<p>First.</p>\n<p>Second.</p>")]),
    # a box of two: the card, then a dated paragraph, each an item
    (f"<div>{card(H4, SUB, BODY)}<p>Jan 2025: Gave a talk at the pond fair.</p></div>",
     [GRANT, ("Gave a talk at the pond fair", "2025-01", 3,
              "<p>Jan 2025: Gave a talk at the pond fair.</p>")]),
    (card(H4, SUB, BODY, "<ul><li>A talk (Jan 2025)</li></ul>"),
     [(*GRANT[:3], GRANT[3] + "\n<p>A talk (Jan 2025)</p>")]),
]  # fmt: skip


@pytest.mark.parametrize(("box", "items"), CARDS)
def test_a_subtitle_card(box: str, items: list[Found]) -> None:
    assert read(box) == items


# Not such cards: the box is read otherwise (its list's dated entries are the items).
NOT_CARDS = [
    (card(H4, "Hello", SUB, LIST), ENTRIES),  # text of its own
    (card(H4, "<div><p>Funding · Mar 2025</p></div>", LIST), ENTRIES),  # a block subtitle
    (card("<a href=/x><h4>New grant</h4><p>see more</p></a>", SUB, LIST), ENTRIES),
    (card("<div class=title><p>New grant</p></div>", SUB, LIST), ENTRIES),  # a block title
    # a card inside a list entry: the entry is the item, as any entry is
    (f"<ul><li>{H4}{SUB}{BODY}</li></ul>",
     [("New grant Funding · Mar 2025 From a foundation", "2025-03", 3,
       "<p>New grant Funding · Mar 2025 From a foundation.</p>")]),
]  # fmt: skip


@pytest.mark.parametrize(("box", "items"), NOT_CARDS)
def test_not_a_subtitle_card(box: str, items: list[Found]) -> None:
    assert read(box) == items


@pytest.mark.parametrize("group", ["<h3>2021</h3>{}", "<ul><li>2021<ul>{}</ul></li></ul>"])
def test_a_card_in_a_year_with_no_date_of_its_own_takes_the_year(group: str) -> None:
    # (html_items._Walker.card: the card keeps the year of the group it is in)
    box = group.format(
        "<div class=card><h4>Poster at the pond fair</h4><time>soon</time>"
        "<p>On Mar 18 in the hall.</p></div>"
    )
    html = "<p>Poster at the pond fair</p>\n<p>soon</p>\n<p>On Mar 18 in the hall.</p>"
    assert read(box) == [("Poster at the pond fair", "2021", 3, html)]
