"""A meta-line box (a line of a date and a tag, then the item's text) whose body also holds
a list or a heading (issue 8): a reader sees one box, one dated item, so the item's text
holds its paragraph, the heading's words and each entry of the list, in page order. A body
that opens with its list, a list whose entries are dated, a heading that says a date: the
entries stay items of their own. The page in, each item's date, label, title and the texts
of its paragraphs (read back with lxml) out; every expectation is written here.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def _read(boxes: str) -> list[tuple[str | None, str | None, str, list[str], list[str]]]:
    """(start, label, title, paragraph texts, link targets) of each item."""
    after = "<h2>Teaching</h2>\n<p>A course.</p>"
    page = f"<html><body>\n<h2>News</h2>\n{boxes}\n{after}\n</body></html>\n"
    _, events = parse_page(
        Path("index.html"), site_root="https://me.example.org/", reporter=Reporter(quiet=True),
        text=page,
    )  # fmt: skip
    found = []
    for event in events:
        tree = lxml.html.fragment_fromstring(event.html, create_parent="div")
        texts = [p.text_content().strip() for p in tree.iter("p")]
        links = [a.get("href") for a in tree.iter("a")]
        found.append(
            (event.span.start_iso if event.span else None, event.kind, event.title, texts, links)
        )
    return found


META = '<div class="meta"><span class="date">May 2024</span><span class="tag">Paper</span></div>'
HEAD = "May 2024 Paper Our work on robots."


def box(body: str, meta: str = META) -> str:
    return f'<div class="news-item">{meta}{body}</div>'


CASES = {
    "a paragraph, then a list of links": (
        box("<p>Our work on robots.</p><ul><li>Code</li><li>Data</li></ul>"),
        [("2024-05", "Paper", "Our work on robots", [HEAD, "Code", "Data"], [])],
    ),
    "a paragraph, a minor heading, a list": (
        box("<p>Our work on robots.</p><h4>Links</h4><ul><li>Code</li><li>Data</li></ul>"),
        [("2024-05", "Paper", "Our work on robots", [HEAD, "Links", "Code", "Data"], [])],
    ),
    "the body in its own div, a numbered list of links, text after it": (
        box(
            '<div class="body"><p>Our work on robots.</p><ol>'
            '<li><a href="https://code.example.org/robots">Code</a></li>'
            '<li><a href="https://data.example.org/robots">Data</a></li></ol>'
            "<p>Thanks to all.</p></div>"
        ),
        [
            ("2024-05", "Paper", "Our work on robots", [HEAD, "Code", "Data", "Thanks to all."],
             ["https://code.example.org/robots", "https://data.example.org/robots"]),
        ],
    ),
    "bare text, then the list; a box after it": (
        box("Our work on robots.<ul><li>Code</li></ul>")
        + box("<p>Gave a talk on gears.</p>", '<div class="meta"><span>April 2024</span></div>'),
        [
            ("2024-05", "Paper", "Our work on robots", [HEAD, "Code"], []),
            ("2024-04", "News", "Gave a talk on gears", ["April 2024 Gave a talk on gears."], []),
        ],
    ),
    "two paragraphs, two headings, each over its part": (
        box(
            "<p>Our work on robots.</p><p>With friends.</p><h5>Code</h5><ul><li>Repo</li></ul>"
            "<h5>Data</h5><p>Soon.</p>"
        ),
        [
            ("2024-05", "Paper", "Our work on robots",
             [HEAD + " With friends.", "Code", "Repo", "Data", "Soon."], []),
        ],
    ),
    "the tag a minor heading inside a div of the meta line": (
        box(
            "<p>Our work on robots.</p><ul><li>Code</li></ul>",
            '<div class="meta"><span>May 2024</span><div class="tag"><h5>Paper</h5></div></div>',
        ),
        [("2024-05", "Paper", "Our work on robots", [HEAD, "Code"], [])],
    ),
    "the tag a heading of the meta line": (
        box(
            "<p>Our work on robots.</p><ol><li>Code</li></ol>",
            '<div class="meta"><time>May 2024</time><h6>Paper</h6></div>',
        ),
        [("2024-05", "Paper", "Our work on robots", [HEAD, "Code"], [])],
    ),
    "the tag in a one-cell table of the meta line, a paragraph only": (
        box(
            "<p>Our work on robots.</p>",
            '<div class="meta"><span>May 2024</span>'
            "<div><table><tr><td>Paper</td></tr></table></div></div>",
        ),
        [("2024-05", "Paper", "Our work on robots", [HEAD], [])],
    ),
    "an empty list after the paragraph": (
        box("<p>Our work on robots.</p><ul></ul>"),
        [("2024-05", "Paper", "Our work on robots", [HEAD], [])],
    ),
    "a list over lines, bare text after it, a script and a rule between": (
        box(
            "<p>Our work on robots.</p><script>var shown = 0;</script>\n<ul>\n  <li>Code</li>\n"
            "  <li>Data</li>\n</ul><hr>Thanks to all."
        ),
        [("2024-05", "Paper", "Our work on robots", [HEAD, "Code", "Data", "Thanks to all."], [])],
    ),
    "a heading in its own div": (
        box("<p>Our work on robots.</p><div><h4>Links</h4></div><ul><li>Code</li></ul>"),
        [("2024-05", "Paper", "Our work on robots", [HEAD, "Links", "Code"], [])],
    ),
    "a box that opens with its list: the entries are the items": (
        box(
            "<ul><li>Spoke at the cog forum.</li><li>Our gear paper was accepted.</li></ul>",
            '<div class="meta"><span>2024</span></div>',
        ),
        [
            (None, "News", "Spoke at the cog forum", ["Spoke at the cog forum."], []),
            (None, "News", "Our gear paper was accepted", ["Our gear paper was accepted."], []),
        ],
    ),
    "a list whose entries open with dates: the entries are the items": (
        box(
            "<p>Highlights:</p><ul><li>Mar 2024: spoke at the cog forum.</li>"
            "<li>Feb 2024: our gear paper was accepted.</li></ul>",
            '<div class="meta"><span>2024</span></div>',
        ),
        [
            ("2024-03", "News", "Spoke at the cog forum",
             ["Mar 2024: spoke at the cog forum."], []),
            ("2024-02", "News", "Our gear paper was accepted",
             ["Feb 2024: our gear paper was accepted."], []),
        ],
    ),
}  # fmt: skip


@pytest.mark.parametrize(("page", "items"), CASES.values(), ids=CASES.keys())
def test_a_meta_card_whose_body_holds_a_list(page, items):
    assert _read(page) == items


def tagged(tags: str) -> str:
    meta = f'<div class="meta"><span>May 2024</span>{tags}</div>'
    return box("<p>Our work on robots.</p>", meta)


TAG_LISTS = {
    "a tag list inside a div, two entries": (
        '<div><ul class="tags"><li>Paper</li><li>Robots</li></ul></div>',
        "Paper, Robots",
    ),
    "a tag list over lines, an entry of two words": (
        '<ul class="tags">\n  <li>Invited talk</li>\n  <li>Robots</li>\n</ul>',
        "Invited talk, Robots",
    ),
    "an entry of three words": (
        "<ul><li>Best paper award</li><li>Robots</li></ul>",
        "Best paper award, Robots",
    ),
    "an empty entry: the list read by its text": ("<ul><li>Paper</li><li></li></ul>", "Paper"),
}


@pytest.mark.parametrize(("tags", "label"), TAG_LISTS.values(), ids=TAG_LISTS.keys())
def test_a_tag_list_of_the_meta_line_is_the_label(tags, label):
    head = f"May 2024 {label} Our work on robots."
    assert _read(tagged(tags)) == [("2024-05", label, "Our work on robots", [head], [])]
