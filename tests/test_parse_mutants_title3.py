"""Item titles at the edges of ``strip_tail`` and ``_without_attachments``
(``feeds/parse/title.py``; issue 14's mutation run, session 22): a title ending in an
expression with brackets inside brackets keeps it whole, and link words naming files at
the end of an item (``PDF BibTeX``) are no part of its title, "BibTeX" as much as "PDF".
Each page is written for this test, its titles written from it; read in-process.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.parse import parse_page


def _titles(news: str) -> list[str]:
    events = parse_page(Path("news.md"), text=f"## News\n\n{news}", headless=True)[1]
    return [event.title for event in events]


def test_a_title_ending_in_nested_brackets_keeps_them() -> None:
    """``a[b[]]`` is no ``[Slides]`` tag after the title: nothing is cut."""
    news = "- **Nov 18, 2022**: Gave a talk on the index form a[b[]]\n"
    assert _titles(news) == ["Gave a talk on the index form a[b[]]"]


def test_file_link_words_at_the_end_are_left_out_of_the_title() -> None:
    news = (
        "- **Nov 18, 2022**: Our paper on gears is out [PDF](gears.pdf)"
        " [BibTeX](gears.bib)\n"
        "- **Nov 17, 2022**: Our paper on cogs is out [BibTeX](cogs.bib) [PDF](cogs.pdf)\n"
    )
    assert _titles(news) == ["Our paper on gears is out", "Our paper on cogs is out"]


# an item whose words are only a template's slot in brackets → its words its title; a bracket after
# other words is still an attachment left out (issue 8, c42 berni-lab)
SLOTS = [
    ("- **March 2024**: [Grant or award of the year]\n", "Grant or award of the year"),
    ("- **March 2024**: [Talk at a workshop] [Slides]\n", "Talk at a workshop"),
    ("- **March 2024**: We gave a talk at the fair [Slides]\n", "We gave a talk at the fair"),
]


@pytest.mark.parametrize(("news", "title"), SLOTS)
def test_a_slot_in_brackets_alone_is_the_title(news: str, title: str) -> None:
    assert _titles(news) == [title]
