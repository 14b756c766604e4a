"""News cards of a title and prose with no date line, in a list of cards (a Quarto page's
raw HTML, a lab's ``news.html``): ``<div class="news-card"><h2 class="news-card-title">
…</h2><div class="news-card-body"><img><p>…</p></div></div>``, one after another. A
reader sees one item per card: the title its head, the paragraphs its text. It is dated
by a date opening its first paragraph (maybe after a press byline in brackets,
``（通讯员：王）``), else published undated (said so), never dated from words further on.
A lone box of a heading and prose, or boxes whose class names no card (Pandoc's
``<div class="section level3">``), are subsections, as before. Pages written here in our
own words, read in-process.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def card(title: str, *paragraphs: str, cls: str = "news-card") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<div class="{cls}">\n  <h2 class="{cls}-title">{title}</h2>\n'
        f'  <div class="{cls}-body"><img src="a.jpg" alt="">\n'
        f'    <div class="{cls}-text">{body}</div></div>\n</div>\n'
    )


def page(cards: str) -> str:
    head = '<html><body>\n<h1 class="news-title">Latest News</h1>\n<div class="list">\n'
    return f"{head}{cards}</div>\n</body></html>\n"


# (title, first paragraph, its date or None): the date only when the paragraph opens with it,
# maybe after a press byline in brackets
CARDS = [
    ("River workshop in Lyon", "2025年2月27日，我们在里昂举办了河流研讨会。", "2025-02-27"),
    ("Sand award for Ana", "27 February 2025: Ana received the sand award.", "2025-02-27"),
    ("Lantern festival", "2月12日晚，师生共度元宵佳节。", None),  # no year: undated
    ("Soil meeting", "（通讯员：王）2023年9月23日至25日，我们参加了土壤会议。", "2023-09-23"),
    ("Photo day", "(Photo: Ana) We took pictures on 3 May 2024.", None),  # a byline, no date
    ("A visit", "Professor Ben Example visited us on 3 May 2024.", None),
]


def _read(text: str, name: str = "news.html"):
    reporter = Reporter(quiet=True)
    _, items = parse_page(
        Path(name), text=text, site_root="https://lab.example/", reporter=reporter
    )
    return items, reporter


@pytest.mark.parametrize("title, first, date", CARDS, ids=[c[0] for c in CARDS])
def test_each_card_of_a_list_is_one_item(title: str, first: str, date: str | None) -> None:
    cards = card(title, first, "A second paragraph of the story.") + card("Other", "Words.")
    items, reporter = _read(page(cards))
    assert [(i.title, i.span.start_iso if i.span else None) for i in items] == [
        (title, date),
        ("Other", None),
    ]
    assert items[0].line == 5  # the title's line
    assert "A second paragraph of the story." in items[0].html  # the body is its text
    undated = [p.line for p in reporter.problems if "published undated" in p.message]
    assert undated == ([] if date else [5]) + [10]  # said, as for any undated item


def test_cards_in_a_quarto_raw_html_fence() -> None:
    html = card("New paper in ExJournal", "2024-06-01: Our paper on sand is out.") + card(
        "Lab retreat", "We walked by the river."
    )
    text = f'---\ntitle: "Lab news"\n---\n\n```{{=html}}\n{page(html)}```\n'
    items, _ = _read(text, "news.qmd")
    assert [(i.title, i.span.start_iso if i.span else None, i.type) for i in items] == [
        ("New paper in ExJournal", "2024-06-01", "paper"),
        ("Lab retreat", None, "event"),  # a retreat: an event,
    ]


@pytest.mark.parametrize(
    "cards",
    [
        card("A lone box", "Words about our research."),  # no other card beside it
        card("One", "Words.", cls="") + card("Two", "Words.", cls=""),  # boxes without a class
        card("One", "Words.", cls="section level3") + card("Two", "Words.", cls="section level3"),
        card("One", "Words.", cls="research") + card("Two", "Words.", cls="research"),
    ],
    ids=["a lone box", "boxes without a class", "Pandoc's section wrappers", "no card class"],
)
def test_other_boxes_are_no_cards(cards: str) -> None:
    assert _read(page(cards))[0] == []


def test_a_box_of_dated_lines_is_its_items() -> None:
    box = card("Updates", "2026-01: Gave a talk at ExConf.<br>2025-12: Joined the lab.")
    items, _ = _read(page(box + card("Other", "Words.")))
    assert [(i.title, i.span.start_iso if i.span else None) for i in items] == [
        ("Gave a talk at ExConf", "2026-01"),
        ("Joined the lab", "2025-12"),
        ("Other", None),
    ]
