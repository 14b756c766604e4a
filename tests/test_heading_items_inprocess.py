"""Dated headings inside the news section, read in-process (so coverage and mutation runs
see them; tests/test_heading_items.py runs the CLI): a heading that opens with a date and
goes on with a sentence is an item; a date alone, or a year and a short name, is a
heading that dates what is under it. Pages in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.parse import parse_page

PAGE = """# Ada

## News

### May 12, 2024: Gave a talk at the loom society
### Jun 2024 - New preprint on card readers
### March 2024
- Visited the mill museum
### 2023: Looms and cards
- **Nov 2023** Taught a course on looms
### 2022: Papers and talks
- **Oct 2022** Joined the weaving lab

## Teaching

- Mar 2021 - Not news
"""


def _items(text: str) -> list[tuple[str, str | None]]:
    _, items = parse_page(Path("index.md"), text=text, site_root="https://ada.example/")
    return [(i.title, i.span.start_iso if i.span else None) for i in items]


def test_dated_sentences_are_items_and_names_are_headings():
    assert _items(PAGE) == [
        ("Gave a talk at the loom society", "2024-05-12"),
        ("New preprint on card readers", "2024-06"),
        ("Visited the mill museum", "2024-03"),  # under "### March 2024"
        ("Taught a course on looms", "2023-11"),
        ("Joined the weaving lab", "2022-10"),  # "2022: Papers and talks" names a subsection
    ]


@pytest.mark.parametrize(
    ("heading", "is_item"),
    [
        ("### Nov 3, 2024 Talk", False),  # one word after a day: a subsection's name
        ("### Nov 3, 2024 Gave talks", True),  # two words after a day or month
        ("### 2024: Five words after the year", False),
        ("### 2024: Six words after the year now", True),
    ],
)
def test_how_many_words_make_a_sentence(heading: str, is_item: bool):
    page = f"# Ada\n\n## News\n\n{heading}\n\n- **Jan 2020** Something under it\n"
    titles = [title for title, _ in _items(page)]
    assert (titles[0] != "Something under it") is is_item
