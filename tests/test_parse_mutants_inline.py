"""Inline Markdown read as plain text (feeds/parse/inline.py): an item in, its title out.

Written for the mutants a mutation run of ``inline.py`` left alive (issue 14); every
expectation is written here from the item's text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


@pytest.mark.parametrize(
    ("item", "title"),
    [
        # a hard line break (backslash, or <br>) is a space between words
        ("- Talk at MIT\\\n  in Boston (Nov 18, 2022)", "Talk at MIT in Boston"),
        ("- Talk at MIT<br>in Boston (Nov 18, 2022)", "Talk at MIT in Boston"),
        # an image's words are part of the text a reader reads
        ("- Talk at ![MIT](mit.png) (Nov 18, 2022)", "Talk at MIT"),
    ],
)
def test_breaks_and_images_in_the_title(item, title):
    _, events = parse_page(
        Path("home.md"), reporter=Reporter(quiet=True), text=f"## News\n{item}\n"
    )
    assert [e.title for e in events] == [title]


def test_bold_inside_a_link_and_emphasis_inside_bold():
    page = (
        "## News\n- Talk at MIT [**slides**](s.pdf) (Nov 18, 2022)\n"
        "- **Invited _keynote_ talk** at MIT (Nov 18, 2022)\n"
    )
    _, events = parse_page(
        Path("home.md"), site_root="https://example.org/", reporter=Reporter(quiet=True), text=page
    )
    assert [(e.kind, e.title) for e in events] == [
        ("News", "Talk at MIT"), ("Invited keynote talk", "MIT"),
    ]  # fmt: skip
    assert [(link.text, link.url, link.attachment) for link in events[0].links] == [
        ("slides", "https://example.org/s.pdf", "slides")
    ]


def test_the_later_paragraphs_of_an_item_are_read_as_words_apart() -> None:
    # An item of three paragraphs whose first only says where the person was: what the
    # later ones say the person did there ("Spoke on …", opening the third) types it.
    page = (
        "## News\n\n- Attended EXCONF in Boston (Nov 18, 2022).\n\n"
        "  Met many old friends.\n\n  Spoke on sea ice there.\n"
    )
    _, events = parse_page(Path("home.md"), reporter=Reporter(quiet=True), text=page)
    assert [(e.title, e.type) for e in events] == [("Attended EXCONF in Boston", "talk")]
