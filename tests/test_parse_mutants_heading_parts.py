"""The parts of a news item written as a dated heading (``heading_parts.py``, issue 14):
a page in; its items (start, title) and the words each item's HTML shows out. Written
here from the input text; the HTML read with lxml.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from feeds.parse import parse_page

ITEM = "## 12/2022 A good year for the lab\nWe thank everyone.\n\n"
PART = "### Completed theses:\n- **A. Student**: _Mapping small strokes_\n- Motor maps\n\n"
RIVER = ("2021-05", "Gave a talk at the river club")
GOOD = ("2022-12", "A good year for the lab")

# page body → items (start, title, words in its HTML, words not in it)
PAGES = {
    "parts join the item": (
        ITEM + PART + "## 01/2023 Invited talk at the brain club\nI gave a talk.\n",
        [
            (*GOOD, ["We thank everyone", "Completed theses", "Mapping small strokes"], []),
            ("2023-01", "Invited talk at the brain club", ["I gave a talk"], ["Motor maps"]),
        ],
    ),
    "a part headed like an archive is a part still": (
        ITEM + "### Archive\n- Mapping small strokes\n\n"
        + "## 01/2023 Invited talk at the brain club\nI gave a talk.\n",
        [
            (*GOOD, ["Archive", "Mapping small strokes"], []),
            ("2023-01", "Invited talk at the brain club", ["I gave a talk"], ["Archive"]),
        ],
    ),
    "a smaller heading still, and a paragraph and an HTML block": (
        ITEM + PART + "#### Bachelor:\nOne thesis on capsules.\n\n<div>Histology</div>\n",
        [(*GOOD, ["Motor maps", "Bachelor", "One thesis on capsules", "Histology"], [])],
    ),
    "a year heading ends the parts": (
        ITEM + PART + "### 2021\n- 05/2021: Gave a talk at the river club.\n",
        [(*GOOD, ["Motor maps"], ["2021", "river"]), (*RIVER, ["river club"], [])],
    ),
    "a month heading ends the parts": (
        ITEM + PART + "### May 2021\n- Gave a talk at the river club.\n",
        [(*GOOD, ["Motor maps"], ["May", "river"]), (*RIVER, ["river club"], [])],
    ),
    "an HTML heading ends the parts": (
        ITEM + PART + "<h2>Talks</h2>\n\n- 05/2021: Gave a talk at the river club.\n",
        [(*GOOD, ["Motor maps"], ["Talks", "river"]), (*RIVER, ["river club"], [])],
    ),
    "an HTML block that is no heading is a part": (
        ITEM + PART + "<p>Two more to come.</p>\n\n## Talks\n\n"
        + "- 05/2021: Gave a talk at the river club.\n",
        [(*GOOD, ["Motor maps", "Two more to come"], ["Talks", "river"]), (*RIVER, [], [])],
    ),
    "a heading as large as the item's ends it": (
        ITEM + "## Talks\n\n- 05/2021: Gave a talk at the river club.\n",
        [(*GOOD, ["We thank everyone"], ["Talks", "river"]), (*RIVER, [], [])],
    ),
    "no part heading: a list after the item is read as ever": (
        ITEM + "- 05/2021: Gave a talk at the river club.\n",
        [(*GOOD, ["We thank everyone"], ["river"]), (*RIVER, [], [])],
    ),
    "a part under an item of level 3, a heading of level 2 ends it": (
        ITEM.replace("## ", "### ") + PART.replace("### ", "#### ")
        + "## Talks\n\n- 05/2021: Gave a talk at the river club.\n",
        [(*GOOD, ["Motor maps"], ["Talks", "river"]), (*RIVER, [], [])],
    ),
    "after an item that ended, a smaller heading is no part": (
        ITEM + "## Talks\n\n### Invited:\n- 05/2021: Gave a talk at the river club.\n",
        [(*GOOD, [], ["Invited", "river"]), (*RIVER, [], [])],
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", PAGES)
def test_the_parts_of_a_heading_item(name: str) -> None:
    body, want = PAGES[name]
    events = parse_page(Path("news.md"), text="# News\n\n" + body)[1]
    got = [(e.span.start_iso if e.span else None, e.title) for e in events]
    assert got == [(start, title) for start, title, _, _ in want]
    assert {e.section for e in events} <= {"news", "talks", "invited"}  # no part names one
    for event, (_, title, words, absent) in zip(events, want, strict=True):
        shown = " ".join(lxml.html.fromstring(f"<div>{event.html}</div>").text_content().split())
        for word in words:
            assert word in shown, (title, word, shown)
        for word in absent:
            assert word not in shown, (title, word, shown)
