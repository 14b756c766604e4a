"""A built Hugo Academic/Wowchemy homepage (only the generated HTML in the repository) whose
news section is an "accomplishments"/"experience" widget (issue 8): each card (a title, a
subtitle with its date after a divider, a body) is one item, dated by the subtitle; the
entries of a list in its body (papers, people) are its body, never items. Other themes
write the same card with other elements; a card whose subtitle holds no date is no such
item. Pages written for these tests; items read back from ``feeds list --json`` and the
built Atom feed (feedparser)."""

from __future__ import annotations

from pathlib import Path

import feedparser

from .hugo_sites import build, listed, write

DIV = "<span class=middot-divider></span>"

# (card html, title it opens with, start, end, precision, type)
CARDS = [
    (
        f"<div class=card-body><h4 class='card-title exp-title'>New seed grant for soil microbes!"
        f"</h4><div class='card-subtitle article-metadata'>Recent funding!{DIV}\nMar 2025</div>"
        "<div class=card-text><p>We received a seed grant from a foundation.</p></div></div>",
        "New seed grant for soil microbes",
        "2025-03",
        None,
        "month",
        "award",
    ),
    (  # a range over two lines, a list of papers as its body; the title inside a link
        "<div class=card-body><a href=/#publications><h4 class=card-title>2024 Manuscripts</h4>"
        f"</a><div class=card-subtitle><a href=/#publications>Accepted manuscripts!</a>{DIV}\n"
        "Jan 2024\n– Jun 2024</div><div class=card-text><ul><li>Doe J, Roe R. A study of "
        "things. <em>J Examples</em>. 2024.</li><li>Roe R. Another study. 2024.</li></ul>"
        "</div></div>",
        "2024 Manuscripts",
        "2024-01",
        "2024-06",
        "month",
        "paper",
    ),
    (  # people joining: a list of names, no item each
        f"<div class=card-body><h4 class=card-title>New folks in the group</h4>"
        f"<div class=card-subtitle>Welcome!{DIV}Jul 2023</div><div class=card-text><p>Welcome "
        "to:</p><ul><li>Ann Bee, undergraduate researcher</li><li>Cy Dee, postbac</li></ul>"
        "</div></div>",
        "New folks in the group",
        "2023-07",
        None,
        "month",
        "news",
    ),
    (  # another theme: the date first, a middle dot written out, an <h5> title
        "<h5>Invited talk at the Example Workshop</h5><p class=subtitle>Jun 12, 2023 · Boston"
        "</p><p>Slides are online.</p>",
        "Invited talk at the Example Workshop",
        "2023-06-12",
        None,
        "day",
        "talk",
    ),
    (  # a title by its class, a bar as the divider, a day
        "<div class=item-title>Joined Example University as assistant professor</div>"
        "<div class=meta>New position | 2022-09-01</div><div><p>Hello, Example.</p></div>",
        "Joined Example University as assistant professor",
        "2022-09-01",
        None,
        "day",
        "position",
    ),
    (  # a range that runs backwards, as one site wrote it: dated by its start
        f"<div class=card-body><h4 class=card-title>More funding for the group</h4><div "
        f"class=card-subtitle>Grants{DIV}May 2022 – Jan 2022</div><div class=card-text><ul>"
        "<li>A grant from an agency.</li></ul></div></div>",
        "More funding for the group",
        "2022-05",
        None,
        "month",
        "award",
    ),
]

# a card whose subtitle says no date: its list's dated entries stay the items
UNDATED_CARD = (
    "<div class=card-body><h4 class=card-title>Talks and papers</h4><div class=card-subtitle>The "
    "archive</div><div class=card-text><ul><li>Mar 2019: Gave a talk at a soil meeting.</li>"
    "<li>Jan 2019: Our paper was accepted at a journal.</li></ul></div></div>"
)


def _page(cards: list[str]) -> str:
    boxes = "".join(f"<div class='card experience course'>{c}</div>" for c in cards)
    return (
        "<!doctype html><html><head><meta name=generator content='Hugo 0.80.0'><title>Lab"
        "</title></head><body><section id=news class='home-section wg-accomplishments'><div "
        "class=container><div class=row><div class='col-12 col-lg-4 section-heading'><h1>Lab "
        f"News</h1></div><div class='col-12 col-lg-8'>{boxes}</div></div></div></section>"
        "<section id=contact><h1>Contact</h1><p>Write to us.</p></section></body></html>\n"
    )


def test_each_dated_card_is_one_item_and_its_lists_are_its_body(tmp_path: Path) -> None:
    site = write(tmp_path / "site", {"index.html": _page([c[0] for c in CARDS])})
    items, ran = listed(site)
    assert len(items) == len(CARDS), [i["title"] for i in items]
    for item, (_, title, start, end, precision, type_) in zip(items, CARDS, strict=True):
        assert item["title"].startswith(title), item
        assert (item["start"], item["end"], item["precision"]) == (start, end, precision), item
        assert item["type"] == type_, item
    assert "no date found" not in ran.stderr
    assert build(site, tmp_path / "out").returncode == 0
    feed = feedparser.parse((tmp_path / "out" / "atom.xml").read_text(encoding="utf-8"))
    bodies = {e.title: e.content[0].value for e in feed.entries}
    papers = next(v for k, v in bodies.items() if k.startswith("2024 Manuscripts"))
    assert "A study of things" in papers and "Another study" in papers
    people = next(v for k, v in bodies.items() if k.startswith("New folks"))
    assert "Ann Bee" in people and "Cy Dee" in people


def test_a_card_with_no_date_in_its_subtitle_leaves_its_entries_items(tmp_path: Path) -> None:
    site = write(tmp_path / "site", {"index.html": _page([CARDS[0][0], UNDATED_CARD])})
    items, _ = listed(site)
    assert [(i["start"], i["type"]) for i in items] == [
        ("2025-03", "award"),
        ("2019-03", "talk"),
        ("2019-01", "paper"),
    ]
